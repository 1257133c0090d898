// QUOTED_IN: quotations attributed to the person who speaks them.
import type { ExtractedRelation } from '../../../src/domain/index.js';
import { evidenceFor, type Located } from './located.js';
import type { LanguagePack } from './pack.js';
import { coordinatedBefore, coordinatedSpeakers } from './quote-coordination.js';
import { fullerSpeaker } from './quote-surname.js';
import { markedSpeaker, unmarkedSpeaker, type QuoteScene } from './quote-speakers.js';
import { findQuotes, findUnmarkedQuotes, isSpeech, type Quote } from './quotes.js';
import type { Doc } from './types.js';

/** QUOTED_IN once per quoted person: each quotation goes to the person mention (or pronoun) attributing it. */
export function quotations(doc: Doc, located: Located[], pack: LanguagePack): ExtractedRelation[] {
  const quotes = speechQuotes(doc, located, pack);
  const inQuote = (l: Located): boolean => quotes.some((q) => l.start >= q.start && l.end <= q.end);
  const speakers = located.filter((l) => l.entity.type === 'Person' && !inQuote(l));
  const scene: QuoteScene = { doc, pack, quotes, speakers, prev: null };
  const out: ExtractedRelation[] = [];
  for (const q of quotes) {
    const found = q.unmarked ? withConf(unmarkedSpeaker(scene, q), 0.85) : markedSpeaker(scene, q);
    if (!found) continue;
    const { who, conf } = found;
    scene.prev = { q, who };
    const ev = evidenceFor(doc, Math.min(q.outerStart, who.start), Math.max(q.outerEnd, who.end));
    const many =
      who.start >= q.outerEnd
        ? [who, ...coordinatedSpeakers(doc, who, speakers, pack)]
        : [who, ...coordinatedBefore(doc, who, speakers, pack)];
    for (const w of many.map((m) => fullerSpeaker(m, located))) {
      // once per person and release: the first quotation is the evidence
      if (out.some((r) => r.from === w.id)) continue;
      out.push({ type: 'QUOTED_IN', from: w.id, to: null, quote: q.text, evidence: ev, confidence: conf });
    }
  }
  return out;
}

function withConf(who: Located | undefined, conf: number): { who: Located; conf: number } | undefined {
  return who ? { who, conf } : undefined;
}

/** Spoken quotations (marked ones that are no quoted entity name, and unmarked "X said:" paragraphs), in order. */
function speechQuotes(doc: Doc, located: Located[], pack: LanguagePack): Quote[] {
  // a quoted entity name („Talheim hilft mit“, "Schule mit Herz") is no speech
  const isName = (q: Quote): boolean =>
    located.some(
      (l) =>
        l.entity.type !== 'Person' &&
        l.start >= q.start - 1 &&
        l.end <= q.end + 1 &&
        (l.end - l.start) * 2 >= q.end - q.start,
    );
  return [
    ...findQuotes(doc.text, true).filter((q) => isSpeech(q, pack.capitalisedNouns) && !isName(q)),
    ...findUnmarkedQuotes(doc.text, pack.quoteIntroducer),
  ].sort((a, b) => a.start - b.start);
}
