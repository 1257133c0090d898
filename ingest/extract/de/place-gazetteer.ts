// Gazetteer places: datelines, and names by tier (big places anywhere, towns after a locative or in a list).
import type { Candidate, Doc, Token } from '../core/types.js';
import { isCapWord, startsParagraph } from '../core/tokens.js';
import { fold } from '../../../src/domain/index.js';
import { isFirstName, placeTier } from '../gazetteer/index.js';
import { afterStopCue } from './place-cues.js';
import { germanTitle } from './titles.js';
import { DE_LOCATIVE, DE_PLACE_HOMOGRAPHS } from './words.js';
import { place, type PlaceAt } from './place-rule.js';
import { claim, type TokenMatch, type TokenRule } from './scan.js';

/** Dateline: "Talheim. Großes Lob …", "KLEINFURT – Einen …". */
export const dateline: TokenRule<PlaceAt> = {
  name: 'de-plc-dateline',
  at({ doc, k }) {
    const t = doc.tokens[k]!;
    if (!startsParagraph(doc, t) || !isCapWord(t)) return null;
    // an itinerary or list line opened by a known town: "Talheim: Besuch …", "– Kleinfurt, Rathaus"
    const label = /^(?::\s|,\s)/.test(t.post) && !!placeTier(t.text) && !DE_PLACE_HOMOGRAPHS.has(t.norm);
    if (!label && !/^(?:\.\s|\s[–-]\s|\s\(|\/)/.test(t.post)) return null;
    if (!placeTier(t.text) && !/^[A-ZÄÖÜ]{3,}$/.test(t.text)) return null;
    return claim(k, [place(t.text, t.start, t.end, 0.9, 'de-plc-dateline')]);
  },
};

/** Gazetteer name, longest match first: countries, regions and big cities stand alone, towns need a locative. */
export const gazetteerPlace: TokenRule<PlaceAt> = {
  name: 'de-plc-gaz',
  at({ doc, s, k, found, maxWords }): TokenMatch | null {
    const toks = doc.tokens;
    const t = toks[k]!;
    for (let w = Math.min(maxWords, s.to - k); w >= 1; w--) {
      const last = toks[k + w - 1]!;
      if (w > 1 && !toks.slice(k, k + w).every((x) => x.cap || /^(?:am|an|der|im|in|ob|bei|upon|on)$/.test(x.text)))
        continue;
      const surface = doc.text.slice(t.start, last.end);
      let name = surface;
      let tier = placeTier(surface);
      // genitive: "Bayerns", "Niedersachsens", "des Schwarzwaldes", "des Harzes"
      if (!tier && w === 1 && /s$/.test(surface)) {
        for (const base of [surface.slice(0, -1), ...(/es$/.test(surface) ? [surface.slice(0, -2)] : [])]) {
          const bt = placeTier(base);
          if (bt === 'region' || bt === 'country' || bt === 'big') {
            tier = bt;
            name = base;
            break;
          }
        }
      }
      if (!tier) continue;
      const prev = toks[k - 1];
      // a stop after a visit verb ("besuchte sie Talheim") is no homograph either: the tagger does not veto it
      const stop =
        tier !== 'country' &&
        tier !== 'region' &&
        tier !== 'big' &&
        k > s.from &&
        !isTownCue(prev!) &&
        afterStopCue(toks, k, s.from);
      const locative = !!prev && k > s.from && (isTownCue(prev) || stop || isListAfterPlace(found, doc, k));
      // "des Essens" is the meal's genitive, "Bayerns" the state's
      const homograph =
        w === 1 && (DE_PLACE_HOMOGRAPHS.has(t.norm) || (tier !== 'region' && DE_PLACE_HOMOGRAPHS.has(fold(name))));
      const strong = tier === 'country' || tier === 'region' || tier === 'big';
      if (!((strong && !homograph) || (locative && !(homograph && tier !== 'big' && !strong)))) return null;
      if (beforeEnglishBody(toks, k + w - 1, s.to)) return null;
      if (homograph && !locative) return null;
      if (w === 1 && name === surface && afterPersonWord(doc, k, s.from)) return null;
      if (w === 1 && tier !== 'country' && tier !== 'region' && afterDeterminer(doc, k)) return null;
      // after a clock time the line names a stop: no homograph, so the tagger does not veto it
      const itinerary = prev?.norm === 'uhr' && k > s.from;
      const rule = itinerary ? 'de-plc-itinerary' : stop && !homograph ? 'de-plc-stop' : `de-plc-gaz-${tier}`;
      return claim(k + w - 1, [place(name, t.start, last.end, strong ? 0.8 : 0.65, rule)]);
    }
    return null;
  },
};

// A town takes no article or possessive of its own: "seinem Toyota", "einen Mercedes" are cars named like towns.
const DETERMINER =
  /^(?:der|die|das|des|dem|den|ein|eine|einen|einem|einer|eines|sein|seine|seinen|seinem|seiner|seines|ihr|ihre|ihren|ihrem|ihrer|ihres|dessen|deren|kein|keinen|keinem)$/;

/** True when a determiner of the same sentence stands right before the word at k. */
export function afterDeterminer(doc: Doc, k: number): boolean {
  const prev = doc.tokens[k - 1];
  return !!prev && prev.sent === doc.tokens[k]!.sent && DETERMINER.test(prev.norm);
}

/** "Ministerin Sachsen", "Jonas Friesland": a place word right after a title or a first name is a surname. */
function afterPersonWord(doc: Doc, k: number, from: number): boolean {
  const prev = doc.tokens[k - 1];
  if (!prev || k - 1 < from || prev.post !== ' ' || !prev.cap) return false;
  return isFirstName(prev.text) || !!germanTitle(prev.text);
}

// words (folded) after which a known town is the place, besides the locatives: routes ("über", "durch", "Richtung"),
// surroundings ("rund um", "nahe") and visit verbs ("besucht Talheim")
const TOWN_CUES = new Set(
  'ueber durch um richtung nahe gegenueber ab besucht besuchte besuchten besuchen bereist bereiste bereisten'.split(
    ' ',
  ),
);

/** A word after which a known town is the place ("in", "nach", "über", "besuchte", "10 Uhr:"). */
function isTownCue(t: Token): boolean {
  // an itinerary time: "10.30 Uhr: Talheim"
  if (t.norm === 'uhr') return /^:?\s$/.test(t.post);
  return DE_LOCATIVE.has(t.norm) || (TOWN_CUES.has(t.norm) && !t.post.trim());
}

// English name heads after a place name make the name a body's ("Talland Institute of Technology", "Ohio State …")
const ENGLISH_BODY =
  /^(?:Institute|University|College|School|Company|Corporation|Times|Post|Journal|State|Airlines|Bank|Group|Museum|Academy|Society|Association)$/;

/** True when an English body head follows the place at k ("California Institute …"). */
function beforeEnglishBody(toks: Token[], k: number, to: number): boolean {
  const next = toks[k + 1];
  return !!next && k + 1 < to && /^ $/.test(toks[k]!.post) && ENGLISH_BODY.test(next.text);
}

/** "in Talheim, Kleinfurt und auf Lindwerder": a list continuing after a place. */
function isListAfterPlace(found: readonly Candidate[], doc: Doc, k: number): boolean {
  const last = found[found.length - 1];
  const prev = doc.tokens[k - 1];
  if (!last || !prev) return false;
  if (prev.end === last.end && /^,\s/.test(prev.post)) return true;
  const p2 = doc.tokens[k - 2];
  return /^(?:und|sowie|oder)$/.test(prev.norm) && !!p2 && p2.end === last.end;
}
