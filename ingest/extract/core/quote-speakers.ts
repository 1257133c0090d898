// The ordered speaker rules of a marked quotation: each proposes a speaker with its confidence, the first one wins.
import { backReferenceSpeaker } from './quote-back-reference.js';
import type { Located } from './located.js';
import type { LanguagePack } from './pack.js';
import { previousSentenceSpeaker } from './quote-context.js';
import { pronounSpeaker } from './quote-pronouns.js';
import type { Quote } from './quotes.js';
import { sentenceAt } from './tokens.js';
import type { Doc } from './types.js';

/** What a speaker rule sees: the release, the quotations in order and the persons who may speak. */
export interface QuoteScene {
  doc: Doc;
  pack: LanguagePack;
  quotes: Quote[];
  /** Person mentions outside quotations. */
  speakers: Located[];
  /** The previous attributed quotation and its speaker. */
  prev: { q: Quote; who: Located } | null;
}

/** A speaker rule: the person it attributes the quotation to, if any. */
type SpeakerRule = (scene: QuoteScene, q: Quote) => Located | undefined;

/**
 * After the quote: „…“, betont X / „…“, so der Landrat / "…," said X / „…“ (X, Bürgermeister) / „…“ – X — not a
 * new sentence about someone else.
 */
const speakerAfter: SpeakerRule = ({ doc, pack, quotes, speakers }, q) => {
  const afterEnd = sentenceAt(doc, q.outerEnd - 1)?.end ?? q.outerEnd;
  const nextQuote = quotes.find((o) => o.outerStart >= q.outerEnd);
  const limit = Math.min(afterEnd, nextQuote?.outerStart ?? Infinity);
  const endsSentence = /[.!?]\s*$/.test(q.text);
  return speakers.find((l) => {
    if (l.start < q.outerEnd || l.end > limit || l.start - q.outerEnd > 120) return false;
    const between = doc.text.slice(q.outerEnd, l.start);
    if (/[.!?]/.test(between.replace(pack.dottedAbbreviation, ''))) return false;
    // "„…“, sagte sie zu Landrat X" / "…,” she told Mr X": the pronoun speaks, the person after it is spoken to
    if (between.split(/[^\p{L}]+/u).some((w) => pack.pronouns.has(w.toLowerCase()))) return false;
    return (
      !endsSentence ||
      /^\s*[,;–—(-]/.test(between) ||
      doc.tokens.some((t) => t.start >= q.outerEnd && t.end <= l.start && pack.isSpeechCue(t))
    );
  });
};

/**
 * Before the quote in its sentence, after any earlier quotation: X: „…“ / mit den Worten „…“; the last person that
 * is no prepositional object ("A sagte zum Abschied von B: „…“" is A's), else the last person.
 */
const speakerBefore: SpeakerRule = ({ doc, pack, quotes, speakers }, q) => {
  const bStart = sentenceAt(doc, q.outerStart)?.start ?? 0;
  const prevQuoteEnd = [...quotes].reverse().find((o) => o.outerEnd <= q.outerStart)?.outerEnd ?? 0;
  const from = Math.max(bStart, prevQuoteEnd);
  const near = [...speakers].reverse().filter((l) => l.start >= from && l.end <= q.outerStart);
  const object = (l: Located): boolean => pack.speakerObject?.test(doc.text.slice(from, l.start)) ?? false;
  return subjectFirst(doc, pack, from, near) ?? near.find((l) => !object(l)) ?? near[0];
};

/**
 * The person opening the intro (after at most a title) when a speech verb follows it before the next person:
 * "Landrätin A dankte B und C: „…“" is A's.
 */
function subjectFirst(doc: Doc, pack: LanguagePack, from: number, near: Located[]): Located | undefined {
  const first = near[near.length - 1];
  const next = [...near].reverse().find((l) => first && l.start >= first.end && l.id !== first.id);
  if (!first || !next) return undefined;
  if (!/^\s*(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u.test(doc.text.slice(from, first.start))) return undefined;
  const cue = doc.tokens.some((t) => t.start >= first.end && t.end <= next.start && pack.isSpeechCue(t));
  return cue ? first : undefined;
}

/** "X added:" ending the paragraph before the quotation. */
const introLine: SpeakerRule = ({ doc, speakers }, q) => {
  const pre = doc.text.slice(0, q.outerStart).trimEnd();
  const intro = pre.endsWith(':') ? sentenceAt(doc, pre.length - 1) : undefined;
  return intro ? [...speakers].reverse().find((l) => l.start >= intro.start && l.end <= pre.length) : undefined;
};

/** Continuation of the previous speaker's quote, when nobody else is named in between. */
const previousQuote: SpeakerRule = ({ speakers, prev }, q) => {
  if (!prev || q.outerStart - prev.q.outerEnd >= 250) return undefined;
  if (speakers.some((l) => l.start >= prev.q.outerEnd && l.end <= q.outerStart)) return undefined;
  return prev.who;
};

/** The speaker rules of a marked quotation in order, with the confidence each gives. */
const SPEAKER_RULES: readonly [SpeakerRule, number][] = [
  [speakerAfter, 0.85],
  [({ doc, pack, speakers }, q) => backReferenceSpeaker(doc, q, speakers, pack), 0.8],
  [({ doc, pack, speakers }, q) => pronounSpeaker(doc, q, speakers, pack), 0.75],
  [speakerBefore, 0.8],
  [introLine, 0.8],
  [({ doc, speakers }, q) => previousSentenceSpeaker(doc, q, speakers), 0.6],
  [previousQuote, 0.7],
];

/** The speaker of a marked quotation by the first rule that names one. */
export function markedSpeaker(scene: QuoteScene, q: Quote): { who: Located; conf: number } | undefined {
  for (const [rule, conf] of SPEAKER_RULES) {
    const who = rule(scene, q);
    if (who) return { who, conf };
  }
  return undefined;
}

/** The speaker of an unmarked paragraph: the last person of the "X said:" line that introduces it. */
export function unmarkedSpeaker({ doc, speakers }: QuoteScene, q: Quote): Located | undefined {
  const intro = sentenceAt(doc, Math.max(0, q.start - 3)) ?? sentenceAt(doc, q.outerStart - 4);
  const introStart = intro?.start ?? Math.max(0, q.start - 200);
  return [...speakers].reverse().find((l) => l.start >= introStart && l.end <= q.start);
}
