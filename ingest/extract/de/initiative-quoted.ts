// Rule "de-ini-quoted": a cue noun followed by a quoted name, Initiative „Talheim hilft mit“, Projekt „Grüne Höfe“,
// Aktionstag „Saubere Ufer“, Programm »Gute Nachbarn«.
import { initiative, type InitiativeMatch } from './initiative-candidate.js';
import type { Doc, Sentence } from '../core/types.js';

const QUOTE_CUES =
  /(?:initiative|programm|projekt|kampagne|wettbewerb|preis|aktion|veranstaltung|reihe|motto|titel|auszeichnung|festival|tour|fonds|strategie|plan|paket|netzwerk|buendnis|modell|konzept|slogan|leitbild|format|angebot|siegel|zertifikat|label|ausstellung|vorhaben|allianz)(?:s|es|e|en)?$/;
/** Event and law nouns that also introduce a quoted name ("Aktionstag „…“", "Gesetz „…“"). */
const EVENT_CUES =
  /(?:tag|tage|woche|wochen|nacht|lauf|fest|challenge|award|gesetz|pakt|offensive|gipfel|kongress|aufruf|turnier|cup)(?:s|es|e|en)?$/;
/** Words ending like an event noun that are times or bodies, not events ("Am Dienstag „…“", "Landtag"). */
const NOT_EVENT_CUE =
  /(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mittag|alltag|werktag|feiertag|geburtstag|landtag|bundestag|kreistag|gemeindetag|wochentag|vortag|folgetag)(?:s|es|e|en)?$/;
/** Longest quoted name taken (in tokens). */
const MAX_WORDS = 11;

/** True for a noun that introduces a quoted initiative name ("Projekt", "Aktionstag"), not a weekday or parliament. */
export const isCue = (norm: string): boolean =>
  QUOTE_CUES.test(norm) || (EVENT_CUES.test(norm) && !NOT_EVENT_CUE.test(norm));

/** The quoted name after a cue noun; a cue whose quotation does not close soon yields nothing. */
export function quotedNameRule(doc: Doc, s: Sentence, k: number): InitiativeMatch | null {
  const toks = doc.tokens;
  const t = toks[k]!;
  const next = toks[k + 1];
  if (!t.cap || !isCue(t.norm) || !next || !/[„"“‚»]$/.test(next.pre) || k + 1 >= s.to) return null;
  if (!/^\s*[„"“‚»]?$/.test(t.post)) return null;
  let e = k + 1;
  while (e < s.to && e < k + 1 + MAX_WORDS && !/[“”"‘«]/.test(toks[e]!.post)) e++;
  if (e >= s.to || e >= k + 1 + MAX_WORDS) return { candidates: [], last: k };
  const name = doc.text.slice(next.start, toks[e]!.end);
  const withCue = doc.text.slice(t.start, toks[e]!.end + 1);
  return { candidates: [initiative(name, next.start, toks[e]!.end, 0.85, 'de-ini-quoted', [withCue])], last: e };
}
