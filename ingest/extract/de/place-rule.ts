// What every German place rule shares: where it is tried, and the candidate it makes.
import type { Candidate } from '../core/types.js';
import type { At } from './scan.js';

/** Where a place rule is tried: a capitalised token, with the places found before it. */
export interface PlaceAt extends At {
  found: readonly Candidate[];
  maxWords: number;
}

/** A place candidate. */
export function place(name: string, start: number, end: number, confidence: number, rule: string): Candidate {
  return { type: 'Place', name, start, end, confidence, rule };
}
