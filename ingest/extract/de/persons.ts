// German person rules, in order: title words (title + name, title phrase + name, title references), title-prefix
// organisations, first names; then roles stated next to the persons found.
import { firstNamePersons } from './first-name-persons.js';
import { nameApposition, roleAsPredicate, surnameApposition } from './person-appositions.js';
import type { EntityRule } from './scan.js';
import { sharedSurname } from './shared-surname.js';
import { titlePersons, titlePrefixOrgs } from './title-persons.js';

export { isNameWord, titleNominative } from './names.js';

/** The person rules in order (the role rules read the persons of the rules before them). */
export const PERSON_RULES: readonly EntityRule[] = [
  titlePersons,
  firstNamePersons,
  sharedSurname,
  titlePrefixOrgs,
  nameApposition,
  surnameApposition,
  roleAsPredicate,
];
