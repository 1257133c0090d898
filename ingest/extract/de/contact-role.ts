// Rule "de-per-contact-role": the label of a contact line is its person's role ("Pressekontakt: Greta Wendlandt",
// "Ansprechpartnerin: Greta Wendlandt"); the body is the publisher's, as for other staff titles.
import type { EntityRule, RoleProposal } from './scan.js';

/** Contact labels that state a role (folded). */
const CONTACT_LABEL = /^(?:presse|medien)?kontakt$|^ansprechpartner(?:in)?$|^ansprechperson$|^pressesprecher(?:in)?$/;

/** The label before a person's name, followed by a colon, as the person's role. */
export const contactRole: EntityRule = {
  name: 'de-per-contact-role',
  propose(doc, earlier) {
    const roles: RoleProposal[] = [];
    for (const p of earlier) {
      if (p.type !== 'Person') continue;
      const k = doc.tokens.findIndex((t) => t.start === p.start);
      const label = doc.tokens[k - 1];
      if (k < 1 || !label || !CONTACT_LABEL.test(label.norm) || !/^:\s+$/.test(label.post)) continue;
      if ((p.roles ?? []).length > 0) continue;
      roles.push({ person: p, role: { title: label.text, organisation: null, at: p.start, confidence: 0.7 } });
    }
    return { roles };
  },
};
