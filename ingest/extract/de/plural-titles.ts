// Rule "de-plural-title": a plural title before coordinated names gives each of them the title in the singular
// ("die Bürgermeister Jonas Elberfeld und Greta Wendlandt", "Regierungsräte A, B und C").
import { personMentions, type WorkEntity } from '../core/entities.js';
import type { RoleProposal } from '../core/role-proposals.js';
import type { Doc } from '../core/types.js';
import { germanTitle } from './titles.js';

/** Singular of a plural German title ("Regierungsräte" → "Regierungsrat", "Direktorinnen" → "Direktorin"). */
export function singularTitle(word: string): string {
  if (/innen$/.test(word)) return word.replace(/nen$/, '');
  if (/glieder$/.test(word)) return word.replace(/er$/, '');
  if (/äte$/.test(word)) return word.replace(/äte$/, 'at');
  if (/(?:beauftragt|vorsitzend|abgeordnet|beigeordnet|bevollmächtigt)en$/.test(word)) return word.slice(0, -1);
  if (/(?:ent|ant|at|or|ekt)en$/.test(word)) return word.slice(0, -2);
  if (/(?:är|ar|or|ent|ant|ist|ekt|at)e$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Roles for persons listed after a plural title. */
export function germanPluralTitleRoles(doc: Doc, ents: WorkEntity[]): RoleProposal[] {
  const mentions = personMentions(ents);
  const out: RoleProposal[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const first = mentions[i]!;
    const before = /(\p{L}+\s+)?(\p{Lu}[\p{L}-]+)\s+$/u.exec(
      doc.text.slice(Math.max(0, first.start - 40), first.start),
    );
    if (!before || !germanTitle(singularTitle(before[2]!))) continue;
    // plural by its form ("Regierungsräte") or by its article ("die Bürgermeister"), never a feminine singular
    const word = before[2]!;
    const plural =
      singularTitle(word) !== word || (/^(?:die|den|beiden)\s+$/iu.test(before[1] ?? '') && !/in$/u.test(word));
    if (!plural) continue;
    // the list: names joined by ", " and a final "und"/"sowie"; parenthetical places after a name are allowed
    const list = [first];
    let j = i + 1;
    let closed = false;
    while (j < mentions.length && !closed) {
      const gap = doc.text.slice(list[list.length - 1]!.end, mentions[j]!.start);
      if (/^(?:\s*\([^()]{1,40}\)|\))?\s*,\s*$/u.test(gap)) list.push(mentions[j]!);
      else if (/^(?:\s*\([^()]{1,40}\)|\))?\s*(?:und|sowie)\s+$/u.test(gap)) {
        list.push(mentions[j]!);
        closed = true;
      } else break;
      j++;
    }
    if (list.length < 2 || !closed) continue;
    const title = singularTitle(word);
    for (const m of list) out.push({ person: m.e, role: { title, organisation: null, at: m.start, confidence: 0.7 } });
    i = j - 1;
  }
  return out;
}
