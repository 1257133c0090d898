// Rule "de-ini-quoted": a cue noun followed by a quoted name, Initiative „Talheim hilft mit“, Projekt „Grüne Höfe“.
import { initiative, type InitiativeMatch } from './initiative-candidate.js';
import type { Doc, Sentence } from '../core/types.js';

const QUOTE_CUES =
  /(?:initiative|programm|projekt|kampagne|wettbewerb|preis|aktion|veranstaltung|reihe|motto|titel|auszeichnung|festival|tour|fonds|strategie|plan|paket|netzwerk|buendnis|modell|konzept|slogan|leitbild|format|angebot)(?:s|es|e|en)?$/;
/** Longest quoted name taken (in tokens). */
const MAX_WORDS = 11;

/** The quoted name after a cue noun; a cue whose quotation does not close soon yields nothing. */
export function quotedNameRule(doc: Doc, s: Sentence, k: number): InitiativeMatch | null {
  const toks = doc.tokens;
  const t = toks[k]!;
  const next = toks[k + 1];
  if (!t.cap || !QUOTE_CUES.test(t.norm) || !next || !/[„"“‚]$/.test(next.pre) || k + 1 >= s.to) return null;
  if (!/^\s*[„"“‚]?$/.test(t.post)) return null;
  let e = k + 1;
  while (e < s.to && e < k + 1 + MAX_WORDS && !/[“”"‘]/.test(toks[e]!.post)) e++;
  if (e >= s.to || e >= k + 1 + MAX_WORDS) return { candidates: [], last: k };
  const name = doc.text.slice(next.start, toks[e]!.end);
  const withCue = doc.text.slice(t.start, toks[e]!.end + 1);
  return { candidates: [initiative(name, next.start, toks[e]!.end, 0.85, 'de-ini-quoted', [withCue])], last: e };
}
