// German organisation rules, in order: legal forms, introduced names, trade names, hotels, owned units, faith bodies,
// the Red Cross, acronyms, quoted and headed names.
import type { Candidate, Doc } from '../core/types.js';
import { isSiteWord } from './org-lexicon.js';
import { legalForm } from './org-legal.js';
import { acronymName, introducedName } from './org-named.js';
import { headedName, quotedNameAfterHead } from './org-compound.js';
import { tradeName } from './org-trade.js';
import { hotelName } from './org-hotel.js';
import { ownedUnit } from './org-owner.js';
import { federalParliament } from './org-parliament.js';
import { faithBody } from './org-faith.js';
import { redCross } from './org-red-cross.js';
import { orgAt, type OrgAt } from './org-rule.js';
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
  hotelName,
  federalParliament,
  ownedUnit,
  faithBody,
  redCross,
  acronymName,
  siteHead,
  quotedNameAfterHead,
  headedName,
];

/** Finds organisation candidates in a German release. */
export function findGermanOrganisations(doc: Doc): Candidate[] {
  return scanTokens(doc, ORGANISATION_RULES, (s, k) => orgAt(doc, s, k));
}
