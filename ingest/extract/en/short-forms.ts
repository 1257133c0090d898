// Rule en-org-short-form: "Kelmor Foods" and "Kelmor Foods UK" in one release are one body; the short mentions are
// proposed the long name (the resolver renames them, the surface form stays an alias).
import type { Candidate } from '../core/types.js';
import type { Proposal } from './proposals.js';

/** Trailing words that name a national arm or legal form of the same body. */
const ARM = /^(.+?)\s+(?:UK|GB|Ltd|Limited|plc|PLC|LLP|Inc)\.?$/;

/** Rename proposals for organisation mentions whose name plus an arm word is another organisation of the release. */
export function shortFormProposals(found: readonly Candidate[]): Proposal[] {
  const longBy = new Map<string, string>();
  for (const c of found) {
    const m = c.type === 'Organisation' ? ARM.exec(c.name) : null;
    if (m) longBy.set(m[1]!, c.name);
  }
  const out: Proposal[] = [];
  for (const c of found) {
    const long = c.type === 'Organisation' ? longBy.get(c.name) : undefined;
    if (long) out.push({ kind: 'rename', target: c, name: long });
  }
  return out;
}
