// English initiative rules over capitalised runs: programme heads ("… Fund", "… Awards 2024"), a lower-case cue after
// the run ("Year of Rail campaign"), and a programme named for a place split from the place.
import { candidateAt, propose, type RunRule } from './proposals.js';
import { EN_INITIATIVE_HEADS, EN_ORG_HEADS, EN_SITE_HEADS } from './lexicon.js';
import { isCalendarWord, tier } from './words.js';
import { initiativeStart } from './initiative-extent.js';
import type { Doc } from '../core/types.js';

/** Lower-case words after a name that make it a campaign, scheme or event. */
const LOWER_INITIATIVE =
  /^(?:campaign|programme|program|scheme|fund|initiative|project|strategy|awards?|festival|challenge|pilots?|plan|tour|competition|contest|prize|appeal|week|month|fortnight|roadshow|trail|grants?|bursary|pathfinder|funding|money|cash)$/;
/**
 * Heads of named laws and programme areas besides the shared list: "Online Safety Act 2023", "Renters' Rights Bill",
 * "Investment Zone", "Northvale Freeport", "Northvale Pathfinder". Only after another word of the run: a lone "Bill" is
 * a first name, a lone "Zone" an area.
 */
const MORE_HEADS = new Set(['act', 'bill', 'zone', 'zones', 'freeport', 'freeports', 'pathfinder', 'trailblazer']);
/** Lower-case words inside a programme name between two capitalised words ("Help to Buy", "Fit for Work"). */
const INNER_LOWER = /^(?:to|for|and|of|the|in|on|at|a)$/;

const isHead = (norm: string): boolean => EN_INITIATIVE_HEADS.has(norm) || MORE_HEADS.has(norm);
/** Honour heads that a plain metal, rank or class word before them does not make a name. */
const HONOUR_HEAD = /^(?:medal|medals|honours|decoration|decorations)$/;
const GENERIC_HONOUR =
  /^(?:gold|silver|bronze|platinum|olympic|paralympic|first|second|third|class|upper|lower|double|joint|military|war)$/;
/** Words that make "Honours" a programme name's head pair ("… Honours System", "New Year Honours List"). */
const HONOURS_END = /^(?:system|list)$/;

/** Sentence-initial words that never open a programme's name (articles, pronouns, prepositions, adverbs). */
const NOT_NAME_LEAD =
  /^(?:the|a|an|this|that|these|those|our|its|his|her|their|my|your|in|on|at|for|from|with|by|under|through|as|and|but|or|so|if|when|while|after|before|since|today|yesterday|now|last|next|each|every|all|some|both|also|more|new|local|national|many|most|such|there|here|it|we|they|he|she|i|funding|money|applications?|bids?)$/;

/** Start of the name: the run, or one word earlier when the sentence's first word was left out of the run. */
function withSentenceLead(doc: Doc, a: number): number {
  const p = doc.tokens[a - 1];
  if (!p || p.sent !== doc.tokens[a]!.sent || doc.sentences[p.sent]!.from !== a - 1) return a;
  const fits = p.cap && p.post === ' ' && /^\p{Lu}\p{Ll}+$/u.test(p.text) && !NOT_NAME_LEAD.test(p.norm);
  return fits && !isCalendarWord(p.norm) ? a - 1 : a;
}

/** First token of the name before a lower-case cue: the run, with "Help to" in front of "Buy" joined. */
function nameStart(doc: Doc, a: number): number {
  const toks = doc.tokens;
  let st = a;
  while (
    st >= 2 &&
    INNER_LOWER.test(toks[st - 1]!.text) &&
    toks[st - 2]!.cap &&
    toks[st - 2]!.sent === toks[st]!.sent &&
    toks[st - 2]!.post === ' ' &&
    toks[st - 1]!.post === ' ' &&
    st - 2 > toks.findIndex((t) => t.sent === toks[st]!.sent)
  )
    st -= 2;
  return st;
}

/** Rule en-ini-for-place: "UK Shared Prosperity Fund for Rhyl" is the programme and the place, classified apart. */
export const initiativeForPlace: RunRule = {
  name: 'en-ini-for-place',
  apply({ a, b, last }, { doc }) {
    const toks = doc.tokens;
    for (let i = a + 1; i < b - 1; i++) {
      if (
        EN_INITIATIVE_HEADS.has(toks[i]!.norm) &&
        /^(?:for|in)$/.test(toks[i + 1]!.norm) &&
        tier(doc.text.slice(toks[i + 2]!.start, last.end))
      )
        return [
          { kind: 'run', a, b: i },
          { kind: 'run', a: i + 2, b },
        ];
    }
    return null;
  },
};

/** Rule en-ini-head: a run ending in a programme head, a head + region/country, or a head + year. */
export const initiativeHead: RunRule = {
  name: 'en-ini-head',
  apply({ a, b, last, head }, { doc }) {
    const toks = doc.tokens;
    const headThenPlace =
      b > a + 1 &&
      EN_INITIATIVE_HEADS.has(toks[b - 1]!.norm) &&
      (tier(last.text) === 'region' || tier(last.text) === 'country');
    const headThenYear = /^\d{4}$/.test(last.text) && b > a && isHead(toks[b - 1]!.norm);
    const moreHead = MORE_HEADS.has(head) && b > a;
    const honours = b > a && HONOURS_END.test(head) && toks[b - 1]!.norm === 'honours';
    if (!(EN_INITIATIVE_HEADS.has(head) || headThenPlace || headThenYear || moreHead || honours)) return null;
    // "a Gold Medal", "First Class Honours": a kind of medal or degree, named by no one
    if (HONOUR_HEAD.test(head) && toks.slice(a, b).every((t) => GENERIC_HONOUR.test(t.norm))) return [];
    // "Shared Prosperity Fund money …": the sentence's first word opens the name
    const st = initiativeStart(doc, EN_INITIATIVE_HEADS.has(head) ? withSentenceLead(doc, a) : a);
    return b > st ? [propose(candidateAt(doc, 'Initiative', st, b, 0.75, 'en-ini-head'))] : [];
  },
};

/** Lower-case money words after a name: "Safer Lanes funding" is a programme's money, "Kelmor Council funding" is not. */
const MONEY_CUE = /^(?:funding|money|cash)$/;

/** True when a name before a money word is a programme: several words, no body or site head, no known place. */
function moneyFromProgramme(doc: Doc, a: number, b: number, head: string): boolean {
  const name = doc.text.slice(doc.tokens[a]!.start, doc.tokens[b]!.end);
  // a lottery's money comes from its operator, a body
  return b > a && !EN_ORG_HEADS.has(head) && !EN_SITE_HEADS.has(head) && head !== 'lottery' && !tier(name);
}

/** Rule en-ini-cue: a lower-case cue right after the run ("Year of Rail campaign"). */
export const initiativeCue: RunRule = {
  name: 'en-ini-cue',
  apply({ a, b, last, next, head }, { doc }) {
    if (next && MONEY_CUE.test(next.norm) && !next.cap && !moneyFromProgramme(doc, a, b, head)) return null;
    if (!(
      next &&
      next.sent === last.sent &&
      !next.cap &&
      LOWER_INITIATIVE.test(next.norm) &&
      !/[,;:.]/.test(last.post)
    ))
      return null;
    // the name with its cue is the same programme ("the Harbour Lane project"): kept as an alias
    const st = nameStart(doc, a);
    const withCue = `${doc.text.slice(doc.tokens[st]!.start, last.end)} ${next.text}`;
    return [
      propose(
        candidateAt(
          doc,
          'Initiative',
          st,
          b,
          0.65,
          'en-ini-cue',
          MONEY_CUE.test(next.norm) ? {} : { aliases: [withCue] },
        ),
      ),
    ];
  },
};

/** Rule en-ini-head-of: a programme head before "of"/"for" inside the run ("Year of Rail", "International Day of Forests"). */
export const initiativeHeadOf: RunRule = {
  name: 'en-ini-head-of',
  apply({ a, b, head }, { doc }) {
    const toks = doc.tokens;
    if (EN_ORG_HEADS.has(head) || EN_SITE_HEADS.has(head)) return null;
    for (let i = a; i <= b - 2; i++)
      if (EN_INITIATIVE_HEADS.has(toks[i]!.norm) && /^(?:of|for)$/.test(toks[i + 1]!.norm) && toks[i]!.cap)
        return [propose(candidateAt(doc, 'Initiative', initiativeStart(doc, a), b, 0.65, 'en-ini-head-of'))];
    return null;
  },
};
