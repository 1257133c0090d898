// Rule "de-predicative-role": a role stated as the predicate after the name ("Jonas Elberfeld ist Vorsitzender des
// Sportvereins Kleinfurt", "Anna Berg ist seit 2020 Leiterin der Musikschule") is a role; core/role-title-complement.ts
// gives it the organisation of the genitive complement.
import type { WorkEntity } from '../core/entities.js';
import type { RoleProposal } from '../core/role-proposals.js';
import type { Doc } from '../core/types.js';
import { germanTitle, isTitleAdjective } from './titles.js';

/** Name, copula, optional time or "auch"/"neuer", optional article, then the title word and what follows. */
const PREDICATE =
  /^\s+(ist|war|bleibt|wurde|wird)\s+(?:(?:seit|bereits|schon|auch|nun|jetzt)\s+(?:\d{4}\s+|\p{Ll}+\s+)?)?(?:(?:der|die)\s+)?(?:(?:neue|neuer|langjährige|langjähriger)\s+)?(\p{Lu}[\p{L}-]*)(?:\s+(\p{Lu}[\p{L}-]*))?/u;

/** Roles stated as predicates of a person mention. */
export function germanPredicativeRoles(doc: Doc, ents: WorkEntity[]): RoleProposal[] {
  const out: RoleProposal[] = [];
  for (const p of ents) {
    if (p.type !== 'Person') continue;
    for (const m of p.mentions) {
      const pred = PREDICATE.exec(doc.text.slice(m.end, m.end + 90));
      if (!pred) continue;
      const first = pred[2]!;
      const title = isTitleAdjective(first) && pred[3] && germanTitle(pred[3]) ? `${first} ${pred[3]}` : first;
      if (!germanTitle(title.split(' ').pop()!)) continue;
      // the organisation of the genitive complement is resolved by rule role-title-complement
      // "X war Bürgermeister": a past role, kept on the person without HOLDS_ROLE
      const past = pred[1] === 'war';
      out.push({ person: p, role: { title, organisation: null, at: m.start, past, confidence: 0.7 } });
    }
  }
  return out;
}
