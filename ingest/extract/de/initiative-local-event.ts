// Rule "de-ini-local-event": a town's event or award named by the town adjective and an event or award noun,
// "Talheimer Weinfest", "des Kleinfurter Weihnachtsmarkts" (→ Kleinfurter Weihnachtsmarkt), "Talheimer Kulturpreis
// 2023" (a year after it is part of the name): the adjective must come from a known place, and a price ("Talheimer
// Mietpreis") is no award.
import { placeTier } from '../gazetteer/index.js';
import { initiative, type InitiativeMatch } from './initiative-candidate.js';
import { isGenericPrice } from './initiative-generic.js';
import { bareAwardGender, forComplementEnd } from './initiative-for-complement.js';
import { denominalizeGenitive } from './words.js';
import type { Doc, Sentence, Token } from '../core/types.js';

const EVENT =
  /(?:fest|festival|festspiele|markt|maerkte|woche|wochen|tage|nacht|lauf|marathon|messe|kirmes|kerwe|dult|schau|sommer|herbst|weindorf|karneval|fasching|fastnacht|preis|award|medaille|plakette|wettbewerb|turnier|pokal)(?:s|es)?$/;
/** Event nouns that are also ordinary words when they stand alone after a town adjective. */
const NOT_EVENT =
  /^(?:markt|maerkte|tage|nacht|sommer|herbst|schau|lauf)(?:s|es)?$|wochenmarkt|supermarkt|arbeitsmarkt/;

/** Place names a town adjective may come from ("Talheimer" → Talheim, "Bremer" → Bremen, "Dresdner" → Dresden). */
function townOf(word: string): string | null {
  if (!/^\p{Lu}\p{Ll}+er$/u.test(word)) return null;
  const stem = word.slice(0, -2);
  for (const name of [stem, `${stem}en`, `${stem}e`, `${word.slice(0, -3)}en`])
    if (name.length >= 3 && placeTier(name)) return name;
  return null;
}

const isEvent = (t: Token): boolean =>
  t.cap && EVENT.test(t.norm) && !NOT_EVENT.test(t.norm) && !isGenericPrice(t.norm) && !/^preis/.test(t.norm);

/** Town adjective + event noun, with the event noun in the nominative. */
export function localEventRule(doc: Doc, s: Sentence, k: number): InitiativeMatch | null {
  const toks = doc.tokens;
  const t = toks[k]!;
  const n = toks[k + 1];
  if (!t.cap || !t.text.endsWith('er') || !n || k + 1 >= s.to || t.post !== ' ' || n.pre !== '') return null;
  // a bare award word names one only with what it is for ("Talheimer Preis für Kunst")
  const forEnd = bareAwardGender(n.norm) ? forComplementEnd(toks, s, k + 1) : -1;
  if ((!isEvent(n) && forEnd < 0) || !townOf(t.text)) return null;
  const genitive = /^(?:des|eines)$/.test(toks[k - 1]?.norm ?? '');
  const last = Math.max(forEnd, k + 1);
  const y = toks[last + 1];
  const e = y && last + 1 < s.to && toks[last]!.post === ' ' && /^(?:19|20)\d\d$/.test(y.text) ? last + 1 : last;
  const name = `${t.text} ${genitive ? denominalizeGenitive(n.text) : n.text}${doc.text.slice(n.end, toks[e]!.end)}`;
  const surface = doc.text.slice(t.start, toks[e]!.end);
  // with a year, the name without it is another form of it
  const forms = [...new Set([surface, doc.text.slice(t.start, toks[last]!.end)])];
  return { candidates: [initiative(name, t.start, toks[e]!.end, 0.75, 'de-ini-local-event', forms)], last: e };
}
