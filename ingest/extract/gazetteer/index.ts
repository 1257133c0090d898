// Gazetteer lookups, built once on first use from the generated data file.
import { fold } from '../../../src/domain/index.js';
import {
  BIG_PLACES,
  COUNTRIES,
  DE_NOUNS,
  DISTRICTS_ONLY,
  EN_COMMON,
  FIRST_NAMES,
  MID_PLACES,
  SMALL_PLACES,
} from './data.generated.js';
import { REGIONS } from './regions.js';

/** How strongly a gazetteer name suggests a place: countries/regions/big cities stand alone. */
export type PlaceTier = 'country' | 'region' | 'big' | 'mid' | 'small';

interface Gazetteer {
  places: ReadonlyMap<string, PlaceTier>;
  maxWords: number;
  firstNames: ReadonlySet<string>;
  enCommon: ReadonlySet<string>;
  deNouns: ReadonlySet<string>;
  districtsOnly: ReadonlySet<string>;
}

function buildGazetteer(): Gazetteer {
  const places = new Map<string, PlaceTier>();
  let maxWords = 1;
  const add = (list: string, tier: PlaceTier): void => {
    for (const name of list.split('|')) {
      const key = fold(name);
      if (!key || places.has(key)) continue;
      places.set(key, tier);
      maxWords = Math.max(maxWords, name.split(' ').length);
    }
  };
  add(REGIONS.join('|'), 'region');
  add(COUNTRIES, 'country');
  add(BIG_PLACES, 'big');
  add(MID_PLACES, 'mid');
  add(SMALL_PLACES, 'small');
  return {
    places,
    maxWords: Math.min(maxWords, 4),
    firstNames: new Set(FIRST_NAMES.split('|')),
    enCommon: new Set(EN_COMMON.split('|')),
    deNouns: new Set(DE_NOUNS.split('|')),
    districtsOnly: new Set(DISTRICTS_ONLY.split('|')),
  };
}

// built once at load and never changed afterwards
const GAZETTEER: Readonly<Gazetteer> = buildGazetteer();

/** Tier of a place name, or null when the gazetteer does not know it. */
export function placeTier(name: string): PlaceTier | null {
  return GAZETTEER.places.get(fold(name)) ?? null;
}

/** Longest multi-word place name the gazetteer holds (in words). */
export function maxPlaceWords(): number {
  return GAZETTEER.maxWords;
}

/** True when the word is a known first name (any case). */
export function isFirstName(word: string): boolean {
  return GAZETTEER.firstNames.has(word.toLowerCase());
}

/** True for one of the 10,000 most frequent English words (any case). */
export function isFrequentEnglish(word: string): boolean {
  return GAZETTEER.enCommon.has(word.toLowerCase());
}

/** True for a frequent German noun as written ("Zukunft", "Fuß"); surnames like "Schäfer" are in it too. */
export function isFrequentGermanNoun(word: string): boolean {
  return GAZETTEER.deNouns.has(word);
}

/** True for a German district name that is not also a town ("Nordheide-Talland", not "Talheim"). */
export function isDistrictOnly(name: string): boolean {
  return GAZETTEER.districtsOnly.has(name);
}
