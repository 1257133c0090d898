// Rule "de-predicative-role": a role stated as the predicate after the name ("Jonas Elberfeld ist Vorsitzender des
// Sportvereins Kleinfurt", "Anna Berg ist seit 2020 Leiterin der Musikschule") is a role, with the organisation of
// the genitive complement when the release names it there.
import type { WorkEntity } from '../core/entities.js';
import type { RoleProposal } from '../core/role-proposals.js';
import type { Doc } from '../core/types.js';
import { germanTitle, isTitleAdjective } from './titles.js';

/** Name, copula, optional time or "auch"/"neuer", optional article, then the title word and what follows. */
const PREDICATE =
  /^\s+(?:ist|war|bleibt|wurde|wird)\s+(?:(?:seit|bereits|schon|auch|nun|jetzt)\s+(?:\d{4}\s+|\p{Ll}+\s+)?)?(?:(?:der|die)\s+)?(?:(?:neue|neuer|langjährige|langjähriger)\s+)?(\p{Lu}[\p{L}-]*)(?:\s+(\p{Lu}[\p{L}-]*))?/u;

/** Roles stated as predicates of a person mention. */
export function germanPredicativeRoles(doc: Doc, ents: WorkEntity[]): RoleProposal[] {
  const out: RoleProposal[] = [];
  for (const p of ents) {
    if (p.type !== 'Person') continue;
    for (const m of p.mentions) {
      const pred = PREDICATE.exec(doc.text.slice(m.end, m.end + 90));
      if (!pred) continue;
      const first = pred[1]!;
      const title = isTitleAdjective(first) && pred[2] && germanTitle(pred[2]) ? `${first} ${pred[2]}` : first;
      if (!germanTitle(title.split(' ').pop()!)) continue;
      const titleEnd = m.end + pred.index + pred[0].length - (title === first && pred[2] ? pred[2].length + 1 : 0);
      const org = complementOrg(doc, ents, titleEnd);
      out.push({ person: p, role: { title, organisation: org?.name ?? null, at: m.start, confidence: 0.7 } });
    }
  }
  return out;
}

/** The organisation mention in the genitive complement right after the title ("des Sportvereins X"). */
function complementOrg(doc: Doc, ents: WorkEntity[], titleEnd: number): WorkEntity | undefined {
  const link = /^\s+(?:des|der|vom|von der|im|in der|beim|bei der)\s+$/u;
  return ents.find(
    (e) =>
      e.type === 'Organisation' &&
      e.mentions.some(
        (mm) => mm.start > titleEnd && mm.start - titleEnd <= 14 && link.test(doc.text.slice(titleEnd, mm.start)),
      ),
  );
}
