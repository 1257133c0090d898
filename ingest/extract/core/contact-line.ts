// Press contacts are persons of the release ("Pressekontakt: Greta Wendlandt | Tel. …", "Contact: Ann Rook (555)
// 123"), but the parser keeps the contact block out of the body text. The label and the name after it are read
// with the text, as one more paragraph at its end, so the person rules see them; phone numbers, addresses and the
// rest of the block stay out.
import type { Release } from '../../../src/domain/index.js';

/** A contact label, a colon and what follows it. */
const LABELLED =
  /(?:^|\s)((?:Presse|Medien)?[Kk]ontakt|Ansprechpartner(?:in)?|Ansprechperson|Pressesprecher(?:in)?|(?:Media |Press )?Contact)\s*:\s*([^|,;()\d\n@]+)/u;

/** The labelled name of each contact line, cut before the first number, bracket or separator. */
export function contactNameLines(contact: string | null | undefined): string[] {
  if (!contact) return [];
  const out: string[] = [];
  for (const line of contact.split('\n')) {
    const m = LABELLED.exec(line);
    if (!m) continue;
    // the name ends before a phone or mail word ("Greta Wendlandt Fon …", "Tel.", "E-Mail")
    const name = m[2]!.split(/\s+(?:Tel\.?|Telefon|Fon|Fax|E-Mail|Mail|Phone|Email|Mobil)\b/u)[0]!.trim();
    const words = name.split(/\s+/);
    if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w))) continue;
    out.push(`${m[1]}: ${name}.`);
  }
  return out.slice(0, 2);
}

/** The release with its contact names as a last paragraph of the text (unchanged when it has none). */
export function withContactNames(release: Release): Release {
  const lines = contactNameLines(release.contact);
  return lines.length === 0 ? release : { ...release, text: `${release.text}\n\n${lines.join('\n\n')}` };
}
