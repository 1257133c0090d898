// Rule "role-org-adjacent": a role without an organisation takes the organisation named right after the person
// ("Kai Lenz vom Heimatverein Talheim", "Kai Lenz (Heimatverein)", "Mary Holt of the Harbour Trust").
import type { WorkEntity } from './entities.js';
import type { LanguagePack } from './pack.js';
import type { Doc } from './types.js';

/** The organisation whose mention directly follows a person mention ending at `personEnd`, if any. */
export function adjacentOrg(
  doc: Doc,
  ents: WorkEntity[],
  personEnd: number,
  pack: LanguagePack,
): WorkEntity | undefined {
  let best: { e: WorkEntity; start: number } | undefined;
  for (const e of ents) {
    if (e.type !== 'Organisation') continue;
    for (const m of e.mentions) {
      if (m.start < personEnd || m.start - personEnd > 24) continue;
      if (!pack.roleOrgLink.test(doc.text.slice(personEnd, m.start))) continue;
      if (!best || m.start < best.start) best = { e, start: m.start };
    }
  }
  return best?.e;
}
