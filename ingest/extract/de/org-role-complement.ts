// Rule "de-org-role-complement": the organisation a title names before its holder ("Sprecherin der Polizeidirektion
// Talheim Greta Wendlandt sagte …", "Bürgermeisterin der Gemeinde Talheim Greta Wendlandt"). Without a comma the
// organisation rules read the holder's name as part of the body's name, or find nothing, so they are run once more
// on the complement alone, as if it ended the clause before the person.
import type { Candidate, Doc, RoleCandidate, Sentence } from '../core/types.js';
import { ORGANISATION_RULES } from './organisations.js';
import { orgAt } from './org-rule.js';
import type { EntityRule } from './scan.js';

/** Organisations of title complements that end right before their holder's name. */
export const roleComplementOrgs: EntityRule = {
  name: 'de-org-role-complement',
  propose(doc, earlier) {
    const candidates: Candidate[] = [];
    for (const p of earlier) {
      if (p.type !== 'Person') continue;
      for (const r of p.roles ?? []) {
        const c = complementBeforeHolder(doc, r, p, earlier);
        if (c && !candidates.some((x) => x.start === c.start)) candidates.push(c);
      }
    }
    return { candidates };
  },
};

/** The organisation that the complement of role r names, read up to person p, unless an earlier rule has it. */
function complementBeforeHolder(
  doc: Doc,
  r: RoleCandidate,
  p: Candidate,
  earlier: readonly Candidate[],
): Candidate | null {
  const start = r.orgStart;
  if (start === undefined || start < 0 || !r.organisation || start >= p.start || p.start - start > 120) return null;
  // a candidate inside the complement already names it; one that runs on into the person loses to the person
  if (earlier.some((o) => o.type !== 'Person' && o.start >= start && o.end <= p.start)) return null;
  const from = doc.tokens.findIndex((t) => t.start === start);
  const to = doc.tokens.findIndex((t) => t.start >= p.start);
  if (from < 0 || to <= from) return null;
  const clause: Sentence = {
    start,
    end: doc.tokens[to - 1]!.end,
    text: doc.text.slice(start, doc.tokens[to - 1]!.end),
    from,
    to,
  };
  for (const rule of ORGANISATION_RULES) {
    const m = rule.at(orgAt(doc, clause, from));
    if (!m) continue;
    const c = m.candidates.find((x) => x.start === start && x.end <= p.start);
    return c ? { ...c, confidence: Math.min(c.confidence, 0.8), rule: 'de-org-role-complement' } : null;
  }
  return null;
}
