// Rule "de-contact-role": the label of a contact line is its person's role ("Pressekontakt: Greta Wendlandt",
// "Ansprechpartnerin: Greta Wendlandt"); the body is the publisher's, as for other staff titles. A relation-stage
// rule, so the person may come from any rule or the tagger.
import type { WorkEntity } from '../core/entities.js';
import type { RoleProposal } from '../core/role-proposals.js';
import type { Doc } from '../core/types.js';

/** Contact labels that state a role (folded). */
const CONTACT_LABEL = /^(?:presse|medien)?kontakt$|^ansprechpartner(?:in)?$|^ansprechperson$|^pressesprecher(?:in)?$/;

/** The label right before a person's mention, followed by a colon, as the person's role. */
export function germanContactRoles(doc: Doc, ents: WorkEntity[]): RoleProposal[] {
  const out: RoleProposal[] = [];
  for (const p of ents) {
    if (p.type !== 'Person' || p.roles.length > 0) continue;
    for (const m of p.mentions) {
      const k = doc.tokens.findIndex((t) => t.start === m.start);
      const label = k > 0 ? doc.tokens[k - 1] : undefined;
      if (!label || !CONTACT_LABEL.test(label.norm) || !/^:\s+$/.test(label.post)) continue;
      out.push({ person: p, role: { title: label.text, organisation: null, at: m.start, confidence: 0.7 } });
      break;
    }
  }
  return out;
}
