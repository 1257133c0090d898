// A compass word alone names no place: "Polizeidirektion 4 (Süd)", "Abschnitt Nord" give a direction, not a town.
import type { TitleRef } from '../core/pack.js';
import type { Candidate } from '../core/types.js';

const COMPASS =
  /^(?:nord|süd|sued|ost|west|nordost|nordwest|südost|suedost|südwest|suedwest|norden|süden|osten|westen)$/iu;

/** The candidates without one-word places and organisations that are only a compass word. */
export function withoutCompassWords(found: { candidates: Candidate[]; titleRefs: TitleRef[] }): {
  candidates: Candidate[];
  titleRefs: TitleRef[];
} {
  const named = found.candidates.filter((c) => c.type === 'Person' || c.type === 'Initiative' || !COMPASS.test(c.name));
  return { candidates: named, titleRefs: found.titleRefs };
}
