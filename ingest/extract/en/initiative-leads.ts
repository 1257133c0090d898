// English initiative rules that do not rest on the run's last word: a programme family named by its first words
// ("Levelling Up Partnership for Kestwick"), and a name that an apposition calls a programme (", a scheme run by …").
import { EN_INITIATIVE_HEADS, EN_ORG_HEADS, EN_SITE_HEADS } from './lexicon.js';
import { isTitleWord, tier } from './words.js';
import { candidateAt, makeRun, propose, type RunRule } from './proposals.js';
import { titleLed } from './title-rules.js';

/** First words of public programme families: whatever head follows, the name is a programme. */
const PROGRAMME_LEAD = /^levelling up\b/;
/** Heads that the programme family may end in although they are organisation heads ("… Partnership"). */
const PROGRAMME_ORG_HEADS = new Set(['partnership', 'partnerships', 'network', 'networks']);
/** An apposition right after the name that calls it a programme (", a £5m scheme", ", the new initiative"). */
const PROGRAMME_APPOSITION =
  /^,\s+(?:a|an|the)\s+(?:[\p{L}£$€\d.-]+\s+){0,3}(?:programme|program|scheme|initiative|campaign|project|fund|festival|competition|pilot)\b/u;

/** Rule en-ini-lead: a run opened by the words of a programme family ("Levelling Up Fund", "… Partnerships"). */
export const initiativeLead: RunRule = {
  name: 'en-ini-lead',
  apply({ a, b, head }, { doc }) {
    if (b < a + 2 || (EN_ORG_HEADS.has(head) && !PROGRAMME_ORG_HEADS.has(head))) return null;
    const toks = doc.tokens;
    // the family may follow the place it serves ("Kestwick Levelling Up Partnership")
    const led = toks
      .slice(a, b - 1)
      .some((t, i) => PROGRAMME_LEAD.test(doc.text.slice(t.start, toks[a + i + 1]!.end).toLowerCase()));
    if (!led) return null;
    return [propose(candidateAt(doc, 'Initiative', a, b, 0.75, 'en-ini-lead'))];
  },
};

/** Rule en-ini-apposed: a multi-word name followed by an apposition calling it a programme ("X, a scheme …"). */
export const initiativeApposed: RunRule = {
  name: 'en-ini-apposed',
  apply({ a, b, last }, { doc }) {
    if (b <= a) return null;
    const after = doc.text.slice(last.end, last.end + 60);
    if (!PROGRAMME_APPOSITION.test(after)) return null;
    return [propose(candidateAt(doc, 'Initiative', a, b, 0.7, 'en-ini-apposed'))];
  },
};

/** Words before a name that make it the frame of an activity: "as part of the X", "under the X". */
const FRAME_BEFORE = /(?:\bas part of|\bunder)\s+(?:the|its|their|our|this year['’]s)\s+$/i;

/** Rule en-ini-frame: a multi-word name without a body or site head that frames an activity ("as part of the X"). */
export const initiativeFrame: RunRule = {
  name: 'en-ini-frame',
  apply({ a, b, head, first }, { doc }) {
    if (
      b <= a ||
      EN_ORG_HEADS.has(head) ||
      EN_SITE_HEADS.has(head) ||
      tier(doc.text.slice(first.start, doc.tokens[b]!.end))
    )
      return null;
    if (!FRAME_BEFORE.test(doc.text.slice(Math.max(0, first.start - 40), first.start))) return null;
    return [propose(candidateAt(doc, 'Initiative', a, b, 0.6, 'en-ini-frame'))];
  },
};

/**
 * Rule en-ini-title-of: a title "of the" a programme or event ("Patrons of the Northvale Tidy Awards", "Chair of
 * the Kelbridge Book Festival"): the programme after "of the" is classified on its own, and the title rule reads
 * the whole run as before.
 */
export const initiativeAfterTitle: RunRule = {
  name: 'en-ini-title-of',
  apply(run, ctx) {
    const toks = ctx.doc.tokens;
    const { a, b, head } = run;
    if (!EN_INITIATIVE_HEADS.has(head) || EN_ORG_HEADS.has(head)) return null;
    for (let i = a + 1; i < b - 1; i++) {
      if (toks[i]!.norm !== 'of' || !isTitleWord(toks[i - 1]!)) continue;
      const j = toks[i + 1]!.norm === 'the' ? i + 2 : i + 1;
      if (j >= b) return null;
      return [{ kind: 'run', a: j, b }, ...(titleLed.apply(makeRun(ctx.doc, a, i - 1), ctx) ?? [])];
    }
    return null;
  },
};
