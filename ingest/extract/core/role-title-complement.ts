// Rule "role-title-complement": a role without organisation takes the organisation that completes its title where
// the title stands in the sentence ("als Vertreterin des Heimatvereins", "Chair of the Harbour Trust").
import type { WorkEntity } from './entities.js';
import type { LanguagePack } from './pack.js';
import { sentenceAt } from './tokens.js';
import type { Doc, RoleCandidate } from './types.js';

/** The organisation named right after the role's title in the sentence of its person mention, if any. */
export function titleComplementOrg(
  doc: Doc,
  ents: WorkEntity[],
  r: RoleCandidate,
  pack: LanguagePack,
): WorkEntity | undefined {
  const s = r.at === undefined ? undefined : sentenceAt(doc, r.at);
  if (!s || !r.title || !pack.titleOrgLink) return undefined;
  const link = pack.titleOrgLink;
  const starts: number[] = [];
  for (let i = s.text.indexOf(r.title); i >= 0; i = s.text.indexOf(r.title, i + 1)) starts.push(s.start + i);
  const ends = starts.map((st) => st + r.title.length);
  let best: { e: WorkEntity; start: number } | undefined;
  for (const e of ents) {
    if (e.type !== 'Organisation') continue;
    for (const m of e.mentions) {
      const after = ends.some(
        (end) => m.start >= end && m.start - end <= 16 && link.test(doc.text.slice(end, m.start)),
      );
      // "Chief Executive of Eastbury Council": the organisation ends the title itself
      const inside = starts.some(
        (st, i) => m.start > st && m.end === ends[i] && linkEnds(doc.text.slice(st, m.start), link),
      );
      if ((after || inside) && (!best || m.start < best.start)) best = { e, start: m.start };
    }
  }
  return best?.e;
}

/** True when the text ends in a link word or two ("… of the ", "… des ") that the pack's link accepts. */
function linkEnds(text: string, link: RegExp): boolean {
  const m = /(?:\s\S+)?\s\S+\s+$/u.exec(text);
  if (!m) return false;
  const two = m[0];
  const one = /\s\S+\s+$/u.exec(two)![0];
  return link.test(two) || link.test(one);
}
