// English initiative rules over capitalised runs: programme heads ("… Fund", "… Awards 2024"), a lower-case cue after
// the run ("Year of Rail campaign"), and a programme named for a place split from the place.
import { candidateAt, propose, type RunRule } from './proposals.js';
import { EN_INITIATIVE_HEADS, EN_ORG_HEADS, EN_SITE_HEADS } from './lexicon.js';
import { tier } from './words.js';

/** Lower-case words after a name that make it a campaign, scheme or event. */
const LOWER_INITIATIVE =
  /^(?:campaign|programme|program|scheme|fund|initiative|project|strategy|awards?|festival|challenge|pilots?|plan|tour)$/;

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
    const headThenYear = /^\d{4}$/.test(last.text) && b > a && EN_INITIATIVE_HEADS.has(toks[b - 1]!.norm);
    if (!(EN_INITIATIVE_HEADS.has(head) || headThenPlace || headThenYear)) return null;
    return b > a ? [propose(candidateAt(doc, 'Initiative', a, b, 0.75, 'en-ini-head'))] : [];
  },
};

/** Rule en-ini-cue: a lower-case cue right after the run ("Year of Rail campaign"). */
export const initiativeCue: RunRule = {
  name: 'en-ini-cue',
  apply({ a, b, last, next }, { doc }) {
    if (!(
      next &&
      next.sent === last.sent &&
      !next.cap &&
      LOWER_INITIATIVE.test(next.norm) &&
      !/[,;:.]/.test(last.post)
    ))
      return null;
    return [propose(candidateAt(doc, 'Initiative', a, b, 0.65, 'en-ini-cue'))];
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
        return [propose(candidateAt(doc, 'Initiative', a, b, 0.65, 'en-ini-head-of'))];
    return null;
  },
};
