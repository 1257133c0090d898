// English organisation rules over capitalised runs: known bodies and parties, organisation heads, unknown names.
import { isAcronym } from '../core/tokens.js';
import type { Doc } from '../core/types.js';
import { isFirstName } from '../gazetteer/index.js';
import { isCommonEnglish } from '../nlp/lexicon.js';
import { EN_ORG_HEADS, EN_ORG_NAMES, EN_PARTIES } from './lexicon.js';
import { candidateAt, propose, type Run, type RunRule } from './proposals.js';
import { isTitleWord, tier } from './words.js';
import { isSchoolKind } from './generic-names.js';

/** First words that make an organisation ("University of …", "Bank of …"). */
const ORG_PREFIX = new Set(['university', 'department', 'ministry', 'bank', 'college']);
/** Lower-case words before a name that introduce a body ("the company Harrow Forge"). */
const ORG_INTRO =
  /^(?:company|firm|business|charity|organisation|organization|manufacturer|group|retailer|developer|provider|operator|supplier|producer|specialist|employer|brand|startup|start-up)$/;

/** The run's text without a possessive "’s". */
export function wholeName(doc: Doc, { first, last }: Run): string {
  return doc.text.slice(first.start, last.end).replace(/[’']s$/, '');
}

/** True when every word of the run looks like part of a name (capitalised, not a common word or first name). */
export function isNameish({ words }: Run): boolean {
  return words.every(
    (w) => /^\p{Lu}/u.test(w.text) && (isAcronym(w) || (!isCommonEnglish(w.text) && !isFirstName(w.text))),
  );
}

/** Rule en-org-known: a body or party of the word lists. */
export const knownOrganisation: RunRule = {
  name: 'en-org-known',
  apply(run, { doc }) {
    const whole = wholeName(doc, run);
    const { a, b, first } = run;
    if (!(
      EN_ORG_NAMES.has(whole) ||
      EN_PARTIES.includes(whole) ||
      (a === b && isAcronym(first) && EN_ORG_NAMES.has(first.text))
    ))
      return null;
    return [propose(candidateAt(doc, 'Organisation', a, b, 0.8, 'en-org-known'))];
  },
};

/** Rule en-chief-title: "… Chief Executive" left over from a title run names nothing. */
export const chiefTitle: RunRule = {
  name: 'en-chief-title',
  apply({ a, b, last }, { doc }) {
    return b > a && /^(?:chief|deputy|vice)$/.test(doc.tokens[b - 1]!.norm) && isTitleWord(last) ? [] : null;
  },
};

/** Rule en-org-head: an organisation head at the end ("… Council"), before "of" ("Department of …"), or an intro word. */
export const organisationHead: RunRule = {
  name: 'en-org-head',
  apply(run, { doc }) {
    const { a, b, words, first, head, prev } = run;
    const ofIdx = words.findIndex((w) => w.norm === 'of' || w.norm === 'for');
    const intro = !!prev && ORG_INTRO.test(prev.norm) && !prev.cap;
    if (!(
      EN_ORG_HEADS.has(head) ||
      (ORG_PREFIX.has(first.norm) && b > a) ||
      (ofIdx > 0 && EN_ORG_HEADS.has(words[ofIdx - 1]!.norm)) ||
      intro
    ))
      return null;
    if (isSchoolKind(run.words)) return [];
    return b > a || intro ? [propose(candidateAt(doc, 'Organisation', a, b, intro ? 0.7 : 0.75, 'en-org-head'))] : [];
  },
};

/** Rule en-org-unknown: "Harrow Forge UK", an unknown multi-word name not at a sentence start is a (weak) organisation. */
export const unknownOrganisation: RunRule = {
  name: 'en-org-unknown',
  apply(run, { doc }) {
    const { a, b, words, first } = run;
    const unknownLead =
      !isCommonEnglish(first.text) &&
      !isFirstName(first.text) &&
      !tier(first.text) &&
      words.every((w) => /^\p{Lu}/u.test(w.text) && !isTitleWord(w));
    // "Kelmor Foods UK" names a firm even at a sentence start
    const armAtEnd =
      b > a && run.head === 'uk' && /^UK/.test(run.last.text) && !isCommonEnglish(first.text) && !tier(first.text);
    const placeInside = words.slice(0, -1).some((w) => tier(w.text) === 'country' || tier(w.text) === 'region');
    if (!(
      b > a &&
      (isNameish(run) || unknownLead) &&
      !placeInside &&
      (a !== doc.sentences[first.sent]!.from || armAtEnd)
    ))
      return null;
    return [propose(candidateAt(doc, 'Organisation', a, b, 0.45, 'en-org-unknown'))];
  },
};
