// Rule "de-ini-day": commemorative days and weeks, "(internationaler) Tag des Ehrenamtes", "Tag der Pflege", "Woche
// der Nachbarschaft", "Tage der offenen Ateliers" is not one (lower-case word after the article), "Lange Nacht der X".
import { initiative, type InitiativeMatch } from './initiative-candidate.js';
import type { Doc, Sentence } from '../core/types.js';

const DAY = /^(?:tag|tage|woche)$/;

/** "Tag des/der X", with a scope adjective directly in front when there is one ("europäischer", "bundesweiter"). */
export function namedDayRule(doc: Doc, s: Sentence, k: number): InitiativeMatch | null {
  const toks = doc.tokens;
  const t = toks[k]!;
  const next = toks[k + 1];
  const p = toks[k - 1];
  const long = t.norm === 'nacht' && /^langen?$/.test(p?.norm ?? '') && p?.cap === true;
  if (!DAY.test(t.norm) && !long) return null;
  if ((next?.norm !== 'des' && next?.norm !== 'der') || !toks[k + 2]?.cap || k + 2 >= s.to) return null;
  const st =
    long ||
    (p &&
      !p.cap &&
      t.pre === '' &&
      /(?:e|en|er)$/.test(p.text) &&
      /^(?:international|europ|bundesweit|national|welt)/.test(p.norm))
      ? p!
      : t;
  const end = toks[k + 2]!.end;
  return { candidates: [initiative(doc.text.slice(st.start, end), st.start, end, 0.75, 'de-ini-day')], last: k + 2 };
}
