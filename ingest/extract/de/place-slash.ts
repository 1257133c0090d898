// Places joined by a slash: "Talheim/Kleinfurt", "Lindwerder/Talkreis" (a dateline or a pair of towns).
import { placeTier } from '../gazetteer/index.js';
import { place, type PlaceAt } from './place-rule.js';
import { claim, type TokenRule } from './scan.js';

// two or three capitalised parts; an acronym part ("CDU/CSU") or a lower-case one ("Leiter/in") never matches
const SLASHED = /^\p{Lu}\p{Ll}[\p{L}.-]*(?:\/\p{Lu}\p{Ll}[\p{L}.-]*){1,2}$/u;

/** A known place or a district name ("Talkreis"; the bare head "Landkreis" is none). */
export function placePart(part: string): boolean {
  return !!placeTier(part) || (/\p{Ll}kreis$/u.test(part) && !/^(?:Land|Stadt)kreis$/.test(part));
}

/** Each part of a slash pair is a place when every part is a known place or a district. */
export const slashPlaces: TokenRule<PlaceAt> = {
  name: 'de-plc-slash',
  at({ doc, k }) {
    const t = doc.tokens[k]!;
    if (!SLASHED.test(t.text) || placeTier(t.text)) return null;
    const parts = t.text.split('/');
    // "Hallesches Ufer/Talweg" joins two streets, "Meier/Schulz" two persons: every part must be a place
    if (!parts.some((p) => placeTier(p)) || !parts.every(placePart)) return null;
    let at = t.start;
    const cands = parts.map((p) => {
      const c = place(p, at, at + p.length, 0.75, 'de-plc-slash');
      at += p.length + 1;
      return c;
    });
    return claim(k, cands);
  },
};
