// English rules outside capitalised runs: quoted names after cue words, "X, owned by Y".
import type { Candidate, Doc } from '../core/types.js';

const QUOTED_CUE =
  /\b(?:paper|strategy|campaign|report|programme|program|initiative|plan|scheme|project|fund|award|festival|vision|motto|slogan|theme)\s*,?\s*$/i;

/** Extra candidates: ‘Coastline 2040’ after "strategy", roles from "owned and run by". */
export function englishExtras(doc: Doc, found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const text = doc.text;
  for (const m of text.matchAll(/[‘“"]([\p{Lu}\d][^‘’“”"\n]{1,60}?)[’”"]/gu)) {
    const inner = m[1]!;
    const words = inner.split(/\s+/);
    if (words.length > 6 || !words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|for|and|the|a|in)$/.test(w)))
      continue;
    const before = text.slice(Math.max(0, m.index! - 40), m.index!);
    if (!QUOTED_CUE.test(before)) continue;
    const start = m.index! + 1;
    out.push({
      type: 'Initiative',
      name: inner,
      start,
      end: start + inner.length,
      confidence: 0.7,
      rule: 'en-ini-quoted',
    });
  }
  // "Brookend Farm, owned and run by John Tarrant"
  for (const m of text.matchAll(
    /,\s+(?:owned|run|led|founded|managed)(?:\s+and\s+(?:owned|run|led|managed))?\s+by\s+/g,
  )) {
    const at = m.index!;
    const org = [...found].reverse().find((c) => c.end <= at && at - c.end < 3 && c.type !== 'Person');
    const after = at + m[0].length;
    const person = found.find((c) => c.type === 'Person' && c.start >= after && c.start - after < 3);
    if (!org || !person) continue;
    if (org.type === 'Place') org.type = 'Organisation'; // a farm or business that has an owner
    person.roles!.push({
      title: /owned/.test(m[0]) ? 'owner' : /founded/.test(m[0]) ? 'founder' : 'manager',
      organisation: org.name,
      orgStart: org.start,
      confidence: 0.7,
    });
  }
  return out;
}
