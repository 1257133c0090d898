// Rule en-ini-quoted: a quoted capitalised name after a programme cue word (strategy ‘Coastline 2040’) or right
// before one (the ‘Clean Shores’ campaign, the "Ready to Work" scheme).
import type { Candidate, Doc } from '../core/types.js';

// the cue may be followed by a naming word: "a scheme called ‘…’"; what is launched or unveiled under a quoted
// name is a programme ("launched ‘Read with Us’")
const QUOTED_CUE =
  /\b(?:paper|strategy|campaign|report|programme|program|initiative|plan|scheme|project|fund|award|festival|vision|motto|slogan|theme|competition|challenge|exhibition|series|pledge|charter|launch|launched|launches|launching|unveil|unveiled|unveils|unveiling)\s*,?\s*(?:(?:called|named|dubbed|known as|titled|branded)\s*,?\s*)?$/i;

/** Cue words right after the closing mark that make the quotation a programme's name. */
const CUE_AFTER =
  /^\s*(?:campaign|programme|program|scheme|initiative|project|fund|award|awards|festival|competition|challenge|exhibition|series|pledge|charter|strategy|plan|pilot|partnership|network|week|day|month|trail|tour)\b/i;

/** Initiatives named in quotes after or right before a cue word. */
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
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (!QUOTED_CUE.test(before) && !CUE_AFTER.test(after)) continue;
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
