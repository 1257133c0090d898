// Roles proposed by relation-stage rules (plural titles, …): added to persons before HOLDS_ROLE is stated.
import type { WorkEntity } from './entities.js';
import type { Doc, RoleCandidate } from './types.js';

/** A role a rule proposes for a person. */
export interface RoleProposal {
  person: WorkEntity;
  role: RoleCandidate;
}

/** A rule that proposes roles from the tokenised release and its entities. */
export type RoleRule = (doc: Doc, ents: WorkEntity[]) => RoleProposal[];

/** Adds proposed roles whose title the person does not already carry. */
export function applyRoleProposals(proposals: RoleProposal[], key: (title: string) => string | null): void {
  for (const { person, role } of proposals) {
    const k = key(role.title);
    if (person.roles.some((r) => key(r.title) === k)) continue;
    person.roles.push(role);
  }
}
