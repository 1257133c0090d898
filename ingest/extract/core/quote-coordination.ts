// Rule "quote-coordination": a quotation spoken by coordinated persons („…“, erklärten Landrat A und
// Bürgermeisterin B / "…," said A and B / A und B halten fest: „…“) is a quotation of each of them.
import type { Located } from './located.js';
import type { LanguagePack } from './pack.js';
import { sentenceAt } from './tokens.js';
import type { Doc } from './types.js';

/** The persons coordinated with the speaker right after its mention. */
export function coordinatedSpeakers(doc: Doc, who: Located, speakers: Located[], pack: LanguagePack): Located[] {
  const out: Located[] = [];
  let last = who;
  for (const l of speakers) {
    if (l.start < last.end || l.id === who.id) continue;
    const between = doc.text.slice(last.end, l.start);
    if (!pack.speakerJoin.test(between) || /[.!?;:]/.test(between)) break;
    out.push(l);
    last = l;
  }
  return out;
}

/**
 * The persons coordinated with the speaker right before its mention, when the speaker closes a run that only
 * coordinated persons open ("A und B: „…“"), so that "A dankte B und C: „…“" adds nobody (A is no part of the run).
 */
export function coordinatedBefore(doc: Doc, who: Located, speakers: Located[], pack: LanguagePack): Located[] {
  const out: Located[] = [];
  let first = who;
  for (const l of [...speakers].reverse()) {
    if (l.end > first.start || l.id === who.id) continue;
    const between = doc.text.slice(l.end, first.start);
    if (!pack.speakerJoin.test(between) || /[.!?;:]/.test(between)) break;
    out.push(l);
    first = l;
  }
  // somebody else earlier in the sentence ("A dankte B und C") makes the run an object, not the speakers
  const from = sentenceAt(doc, who.start)?.start ?? 0;
  return speakers.some((l) => l.start >= from && l.end <= first.start) ? [] : out;
}
