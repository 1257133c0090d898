// German place rules, in order: qualified names, datelines, streets, named buildings and sites, localities, gazetteer names with context,
// compass regions, unknown names of settlement shape.
import type { Candidate, Doc } from '../core/types.js';
import { maxPlaceWords } from '../gazetteer/index.js';
import { dateline, gazetteerPlace } from './place-gazetteer.js';
import { areaPlace } from './place-area.js';
import { namedBuilding } from './place-building.js';
import { townGenitivePlace } from './place-genitive.js';
import { lineLabelPlace } from './place-line-label.js';
import { localityPlace } from './place-locality.js';
import { qualifiedPlace } from './place-qualified.js';
import { compassPlace, doublePlace, townPartPlace } from './place-region.js';
import { slashPlaces } from './place-slash.js';
import { streetPlace } from './place-street.js';
import { toponymPlace, twoWordToponymPlace } from './place-toponym.js';
import { townSitePlace } from './place-town-site.js';
import { visitLocativePlace } from './place-visit-locative.js';
import { quotedHouse, siteNamePrefix, siteWord } from './place-sites.js';
import type { PlaceAt } from './place-rule.js';
import { scanTokens, type TokenRule } from './scan.js';

/** The place rules in the order they are tried at each capitalised token. */
export const PLACE_RULES: readonly TokenRule<PlaceAt>[] = [
  qualifiedPlace,
  dateline,
  slashPlaces,
  townPartPlace,
  streetPlace,
  namedBuilding,
  townSitePlace,
  areaPlace,
  siteWord,
  siteNamePrefix,
  quotedHouse,
  localityPlace,
  twoWordToponymPlace,
  gazetteerPlace,
  townGenitivePlace,
  lineLabelPlace,
  compassPlace,
  doublePlace,
  toponymPlace,
  visitLocativePlace,
];

/** Finds place candidates in a German release. */
export function findGermanPlaces(doc: Doc): Candidate[] {
  const maxWords = maxPlaceWords();
  return scanTokens(doc, PLACE_RULES, (s, k, found) => (doc.tokens[k]!.cap ? { doc, s, k, found, maxWords } : null));
}
