// English place rules over capitalised runs: natural features, sites, the gazetteer (whole run, else its parts).
import { startsParagraph } from '../core/tokens.js';
import type { Doc, Sentence } from '../core/types.js';
import { isFirstName, placeTier } from '../gazetteer/index.js';
import { isCommonEnglish } from '../nlp/lexicon.js';
import { EN_LOCATIVE, EN_SITE_HEADS } from './lexicon.js';
import { isNameish, wholeName } from './organisation-rules.js';
import { candidateAt, propose, type Proposal, type RunRule } from './proposals.js';
import { isCalendarWord, isHead, isTitleWord, tier } from './words.js';

/** True when a gazetteer word of tier `t` at toks[i] counts as a place (big places anywhere, towns need a cue). */
export function placeOk(doc: Doc, i: number, t: string): boolean {
  const toks = doc.tokens;
  const tok = toks[i]!;
  // a month or weekday is a date even where a town shares its name ("in March")
  if (isCalendarWord(tok.norm)) return false;
  if (startsParagraph(doc, tok) && /^\s[–-]\s/.test(tok.post)) return true; // dateline
  const sentenceStart = doc.sentences[tok.sent]!.from === i;
  if (t === 'country' || t === 'region' || t === 'big') return !isCommonEnglish(tok.text) || !sentenceStart;
  const prev = toks[i - 1];
  const locative = !!prev && EN_LOCATIVE.has(prev.norm) && prev.sent === tok.sent;
  // English capitalisation is reliable: a mid-size town needs no cue unless it starts the sentence
  return locative || (t === 'mid' && !sentenceStart && !isCommonEnglish(tok.text));
}

/** Rule en-plc-the-site: "The Foundry", a site named only by its head keeps the article (on the raw run). */
export function theSite(doc: Doc, s: Sentence, ra: number, rb: number): Proposal | null {
  const toks = doc.tokens;
  if (!(rb === ra + 1 && toks[ra]!.norm === 'the' && ra !== s.from && EN_SITE_HEADS.has(toks[rb]!.norm))) return null;
  return propose(candidateAt(doc, 'Place', ra, rb, 0.6, 'en-plc-the-site'));
}

/** Rule en-plc-natural: "River X", "Lake X", "Mount X". */
export const naturalPlace: RunRule = {
  name: 'en-plc-natural',
  apply({ a, b, first }, { doc }) {
    if (!(/^(?:river|lake|loch|lough|mount|forest|isle)$/.test(first.norm) && b > a)) return null;
    return [propose(candidateAt(doc, 'Place', a, b, 0.7, 'en-plc-natural'))];
  },
};

// visit verbs that title case joins to the name after them ("Minister to Visit Harbour Island")
const HEADLINE_VERB = /^(?:visit|visits|tour|tours|opens|open|meets|welcomes|launches|unveils|returns|heads)$/;

/** Rule en-plc-site: a run ending in a site head ("… Castle", "… Shipyards"), without a title-case verb before it. */
export const sitePlace: RunRule = {
  name: 'en-plc-site',
  apply({ a, b, head }, { doc }) {
    if (!(EN_SITE_HEADS.has(head) && b > a)) return null;
    const from = b > a + 1 && HEADLINE_VERB.test(doc.tokens[a]!.norm) ? a + 1 : a;
    return [propose(candidateAt(doc, 'Place', from, b, 0.7, 'en-plc-site'))];
  },
};

/** Rule en-plc-gaz: the whole run is a gazetteer place (kept only where its tier allows). */
export const gazetteerRun: RunRule = {
  name: 'en-plc-gaz',
  apply(run, { doc }) {
    const whole = wholeName(doc, run);
    const wt = placeTier(whole);
    if (!wt) return null;
    return placeOk(doc, run.a, wt)
      ? [propose(candidateAt(doc, 'Place', run.a, run.b, 0.75, `en-plc-gaz-${wt}`, { name: whole }))]
      : [];
  },
};

/** Rule en-name-pair: "Owen Pryce" at a sentence start is a name-like pair, not the town of Pryce. */
export const namePair: RunRule = {
  name: 'en-name-pair',
  apply(run) {
    return run.b === run.a + 1 && isNameish(run) ? [] : null;
  },
};

/** Rule en-plc-gaz (parts): the longest gazetteer sub-spans, "North Yorkshire" before "Yorkshire". */
export const gazetteerParts: RunRule = {
  name: 'en-plc-gaz-parts',
  apply({ a, b }, { doc }) {
    const toks = doc.tokens;
    const out: Proposal[] = [];
    for (let i = a; i <= b; i++) {
      for (let w = Math.min(3, b - i + 1); w >= 1; w--) {
        const sub = doc.text.slice(toks[i]!.start, toks[i + w - 1]!.end).replace(/[’']s$/, '');
        const tt = tier(sub);
        if (!tt || !placeOk(doc, i, tt)) continue;
        // a saint's name is no place ("St Patrick's Day"; "St Albans" as a whole is in the gazetteer)
        if (i > a && /^(?:st|saint)$/.test(toks[i - 1]!.norm)) continue;
        // an ordinary word inside a longer name is no place ("App Store", "Bath Road Garage")
        if (w === 1 && b > a && isCommonEnglish(toks[i]!.text)) continue;
        out.push(propose(candidateAt(doc, 'Place', i, i + w - 1, 0.65, `en-plc-gaz-${tt}`, { name: sub })));
        i += w - 1;
        break;
      }
    }
    return out;
  },
};

/** Prepositions after which an unknown name is a place ("in Pentrefor", "near Aberwen"). */
const PLACE_LOCATIVE = new Set(['in', 'near', 'outside', 'around', 'across', 'throughout']);

// "at Talbourne, in Kerrow": after these a name that a place after it locates is a place too
const LOCATED_LOCATIVE = new Set(['at', 'to', 'from', 'visited']);

/** True when ", in X" (X capitalised) follows the token at b: the name before it is located in X. */
function locatedBy(doc: Doc, b: number): boolean {
  const toks = doc.tokens;
  const comma = toks[b]!;
  const inTok = toks[b + 1];
  const place = toks[b + 2];
  return (
    /^,\s$/.test(comma.post) && inTok?.norm === 'in' && inTok.post === ' ' && !!place?.cap && place.sent === comma.sent
  );
}

/** Rule en-plc-locative: one to three unknown capitalised words after "in/near/…" that no list knows are a place. */
export const locativePlace: RunRule = {
  name: 'en-plc-locative',
  apply(run, { doc }) {
    const { a, b, words, prev, next } = run;
    if (!prev || prev.cap || prev.sent !== run.first.sent || b - a > 2) return null;
    if (!PLACE_LOCATIVE.has(prev.norm) && !(LOCATED_LOCATIVE.has(prev.norm) && locatedBy(doc, b))) return null;
    if (!/^ $/.test(prev.post) || (next && next.cap && next.sent === run.last.sent)) return null;
    const unknown = words.every(
      (w) =>
        /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(w.text) &&
        !isCommonEnglish(w.text) &&
        !isFirstName(w.text) &&
        !isTitleWord(w) &&
        !isHead(w) &&
        !isCalendarWord(w.norm),
    );
    return unknown ? [propose(candidateAt(doc, 'Place', a, b, 0.55, 'en-plc-locative'))] : null;
  },
};
