// Where an English programme or event name starts when the capitalised run alone is too short: a possessive of an
// ordinary noun belongs to the name ("Queen's Award for Enterprise", "Children's Book Festival", "Farmers and
// Teachers' Water Symposium"), the possessive of a body, place or person does not ("Kelmor Council's Warm Homes Fund"
// is the council's fund), nor an office holder's ("the Minister's Budget Tour"); an ordinal before "Annual" belongs
// to an event's name ("12th Annual Rural Housing Conference").
import { isFirstName } from '../gazetteer/index.js';
import { isCommonEnglish } from '../nlp/lexicon.js';
import { EN_ORG_HEADS } from './lexicon.js';
import { isCalendarWord, isTitleWord, tier } from './words.js';
import type { Doc, Token } from '../core/types.js';

/** Lower-case words inside the possessor's run ("Farmers and Teachers'"). */
const INNER = /^(?:and|of|&)$/;
/** Possessors that date the name, not part of it ("Today's", "This Year's"). */
const TIME = /^(?:today|tonight|tomorrow|yesterday|year|week|month|weekend|season|summer|winter|spring|autumn)$/;
/** Royal titles whose possessive names an honour ("Queen's Award"); an office holder's is a person's ("the
 * Minister's Budget Tour" is the minister's tour). */
const ROYAL = /^(?:queen|king|sovereign|monarch|prince|princess)$/;
/** Longest possessor taken (in tokens). */
const MAX_POSSESSOR = 5;

/** True for a capitalised word of a possessor that belongs to a name: an ordinary noun, no body, place or person. */
function ordinaryWord(t: Token): boolean {
  const bare = t.text.replace(/[’'](?:s)?$/, '');
  const norm = bare.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+$/u.test(bare) || EN_ORG_HEADS.has(norm) || TIME.test(norm) || isCalendarWord(norm)) return false;
  return isCommonEnglish(bare) && !isFirstName(bare) && !tier(bare);
}

/** True when tokens i and i+1 are joined by one space only. */
const spaced = (toks: Token[], i: number): boolean => toks[i]!.post === ' ' && toks[i + 1]?.pre === '';

/** True for a possessive right before the next word: "Queen's", or a plural "Teachers’" (the mark after the word). */
const possessive = (toks: Token[], i: number): boolean =>
  (/[’']s$/.test(toks[i]!.text) && spaced(toks, i)) ||
  (/s$/.test(toks[i]!.text) && /^[’']\s$/.test(toks[i]!.post) && toks[i + 1]?.pre === '');

/** Capitalised words that open a sentence or a phrase but never a name ("The Queen's …"). */
const FUNCTION = /^(?:the|a|an|this|that|these|our|their|its|his|her|all|every|each|my|your)$/;

/** True for a word that may stand in a possessor before the possessive itself (not the sentence's first word). */
const possessorWord = (doc: Doc, i: number): boolean =>
  doc.tokens[i]!.cap &&
  !FUNCTION.test(doc.tokens[i]!.norm) &&
  ordinaryWord(doc.tokens[i]!) &&
  doc.sentences[doc.tokens[i]!.sent]!.from !== i;

/** First token of the possessor before token a ("Queen's" before "Award …"), or a when there is none. */
function possessorStart(doc: Doc, a: number): number {
  const toks = doc.tokens;
  const p = toks[a - 1];
  if (!p || p.sent !== toks[a]!.sent || !possessive(toks, a - 1)) return a;
  const owner = p.norm.replace(/["'’]s?$/, '');
  // a singular office holder is a person; a plural one is a group ("Teachers' Awards")
  const holder = /[’']s$/.test(p.text) && isTitleWord({ ...p, norm: owner }) && !ROYAL.test(owner);
  if (FUNCTION.test(owner) || !ordinaryWord(p) || holder) return a;
  let st = a - 1;
  // back over ordinary words, also joined by "and"/"of": "Annual Farming and Industry's"
  while (st - 1 >= 0 && a - st < MAX_POSSESSOR && toks[st - 1]!.sent === p.sent && spaced(toks, st - 1)) {
    if (INNER.test(toks[st - 1]!.norm) && st - 2 >= 0 && spaced(toks, st - 2) && possessorWord(doc, st - 2)) st -= 2;
    else if (possessorWord(doc, st - 1)) st--;
    else break;
  }
  // a possessor that is the end of a longer name is a body's ("Department of Transport's Better Roads Fund")
  const before = toks[st - 1];
  const longer = before && before.sent === p.sent && spaced(toks, st - 1) && (before.cap || INNER.test(before.norm));
  return longer && doc.sentences[p.sent]!.from !== st - 1 ? a : st;
}

/** An ordinal before "Annual" ("28th Annual …"): its token, or a when there is none. */
function ordinalStart(doc: Doc, a: number): number {
  const toks = doc.tokens;
  const o = toks[a - 1];
  return toks[a]!.norm === 'annual' &&
    o &&
    o.sent === toks[a]!.sent &&
    /^\d{1,3}(?:st|nd|rd|th)$/.test(o.text) &&
    spaced(toks, a - 1)
    ? a - 1
    : a;
}

/** First token of a programme or event name whose run starts at token a. */
export function initiativeStart(doc: Doc, a: number): number {
  return ordinalStart(doc, possessorStart(doc, a));
}
