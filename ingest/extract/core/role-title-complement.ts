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
  const ends: number[] = [];
  for (let i = s.text.indexOf(r.title); i >= 0; i = s.text.indexOf(r.title, i + 1))
    ends.push(s.start + i + r.title.length);
  let best: { e: WorkEntity; start: number } | undefined;
  for (const e of ents) {
    if (e.type !== 'Organisation') continue;
    for (const m of e.mentions) {
      const fits = ends.some(
        (end) => m.start >= end && m.start - end <= 16 && pack.titleOrgLink!.test(doc.text.slice(end, m.start)),
      );
      if (fits && (!best || m.start < best.start)) best = { e, start: m.start };
    }
  }
  return best?.e;
}
