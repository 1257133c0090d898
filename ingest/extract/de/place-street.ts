// Streets and squares as places: "Lindenstraße", "Talgasse 4", "Kleinfurter Straße", "Birkenweg 12".
import type { Token } from '../core/types.js';
import { isCapWord } from '../core/tokens.js';
import { isFirstName, isFrequentGermanNoun, placeTier } from '../gazetteer/index.js';
import { germanTitle } from './titles.js';
import { DE_CALENDAR, DE_FUNCTION_WORDS, looksLikeCommonNoun } from './words.js';
import { place, type PlaceAt } from './place-rule.js';
import { claim, type TokenMatch, type TokenRule } from './scan.js';

// a compound with one of these endings names a street ("Lindenstraße", "Am-Hang-Gasse")
const STREET_ENDING = /(?:strasse|gasse|allee|chaussee|promenade)$/;
// these endings name a street only with a house number ("Birkenweg 12"): "Radweg", "Bahndamm" are things
const NUMBERED_ENDING = /(?:weg|ring|damm|ufer|steig|pfad|str)$/;
// a second word after an adjective from a place name: "Kleinfurter Straße", "Talheimer Ring"
const STREET_NOUN = /^(?:Straße|Strasse|Str|Allee|Gasse|Chaussee|Promenade|Landstraße)$/;
// also common nouns ("dem Nachfolger Platz machen"): only after the adjective of a known place or with a number
const COMMON_STREET_NOUN = /^(?:Weg|Ring|Damm|Ufer|Platz|Steig|Markt)$/;
// street nouns that name a kind of road, not one street (folded)
const GENERIC = new Set(
  (
    'strasse gasse allee chaussee promenade landstrasse bundesstrasse kreisstrasse staatsstrasse landesstrasse ' +
    'gemeindestrasse ortsstrasse hauptverkehrsstrasse einbahnstrasse umgehungsstrasse seitenstrasse nebenstrasse ' +
    'wohnstrasse spielstrasse fahrradstrasse zufahrtsstrasse anliegerstrasse durchgangsstrasse erschliessungsstrasse ' +
    'verbindungsstrasse quartiersstrasse einkaufsstrasse geschaeftsstrasse schnellstrasse mautstrasse baustrasse ' +
    'privatstrasse sackgasse rettungsgasse baumallee uferpromenade strandpromenade flaniermeile ' +
    'radweg fussweg gehweg rueckweg heimweg schulweg wanderweg radwanderweg umweg ausweg feldweg waldweg ' +
    'rundweg zugangsweg verbindungsweg lehrpfad trampelpfad bahndamm deich seeufer flussufer'
  ).split(' '),
);

/** A house number after a street: "12", "4a", "10-12" (not a year). */
function houseNumber(t: Token | undefined): boolean {
  return !!t && /^\d{1,3}(?:[a-z]|[-–]\d{1,3})?$/.test(t.text);
}

/** The street name at k, with its house number, or null. */
export function streetAt(toks: Token[], k: number, to: number): { end: number } | null {
  const t = toks[k]!;
  if (!isCapWord(t) || GENERIC.has(t.norm) || t.norm.length < 6) return null;
  const numbered = k + 1 < to && /^ $/.test(t.post) && houseNumber(toks[k + 1]);
  // "Hauptstr. 5": an abbreviated street needs its period and a number
  const abbreviated = /str$/.test(t.norm) && !/strasse$/.test(t.norm);
  if (abbreviated && !(/^\.\s/.test(t.post) && houseNumber(toks[k + 1]))) return null;
  if (abbreviated) return { end: k + 1 };
  if (STREET_ENDING.test(t.norm)) return { end: numbered ? k + 1 : k };
  return NUMBERED_ENDING.test(t.norm) && numbered ? { end: k + 1 } : null;
}

/** "Kleinfurter Straße 3": a place adjective and a street noun. */
function adjectiveStreet(toks: Token[], k: number, to: number): { end: number } | null {
  const adj = toks[k]!;
  const noun = toks[k + 1];
  if (!noun || k + 1 >= to || !/^ $/.test(adj.post) || !/^\p{Lu}\p{Ll}{2,}er$/u.test(adj.text)) return null;
  if (DE_FUNCTION_WORDS.has(adj.norm) || DE_CALENDAR.has(adj.norm) || germanTitle(adj.text)) return null;
  if (isFrequentGermanNoun(adj.text) || looksLikeCommonNoun(adj.text)) return null;
  if (noun.text === 'Str' && !/^\.\s/.test(noun.post)) return null;
  const numbered = k + 2 < to && /^\.?\s$/.test(noun.post) && houseNumber(toks[k + 2]);
  const common = COMMON_STREET_NOUN.test(noun.text);
  if (!STREET_NOUN.test(noun.text) && !(common && (numbered || placeTier(adj.text.slice(0, -2))))) return null;
  return { end: numbered ? k + 2 : k + 1 };
}

const INDEFINITE = new Set(['ein', 'eine', 'einer', 'einen', 'einem', 'eines', 'keine', 'jede', 'jeder', 'jeden']);

/** True when an indefinite word stands before k, maybe with lower-case adjectives between ("eine neue"). */
function afterIndefinite(toks: Token[], k: number, from: number): boolean {
  let j = k - 1;
  while (j > from && /^\p{Ll}+(?:e|en|er|es|em)$/u.test(toks[j]!.text) && !INDEFINITE.has(toks[j]!.norm)) j--;
  return j >= from && INDEFINITE.has(toks[j]!.norm);
}

/** A street or square name, with the house number when one follows. */
export const streetPlace: TokenRule<PlaceAt> = {
  name: 'de-plc-street',
  at({ doc, s, k }): TokenMatch | null {
    const toks = doc.tokens;
    // a sentence-initial adjective is any adjective ("Neuer Weg …"), so two-word streets start inside a sentence
    const m = streetAt(toks, k, s.to) ?? (k > s.from ? adjectiveStreet(toks, k, s.to) : null);
    if (!m) return null;
    // "eine eigene Weinstraße": a kind of street, no name
    if (afterIndefinite(toks, k, s.from)) return claim(m.end);
    const last = toks[m.end]!;
    // "in der Ben Lindstraße": a first name written apart belongs to the street
    const prev = toks[k - 1];
    const first =
      prev && k - 1 > s.from && /^ $/.test(prev.post) && isCapWord(prev) && isFirstName(prev.text) ? prev : toks[k]!;
    const name = doc.text.slice(first.start, last.end);
    return claim(m.end, [place(name, first.start, last.end, 0.7, 'de-plc-street')]);
  },
};
