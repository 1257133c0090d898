// Rule "de-ini-of-the": awards of the form "Betrieb des Monats (Mai)", "Unternehmen des Jahres (2024)".
import { fold } from '../../../src/domain/index.js';
import { GERMAN_MONTHS } from '../../calendar/calendar-names.js';
import { initiative, type InitiativeMatch } from './initiative-candidate.js';
import type { Doc, Sentence } from '../core/types.js';

const MONTH_NORMS: ReadonlySet<string> = new Set(GERMAN_MONTHS.map(fold));
const OF_THE =
  /^(?:projekt|ort|kommune|unternehmen|verein|schule|dorf|betrieb|gemeinde|initiative|buch|baum|vogel|wort)$/;

/** "Betrieb des Monats Mai": the title with its month or year; the bare title is an alias. */
export function ofTheMonthRule(doc: Doc, _s: Sentence, k: number): InitiativeMatch | null {
  const toks = doc.tokens;
  const t = toks[k]!;
  if (toks[k + 1]?.norm !== 'des' || !OF_THE.test(t.norm) || !/^(?:monats|jahres)$/.test(toks[k + 2]?.norm ?? ''))
    return null;
  let e = k + 2;
  const m = toks[k + 3];
  if (m && (MONTH_NORMS.has(m.norm) || /^\d{4}$/.test(m.norm)) && !/[,;:.]/.test(toks[e]!.post)) e++;
  const name = doc.text.slice(t.start, toks[e]!.end);
  const bare = doc.text.slice(t.start, toks[k + 2]!.end);
  return { candidates: [initiative(name, t.start, toks[e]!.end, 0.85, 'de-ini-of-the', [bare])], last: e };
}
