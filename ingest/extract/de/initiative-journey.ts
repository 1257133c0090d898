// Rule "de-ini-journey": an official's tour named by its season, "Herbstreise", "Wintertour 2025",
// "Frühjahrsbereisung", "Sommer-Tour". Travel compounds of other kinds are no series ("Dienstreise", "Spritztour"), and one named
// by its purpose ("Bildungsreise", "Wahlkreistour") describes a trip rather than names it. A release follows one
// tour, so a purpose compound in a release that names a season tour is that tour, under the season tour's name.
import { initiative, type InitiativeMatch } from './initiative-candidate.js';
import type { Doc, Sentence, Token } from '../core/types.js';

const TRAVEL = '[-‐‑]?(?:reise|tour|tournee|bereisung)$';
/** Season + travel head (folded): "sommerreise", "fruehjahrstour". */
const SEASON = new RegExp(`^(?:sommer|herbst|winter|fruehjahrs|fruehlings|sommerferien|ferien)${TRAVEL}`);
/** Purpose of office + travel head: "informationsreise", "wahlkreistour", "kreisbereisung". */
const PURPOSE = new RegExp(`^(?:informations|wahlkreis|kreis|landkreis|bezirks|regional|regions|land|landes)${TRAVEL}`);

const isSeasonTour = (t: Token): boolean => t.cap && SEASON.test(t.norm);

/** A season tour compound (with a year when one follows), or a purpose compound in a release that names one. */
export function journeyRule(doc: Doc, s: Sentence, k: number): InitiativeMatch | null {
  const toks = doc.tokens;
  const t = toks[k]!;
  if (!t.cap || (!SEASON.test(t.norm) && !PURPOSE.test(t.norm))) return null;
  const first = toks.find(isSeasonTour);
  if (!first) return null;
  const y = toks[k + 1];
  const e = y && k + 1 < s.to && t.post === ' ' && /^\d{4}$/.test(y.text) ? k + 1 : k;
  const surface = doc.text.slice(t.start, toks[e]!.end);
  const name = first === t ? surface : first.text;
  const c = initiative(name, t.start, toks[e]!.end, 0.75, 'de-ini-journey', [surface, t.text]);
  return { candidates: [c], last: e };
}
