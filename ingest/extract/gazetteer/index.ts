// Gazetteer lookups, built once on first use from the generated data file.
import { fold } from '../../../src/domain/index.js';
import { BIG_PLACES, COUNTRIES, FIRST_NAMES, MID_PLACES, SMALL_PLACES } from './data.generated.js';
import { REGIONS } from './regions.js';

/** How strongly a gazetteer name suggests a place: countries/regions/big cities stand alone. */
export type PlaceTier = 'country' | 'region' | 'big' | 'mid' | 'small';

interface Gazetteer {
  places: Map<string, PlaceTier>;
  maxWords: number;
  firstNames: Set<string>;
}

let cache: Gazetteer | null = null;

function load(): Gazetteer {
  if (cache) return cache;
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
  cache = { places, maxWords: Math.min(maxWords, 4), firstNames: new Set(FIRST_NAMES.split('|')) };
  return cache;
}

/** Tier of a place name, or null when the gazetteer does not know it. */
export function placeTier(name: string): PlaceTier | null {
  return load().places.get(fold(name)) ?? null;
}

/** Longest multi-word place name the gazetteer holds (in words). */
export function maxPlaceWords(): number {
  return load().maxWords;
}

/** True when the word is a known first name (any case). */
export function isFirstName(word: string): boolean {
  return load().firstNames.has(word.toLowerCase());
}
