// Rule en-owned-by: "Brookend Farm, owned and run by Ann Tarrant" → a role for the person and, when the owned thing
// was read as a place, a retype to Organisation (a farm or business that has an owner). Both are proposals.
import type { Candidate, Doc } from '../core/types.js';
import type { Proposal } from './proposals.js';

/** Role and retype proposals for "X, owned/run/led/founded/managed by Y". */
export function ownedByProposals(doc: Doc, found: readonly Candidate[]): Proposal[] {
  const out: Proposal[] = [];
  for (const m of doc.text.matchAll(
    /,\s+(?:owned|run|led|founded|managed)(?:\s+and\s+(?:owned|run|led|managed))?\s+by\s+/g,
  )) {
    const at = m.index;
    const org = [...found].reverse().find((c) => c.end <= at && at - c.end < 3 && c.type !== 'Person');
    const after = at + m[0].length;
    const person = found.find((c) => c.type === 'Person' && c.start >= after && c.start - after < 3);
    if (!org || !person) continue;
    if (org.type === 'Place') out.push({ kind: 'retype', target: org, type: 'Organisation' });
    const title = /owned/.test(m[0]) ? 'owner' : /founded/.test(m[0]) ? 'founder' : 'manager';
    // the organisation's name and offset do not change with its type
    out.push({
      kind: 'role',
      target: person,
      role: { title, organisation: org.name, orgStart: org.start, confidence: 0.7 },
    });
  }
  return out;
}
