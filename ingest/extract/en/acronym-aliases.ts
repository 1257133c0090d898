// Rule en-org-acronym-alias: an acronym given right after a body's name ("Talbury Water Agency (TWA)", "…, known by
// its French acronym HUT") is an alias of that body, so its mentions elsewhere join the same entity.
import type { Candidate, Doc } from '../core/types.js';
import type { Proposal } from './proposals.js';

const ACRONYM = '([A-Z][A-Za-z&]{1,7})';
/** "Name (ACR)" */
const BRACKETED = new RegExp(`^\\s*\\(${ACRONYM}\\)`);
/** "Name, known as ACR", "Name, known by its French acronym ACR" */
const KNOWN_AS = new RegExp(
  `^,?\\s+(?:also\\s+)?known\\s+(?:by\\s+its\\s+(?:[\\p{L}-]+\\s+)?(?:acronym|abbreviation|initials)|as)\\s+(?:the\\s+)?${ACRONYM}\\b`,
  'u',
);

/** True when the acronym's letters are initials of the name's words, in order ("EPA" in "U.S. Environmental …"). */
function fitsInitials(acronym: string, name: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .map((w) =>
      w
        .replace(/^[^\p{L}]+/u, '')
        .charAt(0)
        .toLowerCase(),
    )
    .filter(Boolean);
  let i = 0;
  for (const ch of initials) if (ch === acronym[i]?.toLowerCase()) i++;
  return i === acronym.length;
}

/** The acronym a body is given right after its name, or null. */
function acronymAfter(doc: Doc, c: Candidate): string | null {
  const after = doc.text.slice(c.end, c.end + 80);
  const b = BRACKETED.exec(after);
  if (b && fitsInitials(b[1]!, c.name)) return b[1]!;
  const k = KNOWN_AS.exec(after);
  return k && /^[A-Z]{2,}/.test(k[1]!) ? k[1]! : null;
}

/** Alias proposals: the acronym a release gives right after a body's name is an alias of that body. */
export function acronymAliasProposals(doc: Doc, found: readonly Candidate[]): Proposal[] {
  const out: Proposal[] = [];
  for (const c of found) {
    const acr = c.type === 'Organisation' ? acronymAfter(doc, c) : null;
    if (acr && acr !== c.name) out.push({ kind: 'alias', target: c, alias: acr });
  }
  return out;
}
