// The English run rules in order: the first rule that returns proposals for a capitalised run decides it.
import { initiativeCue, initiativeForPlace, initiativeHead, initiativeHeadOf } from './initiative-rules.js';
import { buildingPlace } from './building-places.js';
import { initiativeAfterTitle, initiativeApposed, initiativeFrame, initiativeLead } from './initiative-leads.js';
import { chiefTitle, knownOrganisation, organisationHead, unknownOrganisation } from './organisation-rules.js';
import { nameInRun, peer, personBeforeTitle, pressContact, speaker } from './person-rules.js';
import { gazetteerParts, gazetteerRun, locativePlace, namePair, naturalPlace, sitePlace } from './place-rules.js';
import type { RunRule } from './proposals.js';
import { titleLed } from './title-rules.js';
import { irishSchool } from './irish-schools.js';

/** Ordered: persons before bodies, specific heads before the gazetteer, the weak guesses last. */
export const RUN_RULES: readonly RunRule[] = [
  peer,
  irishSchool,
  pressContact,
  naturalPlace,
  initiativeAfterTitle,
  titleLed,
  nameInRun,
  speaker,
  personBeforeTitle,
  initiativeLead,
  initiativeForPlace,
  initiativeApposed,
  knownOrganisation,
  initiativeHead,
  initiativeCue,
  initiativeHeadOf,
  chiefTitle,
  buildingPlace,
  organisationHead,
  sitePlace,
  gazetteerRun,
  locativePlace,
  initiativeFrame,
  unknownOrganisation,
  namePair,
  gazetteerParts,
];
