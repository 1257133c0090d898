// Rule "de-ini-honour": orders, crosses and medals of merit, "Landesorden des Freistaats Talmark", "Bundesverdienstkreuz
// am Bande", "Ehrennadel des Landkreises Kleinfurt in Gold". An order or cross of merit is a named award by itself;
// a medal, pin or ring is one only as an honour ("Verdienstmedaille", "Ehrenring"), not as a sports prize
// ("Goldmedaille") or a thing ("Anstecknadel"). The awarding body in the genitive and the class belong to the name.
import { initiative, type InitiativeMatch } from './initiative-candidate.js';
import { isProperWord } from './proper-word.js';
import type { Doc, Sentence, Token } from '../core/types.js';

/** Orders and crosses: any modifier of 3+ letters ("Verdienstorden", "Landesorden", "Bundesverdienstkreuz"). */
const ORDER = /^(?:\p{L}{3,}orden|\p{L}*verdienstkreuz|\p{L}{3,}ehrenzeichen)(?:s|es)?$/u;
/** Words that end like an order but are plurals of other nouns ("Raubmorden", "im hohen Norden"). */
const NOT_ORDER = /(?:mord|nord)en$/;
/** Medals, pins, rings, plaques and letters of honour with an honour modifier. */
const MEDAL =
  /^(?:\p{L}*verdienst|ehren|staats|landes|bundes|kreis|landkreis|stadt|bezirks|buerger|ehrenamts)\p{L}*(?:medaille|nadel|ring|plakette|brief)(?:e?s)?$/u;
/** Bodies that award in the genitive, "des Landes X", "der Bundesrepublik Deutschland". */
const BODY = /^(?:landes|freistaates|freistaats|landkreises|kreises|bezirks|bundesrepublik|stadt|gemeinde|republik)$/;

const open = (t: Token): boolean => !/[,;:.()]/.test(t.post);

/** Last token of "des Landes X" or "am Bande" / "in Gold" after the honour at e, or e. */
function honourEnd(toks: Token[], s: Sentence, e: number): number {
  const g = toks[e + 1];
  if (
    g &&
    /^(?:des|der)$/.test(g.norm) &&
    BODY.test(toks[e + 2]?.norm ?? '') &&
    isProperWord(toks[e + 3]) &&
    e + 3 < s.to &&
    open(toks[e]!) &&
    open(toks[e + 2]!)
  )
    e += 3;
  const a = toks[e + 1];
  const b = toks[e + 2];
  const grade =
    (a?.norm === 'am' && b?.norm === 'bande') || (a?.norm === 'in' && /^(?:gold|silber|bronze)$/.test(b?.norm ?? ''));
  return grade && e + 2 < s.to && open(toks[e]!) ? e + 2 : e;
}

/** An order or honour medal, with its awarding body and class; nominative after a genitive article. */
export function honourRule(doc: Doc, s: Sentence, k: number): InitiativeMatch | null {
  const toks = doc.tokens;
  const t = toks[k]!;
  if (!t.cap || NOT_ORDER.test(t.norm) || (!ORDER.test(t.norm) && !MEDAL.test(t.norm))) return null;
  const e = honourEnd(toks, s, k);
  const genitive = /^(?:des|eines)$/.test(toks[k - 1]?.norm ?? '');
  const head = genitive
    ? t.text.replace(/(?:(?<=(?:kreuz|ring|brief))es|(?<=(?:orden|zeichen|ring|brief))s)$/, '')
    : t.text;
  const name = head + doc.text.slice(t.end, toks[e]!.end);
  const c = initiative(name, t.start, toks[e]!.end, e > k ? 0.8 : 0.7, 'de-ini-honour', [head]);
  return { candidates: [c], last: e };
}
