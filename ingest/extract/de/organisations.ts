// German organisation rules, in order: legal forms, introduced names, trade names, acronyms, quoted and headed names.
import { fold } from '../../../src/domain/index.js';
import type { Candidate, Doc } from '../core/types.js';
import { DE_PREFIX_HEADS, germanOrgHead, isSiteWord } from './org-lexicon.js';
import { denominalizeGenitive } from './words.js';
import { legalForm } from './org-legal.js';
import { acronymName, introducedName } from './org-named.js';
import { headedName, quotedNameAfterHead } from './org-compound.js';
import { tradeName } from './org-trade.js';
import type { OrgAt } from './org-rule.js';
import { claim, scanTokens, type TokenRule } from './scan.js';

export { isProperWord } from './proper-word.js';

/** A site word with an organisation head ("Rathaus") is left to the place rules. */
const siteHead: TokenRule<OrgAt> = {
  name: 'de-org-site-skip',
  at: ({ doc, k }) => (isSiteWord(doc.tokens[k]!.text) ? claim(k) : null),
};

/** The organisation rules in the order they are tried at each token. */
export const ORGANISATION_RULES: readonly TokenRule<OrgAt>[] = [
  legalForm,
  introducedName,
  tradeName,
  acronymName,
  siteHead,
  quotedNameAfterHead,
  headedName,
];

/** Finds organisation candidates in a German release. */
export function findGermanOrganisations(doc: Doc): Candidate[] {
  return scanTokens(doc, ORGANISATION_RULES, (s, k) => {
    const t = doc.tokens[k]!;
    const prefixHead = DE_PREFIX_HEADS.has(t.norm) || DE_PREFIX_HEADS.has(fold(denominalizeGenitive(t.text)));
    return { doc, s, k, head: germanOrgHead(t.text), prefixHead };
  });
}
