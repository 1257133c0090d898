// QUOTED_IN: quotations attributed to the person who speaks them.
import type { ExtractedRelation } from '../../../src/domain/index.js';
import { evidenceFor, type Located } from './located.js';
import type { LanguagePack } from './pack.js';
import { coordinatedSpeakers } from './quote-coordination.js';
import { previousSentenceSpeaker } from './quote-context.js';
import { pronounSpeaker } from './quote-pronouns.js';
import { findQuotes, findUnmarkedQuotes, isSpeech, type Quote } from './quotes.js';
import { sentenceAt } from './tokens.js';
import type { Doc } from './types.js';

/** QUOTED_IN once per quoted person: each quotation goes to the person mention (or pronoun) attributing it. */
export function quotations(doc: Doc, located: Located[], pack: LanguagePack, introducer: RegExp): ExtractedRelation[] {
  // a quoted entity name („Talheim hilft mit“, "Schule mit Herz") is no speech
  const isName = (q: Quote): boolean =>
    located.some(
      (l) =>
        l.entity.type !== 'Person' &&
        l.start >= q.start - 1 &&
        l.end <= q.end + 1 &&
        (l.end - l.start) * 2 >= q.end - q.start,
    );
  const quotes = [
    ...findQuotes(doc.text).filter((q) => isSpeech(q, pack.capitalisedNouns) && !isName(q)),
    ...findUnmarkedQuotes(doc.text, introducer),
  ].sort((a, b) => a.start - b.start);
  const persons = located.filter((l) => l.entity.type === 'Person');
  const inQuote = (l: Located): boolean => quotes.some((q) => l.start >= q.start && l.end <= q.end);
  const speakers = persons.filter((l) => !inQuote(l));
  const out: ExtractedRelation[] = [];
  let prev: { q: Quote; who: Located } | null = null;
  for (const q of quotes) {
    let who: Located | undefined;
    let conf = 0.85;
    if (q.unmarked) {
      const intro = sentenceAt(doc, Math.max(0, q.start - 3)) ?? sentenceAt(doc, q.outerStart - 4);
      const introStart = intro?.start ?? Math.max(0, q.start - 200);
      who = [...speakers].reverse().find((l) => l.start >= introStart && l.end <= q.start);
    } else {
      const after = sentenceAt(doc, q.outerEnd - 1);
      const afterEnd = after?.end ?? q.outerEnd;
      const nextQuote = quotes.find((o) => o.outerStart >= q.outerEnd);
      const limit = Math.min(afterEnd, nextQuote?.outerStart ?? Infinity);
      // after the quote: „…“, betont X / „…“, so der Landrat / "…," said X — not a new sentence about someone else
      const endsSentence = /[.!?]\s*$/.test(q.text);
      who = speakers.find((l) => {
        if (l.start < q.outerEnd || l.end > limit || l.start - q.outerEnd > 120) return false;
        const between = doc.text.slice(q.outerEnd, l.start);
        if (/[.!?]/.test(between.replace(/\b(?:Dr|Prof|St|Mr|Mrs|Ms)\./g, ''))) return false;
        return (
          !endsSentence ||
          /^\s*[,;–-]/.test(between) ||
          doc.tokens.some((t) => t.start >= q.outerEnd && t.end <= l.start && pack.isSpeechCue(t))
        );
      });
      if (!who) {
        who = pronounSpeaker(doc, q, speakers, pack);
        conf = 0.75;
      }
      if (!who) {
        const before = sentenceAt(doc, q.outerStart);
        const bStart = before?.start ?? 0;
        const prevQuoteEnd = [...quotes].reverse().find((o) => o.outerEnd <= q.outerStart)?.outerEnd ?? 0;
        who = [...speakers].reverse().find((l) => l.start >= Math.max(bStart, prevQuoteEnd) && l.end <= q.outerStart);
        conf = 0.8;
      }
      if (!who) {
        // "X added:" ending the paragraph before the quotation
        const pre = doc.text.slice(0, q.outerStart).trimEnd();
        const intro = pre.endsWith(':') ? sentenceAt(doc, pre.length - 1) : undefined;
        if (intro) who = [...speakers].reverse().find((l) => l.start >= intro.start && l.end <= pre.length);
      }
      if (!who) {
        who = previousSentenceSpeaker(doc, q, speakers);
        conf = 0.6;
      }
      if (
        !who &&
        prev &&
        q.outerStart - prev.q.outerEnd < 250 &&
        !speakers.some((l) => l.start >= prev!.q.outerEnd && l.end <= q.outerStart)
      ) {
        who = prev.who; // continuation of the previous speaker's quote
        conf = 0.7;
      }
    }
    if (!who) continue;
    prev = { q, who };
    const ev = evidenceFor(doc, Math.min(q.outerStart, who.start), Math.max(q.outerEnd, who.end));
    const many = who.start >= q.outerEnd ? [who, ...coordinatedSpeakers(doc, who, speakers)] : [who];
    for (const w of many) {
      // once per person and release: the first quotation is the evidence
      if (out.some((r) => r.from === w.id)) continue;
      out.push({ type: 'QUOTED_IN', from: w.id, to: null, quote: q.text, evidence: ev, confidence: conf });
    }
  }
  return out;
}
