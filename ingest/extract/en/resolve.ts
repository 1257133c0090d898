// The one step that applies role and retype proposals to the candidates other rules proposed.
import type { EntityType } from '../../../src/domain/index.js';
import type { Candidate, RoleCandidate } from '../core/types.js';
import type { Proposal } from './proposals.js';

/** The candidates with proposed roles and aliases appended (in proposal order), proposed types and names set; others unchanged. */
export function applyCandidateProposals(candidates: readonly Candidate[], proposals: readonly Proposal[]): Candidate[] {
  const roles = new Map<Candidate, RoleCandidate[]>();
  const types = new Map<Candidate, EntityType>();
  const names = new Map<Candidate, string>();
  const aliases = new Map<Candidate, string[]>();
  for (const p of proposals) {
    if (p.kind === 'role') roles.set(p.target, [...(roles.get(p.target) ?? []), p.role]);
    else if (p.kind === 'retype') types.set(p.target, p.type);
    else if (p.kind === 'rename') names.set(p.target, p.name);
    else if (p.kind === 'alias') aliases.set(p.target, [...(aliases.get(p.target) ?? []), p.alias]);
  }
  return candidates.map((c) => {
    const added = roles.get(c);
    const type = types.get(c);
    const name = names.get(c);
    const more = aliases.get(c);
    if (!added && !type && !name && !more) return c;
    const next: Candidate = { ...c, type: type ?? c.type, name: name ?? c.name };
    if (added) next.roles = [...(c.roles ?? []), ...added];
    if (more) next.aliases = [...(c.aliases ?? []), ...more];
    return next;
  });
}
