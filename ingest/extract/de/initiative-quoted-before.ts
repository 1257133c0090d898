// Rule "de-ini-quoted-before": a quoted name that a cue word after it makes an initiative, „Grüne Dächer“-Programm
// (→ Grüne Dächer), „Talheim liest“ heißt das Projekt, als „Familienfreundliche Gemeinde“ ausgezeichnet. A quotation
// with no such word after it stays a quotation.
import { fold } from '../../../src/domain/index.js';
import { initiative, type InitiativeMatch } from './initiative-candidate.js';
import { isCue } from './initiative-quoted.js';
import type { Doc, Sentence, Token } from '../core/types.js';

/** Longest quoted name taken (in tokens). */
const MAX_WORDS = 8;
const OPEN = /[„"“»]$/;
const CLOSE = /[“”"«]/;
/** Verbs that give a name to the noun after them ("heißt das Projekt"). */
const NAMING = /^(?:heisst|hiess|lautet|lautete|nennt|nannte)$/;
/** Participles of awarding after "als „…“" ("als „X“ ausgezeichnet"). */
const AWARDED = /^(?:ausgezeichnet|zertifiziert|praemiert|anerkannt|gekuert|geehrt|gewuerdigt)$/;

/** The cue after a closing mark inside a token ("Dächer“-Programm" → "programm"), or null. */
function hyphenCue(t: Token): string | null {
  const m = /[“”"«][-‐‑](\p{L}+)$/u.exec(t.text);
  return m ? fold(m[1]!) : null;
}

/** True when the words after the closing token j make the quotation a name: naming verb + article + cue, or award. */
function namedAfter(toks: Token[], s: Sentence, k: number, j: number): boolean {
  const a = toks[j + 1];
  if (!a || j + 1 >= s.to) return false;
  if (NAMING.test(a.norm)) {
    const i = toks[j + 2]?.norm === 'sich' ? j + 3 : j + 2;
    return /^(?:das|die|der)$/.test(toks[i]?.norm ?? '') && isCue(toks[i + 1]?.norm ?? '') && i + 1 < s.to;
  }
  const before = toks[k - 1];
  return before?.norm === 'als' && k - 1 >= s.from && (AWARDED.test(a.norm) || AWARDED.test(toks[j + 2]?.norm ?? ''));
}

/** A quotation named an initiative by the cue after it. */
export function quotedBeforeRule(doc: Doc, s: Sentence, k: number): InitiativeMatch | null {
  const toks = doc.tokens;
  const t = toks[k]!;
  if (!OPEN.test(t.pre)) return null;
  for (let j = k; j < s.to && j < k + MAX_WORDS; j++) {
    const w = toks[j]!;
    const cue = hyphenCue(w);
    if (cue && isCue(cue)) {
      const end = w.start + w.text.search(CLOSE);
      const name = doc.text.slice(t.start, end);
      const surface = doc.text.slice(t.start, w.end);
      return { candidates: [initiative(name, t.start, w.end, 0.8, 'de-ini-quoted-before', [surface])], last: j };
    }
    if (CLOSE.test(w.text)) return null;
    if (!CLOSE.test(w.post)) continue;
    if (!namedAfter(toks, s, k, j)) return null;
    return {
      candidates: [initiative(doc.text.slice(t.start, w.end), t.start, w.end, 0.8, 'de-ini-quoted-before')],
      last: j,
    };
  }
  return null;
}
