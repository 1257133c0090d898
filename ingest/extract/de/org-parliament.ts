// The federal parliament under its short and full names: "Bundestag", "Deutscher Bundestag", "des Deutschen Bundestages".
import type { Token } from '../core/types.js';
import { org, type OrgAt } from './org-rule.js';
import { claim, type TokenRule } from './scan.js';

const PARLIAMENT = /^bundestag(?:e?s)?$/;
const NATIONAL = /^Deutsch(?:e|en|er)$/;

const isParliament = (t: Token | undefined): boolean => !!t && PARLIAMENT.test(t.norm);

/** Every form of the Bundestag is one organisation, named "Deutscher Bundestag" with the short form as alias. */
export const federalParliament: TokenRule<OrgAt> = {
  name: 'de-org-parliament',
  at({ doc, s, k }) {
    const toks = doc.tokens;
    const t = toks[k]!;
    const withAdjective = NATIONAL.test(t.text) && /^ $/.test(t.post) && k + 1 < s.to && isParliament(toks[k + 1]);
    if (!withAdjective && !isParliament(t)) return null;
    const last = withAdjective ? toks[k + 1]! : t;
    const surface = doc.text.slice(t.start, last.end);
    const aliases = [...new Set(['Bundestag', surface])];
    return claim(withAdjective ? k + 1 : k, [
      org('Deutscher Bundestag', t.start, last.end, 0.85, 'de-org-parliament', aliases),
    ]);
  },
};
