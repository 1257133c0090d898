// Rule "de-ini-hyphen-event": an event series named before a hyphen, "MINT-Tag", "Kleinfurt-Marathon",
// "des Talheim-Festivals" (→ Talheim-Festival), with a year when one follows. The part before the hyphen must be an
// acronym, a CamelCase word or a known place; an ordinary word there ("Kita-Tag") names no series.
import { isFrequentGermanNoun, placeTier } from '../gazetteer/index.js';
import { initiative, type InitiativeMatch } from './initiative-candidate.js';
import { DE_ORG_ACRONYMS } from './org-lexicon.js';
import type { Doc, Sentence } from '../core/types.js';

const LAST =
  /^(?:tag|tage|tages|woche|wochen|festival|festivals|award|awards|cup|cups|lauf|laufs|laufes|marathon|marathons|fest|festes|nacht|challenge|gipfel|gipfels|kongress|kongresses)$/;
/** 2–6 capitals or digits, as an acronym before the hyphen. */
const ACRONYM = /^[A-ZÄÖÜ][A-ZÄÖÜ0-9&]{1,5}$/;
const INDEFINITE = /^(?:ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|jeden|jede|jeder|jedes)$/;

/** True when the part before the hyphen names something. */
function namedPart(first: string): boolean {
  if (ACRONYM.test(first)) return !DE_ORG_ACRONYMS.has(first);
  if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(first)) return true;
  return /^\p{Lu}\p{Ll}{2,}$/u.test(first) && !isFrequentGermanNoun(first) && !!placeTier(first);
}

/** "X-Tag", "X-Festival" with a naming X; nominative after a genitive article. */
export function hyphenEventRule(doc: Doc, s: Sentence, k: number): InitiativeMatch | null {
  const toks = doc.tokens;
  const t = toks[k]!;
  if (!t.cap || !/[-‐‑]/.test(t.text)) return null;
  const parts = t.text.split(/[-‐‑]/);
  if (!t.cap || parts.length !== 2 || !LAST.test(parts[1]!.toLowerCase()) || !namedPart(parts[0]!)) return null;
  const prev = toks[k - 1];
  if (prev && INDEFINITE.test(prev.norm)) return null;
  let e = k;
  if (e + 1 < s.to && t.post === ' ' && /^\d{4}$/.test(toks[e + 1]!.text)) e++;
  const genitive = /^(?:des|eines)$/.test(prev?.norm ?? '');
  const head = genitive ? denominalizeEvent(t.text) : t.text;
  const name = head + doc.text.slice(t.end, toks[e]!.end);
  const surface = doc.text.slice(t.start, toks[e]!.end);
  return { candidates: [initiative(name, t.start, toks[e]!.end, 0.75, 'de-ini-hyphen-event', [surface])], last: e };
}

/** Genitive event noun to nominative ("-Tages" → "-Tag", "-Festivals" → "-Festival"). */
function denominalizeEvent(word: string): string {
  if (/(?:tages|laufes|festes|kongresses)$/i.test(word)) return word.slice(0, -2);
  if (/(?:festivals|laufs|marathons|gipfels)$/i.test(word)) return word.slice(0, -1);
  return word;
}
