// Rule en-one-reading: a name the weak unknown-name guess read as an organisation keeps the reading a stronger rule
// gave the same name elsewhere in the release ("in Brackenvale" … "the people of Brackenvale" → both places).
import type { Candidate } from '../core/types.js';
import type { Proposal } from './proposals.js';

/** Rules whose organisation reading is only a guess from capitalisation. */
const WEAK_ORGANISATION = new Set(['en-org-unknown']);

/** Retype proposals for weak organisation guesses whose name another rule read as a place or person. */
export function oneReadingProposals(found: readonly Candidate[]): Proposal[] {
  const stronger = new Map<string, Candidate['type']>();
  for (const c of found)
    if ((c.type === 'Place' || c.type === 'Person') && !c.partial) stronger.set(c.name.toLowerCase(), c.type);
  const out: Proposal[] = [];
  for (const c of found) {
    const type =
      c.type === 'Organisation' && WEAK_ORGANISATION.has(c.rule) ? stronger.get(c.name.toLowerCase()) : undefined;
    if (type) out.push({ kind: 'retype', target: c, type });
  }
  return out;
}
