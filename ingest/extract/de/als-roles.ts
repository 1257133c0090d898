// Rule "de-fronted-als-role": a sentence that opens with the role ("Als Vorsitzende des Heimatvereins Talheim
// begrüßte Greta Wendlandt die Gäste", "Als Sprecher für Verkehr der X-Fraktion wollte sich Lenz …") gives the role
// to the first person named after it in the sentence, also by surname alone.
import { personMentions, type WorkEntity } from '../core/entities.js';
import type { RoleProposal } from '../core/role-proposals.js';
import type { Doc } from '../core/types.js';
import { PAST } from './names.js';
import { appositionRoles } from './person-roles.js';
import { germanTitle, isTitleAdjective } from './titles.js';

/** Roles of sentences that open with "Als" + title. */
export function germanFrontedAlsRoles(doc: Doc, ents: WorkEntity[]): RoleProposal[] {
  const toks = doc.tokens;
  const mentions = personMentions(ents);
  const out: RoleProposal[] = [];
  for (const s of doc.sentences) {
    if (toks[s.from]?.norm !== 'als') continue;
    let k = s.from + 1;
    let past = false;
    while (k < s.to && isTitleAdjective(toks[k]!.text)) {
      if (PAST.test(toks[k]!.text)) past = true;
      k++;
    }
    if (k >= s.to || past || !germanTitle(toks[k]!.text)) continue;
    const roles = appositionRoles(doc, s.from + 1, s.to);
    const last = roles[roles.length - 1];
    if (!last) continue;
    // the person is the subject after the phrase and its verb ("… begrüßte Greta Wendlandt", "… wollte sich
    // Lenz"); a body named before the person is the subject instead ("Als Partner unterstützt die Talwerk GmbH …")
    const phraseEnd = toks[s.from + 1]!.start + last.title.length;
    const person = mentions.find((m) => m.start >= phraseEnd && m.end <= s.end);
    if (!person || person.start - phraseEnd > 100 || /[„“"»«]/.test(doc.text.slice(phraseEnd, person.start))) continue;
    const bodyFirst = ents.some(
      (e) => e.type === 'Organisation' && e.mentions.some((m) => m.start >= phraseEnd && m.end <= person.start),
    );
    if (bodyFirst) continue;
    for (const role of roles) out.push({ person: person.e, role: { ...role, at: person.start, confidence: 0.65 } });
  }
  return out;
}
