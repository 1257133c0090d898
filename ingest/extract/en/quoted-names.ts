// Rule en-ini-quoted: a quoted capitalised name after a programme cue word (strategy ‘Coastline 2040’).
import type { Candidate, Doc } from '../core/types.js';

// the cue may be followed by a naming word: "a scheme called ‘…’"
const QUOTED_CUE =
  /\b(?:paper|strategy|campaign|report|programme|program|initiative|plan|scheme|project|fund|award|festival|vision|motto|slogan|theme|competition|challenge|exhibition|series|pledge|charter)\s*,?\s*(?:(?:called|named|dubbed|known as|titled|branded)\s*,?\s*)?$/i;

/** Initiatives named in quotes after a cue word. */
export function quotedInitiatives(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const text = doc.text;
  for (const m of text.matchAll(/[‘“"]([\p{Lu}\d][^‘’“”"\n]{1,60}?)[’”"]/gu)) {
    const inner = m[1]!;
    const words = inner.split(/\s+/);
    if (
      words.length > 6 ||
      !words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|for|and|the|a|in|to|on|at|with|our|your|by|&)$/.test(w))
    )
      continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (!QUOTED_CUE.test(before)) continue;
    const start = m.index + 1;
    out.push({
      type: 'Initiative',
      name: inner,
      start,
      end: start + inner.length,
      confidence: 0.7,
      rule: 'en-ini-quoted',
    });
  }
  return out;
}
