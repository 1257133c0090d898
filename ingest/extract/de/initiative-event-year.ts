// Rule "de-ini-event-year": an event compound dated by its year names one edition of a series, "Kulturnacht 2024",
// "der Aktionswoche 2025" (→ Aktionswoche 2025). Without the year the compound is a kind of event, not a name; a place
// that ends like one is no event ("-schau" is left out: town names end in it too; "-nacht": "Silvesternacht" is a date).
import { isFrequentGermanNoun, placeTier } from '../gazetteer/index.js';
import { initiative, type InitiativeMatch } from './initiative-candidate.js';
import { denominalizeGenitive } from './words.js';
import type { Doc, Sentence } from '../core/types.js';

const EVENT = /(?:festival|woche|wochen|fest|lauf|marathon|messe|turnier|cup|gipfel|kongress)(?:s|es)?$/;
const INDEFINITE = /^(?:ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|jede|jeder|jedes)$/;

/** An event compound (modifier of 3+ letters) followed by a four-digit year. */
export function eventYearRule(doc: Doc, s: Sentence, k: number): InitiativeMatch | null {
  const toks = doc.tokens;
  const t = toks[k]!;
  const y = toks[k + 1];
  const m = EVENT.exec(t.norm);
  if (!t.cap || !m || t.norm.length - m[0].length < 3 || !y || k + 1 >= s.to || !/^\d{4}$/.test(y.text)) return null;
  if (t.post !== ' ' || y.pre !== '' || isFrequentGermanNoun(t.text) || placeTier(t.text) || /[-‐‑]/.test(t.text))
    return null;
  const prev = toks[k - 1];
  if (prev && INDEFINITE.test(prev.norm)) return null;
  const genitive = /^(?:des|eines|der)$/.test(prev?.norm ?? '') && /s$/.test(t.text);
  const name = `${genitive ? denominalizeGenitive(t.text) : t.text} ${y.text}`;
  const surface = doc.text.slice(t.start, y.end);
  return { candidates: [initiative(name, t.start, y.end, 0.7, 'de-ini-event-year', [surface])], last: k + 1 };
}
