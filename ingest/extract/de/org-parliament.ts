// The federal parliament under its short and full names: the short form, the full form with its adjective, and their genitives.
import type { Token } from '../core/types.js';
import { org, type OrgAt } from './org-rule.js';
import { claim, type TokenRule } from './scan.js';

const PARLIAMENT = /^bundestag(?:e?s)?$/;
const NATIONAL = /^Deutsch(?:e|en|er)$/;

const isParliament = (t: Token | undefined): boolean => !!t && PARLIAMENT.test(t.norm);

/** Every form of the Bundestag is one organisation; the full and the short name are aliases of each other. */
export const federalParliament: TokenRule<OrgAt> = {
  name: 'de-org-parliament',
  at({ doc, s, k }) {
    const toks = doc.tokens;
    const t = toks[k]!;
    const withAdjective = NATIONAL.test(t.text) && /^ $/.test(t.post) && k + 1 < s.to && isParliament(toks[k + 1]);
    if (!withAdjective && !isParliament(t)) return null;
    const last = withAdjective ? toks[k + 1]! : t;
    const surface = doc.text.slice(t.start, last.end);
    // named as written (in the nominative); the other form is an alias, so either spelling finds the body
    const name = withAdjective ? 'Deutscher Bundestag' : 'Bundestag';
    const aliases = [...new Set([withAdjective ? 'Bundestag' : 'Deutscher Bundestag', surface])].filter(
      (a) => a !== name,
    );
    return claim(withAdjective ? k + 1 : k, [org(name, t.start, last.end, 0.85, 'de-org-parliament', aliases)]);
  },
};
