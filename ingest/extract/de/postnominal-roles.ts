// Rule "de-postnominal-role": a parliament membership written after the name ("Jonas Elberfeld, MdB",
// "Greta Wendlandt (MdL)") is a role in that parliament, with the parliament when the release names it.
import { nameKey } from '../../../src/domain/index.js';
import type { WorkEntity } from '../core/entities.js';
import type { RoleProposal } from '../core/role-proposals.js';
import type { Doc } from '../core/types.js';

/** Postnominal → the word a parliament's name contains (folded). */
const PARLIAMENT: Record<string, RegExp> = {
  MdB: /\bbundestag/,
  MdL: /\blandtag/,
  MdEP: /\beuropaeisch\p{L}* parlament/u,
  MdA: /\babgeordnetenhaus/,
  MdBB: /\bbuergerschaft/,
};

/** Roles from parliament postnominals after person mentions. */
export function germanPostnominalRoles(doc: Doc, ents: WorkEntity[]): RoleProposal[] {
  const out: RoleProposal[] = [];
  for (const p of ents) {
    if (p.type !== 'Person') continue;
    for (const m of p.mentions) {
      const after = /^\s*(?:,\s*|\(\s*)(MdB|MdL|MdEP|MdA|MdBB)\b/u.exec(doc.text.slice(m.end, m.end + 12));
      if (!after) continue;
      const title = after[1]!;
      const bodies = ents.filter((e) => e.type === 'Organisation' && PARLIAMENT[title]!.test(nameKey(e.name)));
      const org = bodies.length === 1 ? bodies[0]!.name : null;
      out.push({ person: p, role: { title, organisation: org, at: m.start, confidence: 0.75 } });
    }
  }
  return out;
}
