// Rule "de-shared-apposition": coordinated names followed by one apposition for all of them ("Jens Kollmann und
// Petra Sommerfeld, beide Mitglieder des Kreistags,") give each of them the title in the singular.
import { personMentions, type WorkEntity } from '../core/entities.js';
import type { RoleProposal } from '../core/role-proposals.js';
import type { Doc } from '../core/types.js';
import { appositionRoles } from './person-roles.js';
import { singularTitle } from './plural-titles.js';
import { germanTitle } from './titles.js';

/** Roles of ", beide/alle/jeweils <Titel> …" after a list of names joined by commas and "und"/"sowie". */
export function germanSharedAppositionRoles(doc: Doc, ents: WorkEntity[]): RoleProposal[] {
  const toks = doc.tokens;
  const mentions = personMentions(ents);
  const out: RoleProposal[] = [];
  for (let i = 1; i < mentions.length; i++) {
    const last = mentions[i]!;
    const k = toks.findIndex((t) => t.end === last.end);
    const both = toks[k + 1];
    if (k < 0 || !/^,\s*$/.test(toks[k]!.post) || !both || !/^(?:beide|alle|jeweils)$/.test(both.norm)) continue;
    const tt = toks[k + 2];
    if (!tt || tt.sent !== toks[k]!.sent || !germanTitle(singularTitle(tt.text))) continue;
    // the list before: names joined by ", " and one final "und"/"sowie"
    const list = [last];
    for (let j = i - 1; j >= 0; j--) {
      const gap = doc.text.slice(mentions[j]!.end, list[0]!.start);
      if (!(list.length === 1 ? /^\s+(?:und|sowie)\s+$/ : /^,\s+$/).test(gap)) break;
      list.unshift(mentions[j]!);
    }
    if (list.length < 2) continue;
    const roles = appositionRoles(doc, k + 2, doc.sentences[tt.sent]!.to);
    for (const p of list)
      for (const r of roles) {
        const title = singularTitle(r.title.split(/\s+/)[0]!) + r.title.slice(r.title.split(/\s+/)[0]!.length);
        out.push({ person: p.e, role: { ...r, title, at: p.start, confidence: 0.7 } });
      }
  }
  return out;
}
