// The German entity rules in the order they run; one resolver step (runEntityRules) combines their proposals.
import type { TitleRef } from '../core/pack.js';
import type { Candidate, Doc } from '../core/types.js';
import { impliedDistrict } from './implied-district.js';
import { findGermanInitiatives } from './initiatives.js';
import { findGermanInitiativeForms } from './initiative-forms.js';
import { findGermanOrganisations } from './organisations.js';
import { roleComplementOrgs } from './org-role-complement.js';
import { roleNamedOrgs } from './org-role-named.js';
import { PERSON_RULES } from './persons.js';
import { findGermanPlaces } from './places.js';
import { runEntityRules, type EntityRule } from './scan.js';

const family = (name: string, find: (doc: Doc) => Candidate[]): EntityRule => ({
  name,
  propose: (doc) => ({ candidates: find(doc) }),
});

/** Every German entity rule, in order: persons and their roles, organisations, places, initiatives, districts. */
export const GERMAN_ENTITY_RULES: readonly EntityRule[] = [
  ...PERSON_RULES,
  family('de-organisations', findGermanOrganisations),
  roleComplementOrgs,
  roleNamedOrgs,
  family('de-places', findGermanPlaces),
  family('de-initiatives', findGermanInitiatives),
  family('de-initiative-forms', findGermanInitiativeForms),
  impliedDistrict,
];

/** Entity candidates and title references of a German release. */
export function recogniseGerman(doc: Doc): { candidates: Candidate[]; titleRefs: TitleRef[] } {
  return runEntityRules(doc, GERMAN_ENTITY_RULES);
}
