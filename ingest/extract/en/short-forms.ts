// Rule en-org-short-form: "Kelmor Foods" and "Kelmor Foods UK" in one release are one body; the short mentions are
// proposed the long name (the resolver renames them, the surface form stays an alias). Likewise "University of
// Orlby" and "Orlby University".
import type { Candidate } from '../core/types.js';
import { placeTier } from '../gazetteer/index.js';
import { englishTag } from '../nlp/lexicon.js';
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
  return [...out, ...academicOrderProposals(found), ...leaderGovernmentProposals(found)];
}

/** Heads written before ("University of Orlby") or after ("Orlby University") the place they are named after. */
const ACADEMIC = /^(?:(University|College) of (?:the )?(.+)|(.+) (University|College))$/;

/** The key both orders of an academic name share ("university|orlby"), or null for other names. */
export function academicKey(name: string): string | null {
  const m = ACADEMIC.exec(name);
  return m ? `${(m[1] ?? m[4])!.toLowerCase()}|${(m[2] ?? m[3])!.toLowerCase()}` : null;
}

/** "Orlby University" after "University of Orlby" in one release is the same body: renamed to the first form seen. */
function academicOrderProposals(found: readonly Candidate[]): Proposal[] {
  const first = new Map<string, string>();
  const out: Proposal[] = [];
  for (const c of found) {
    const key = c.type === 'Organisation' ? academicKey(c.name) : null;
    if (!key) continue;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, c.name);
    else if (seen !== c.name) out.push({ kind: 'rename', target: c, name: seen });
  }
  return out;
}

const GOVERNMENT = /^(?:the )?(\S+) Government$/;

/** True for a word that names a country's or region's government ("Australian", "Scottish", "Welsh", "UK"). */
function isTerritoryWord(word: string): boolean {
  return (
    englishTag(word) === 'Demonym' || !!placeTier(word) || /^(?:UK|US|U\.S\.|British|Federal|National)$/.test(word)
  );
}

/** "the Quenby Government" beside "the Scottish Government": a government named by its leader is the one
 * government of the release named by its territory (renamed to it when there is exactly one). */
function leaderGovernmentProposals(found: readonly Candidate[]): Proposal[] {
  const byTerritory = new Set<string>();
  const byLeader: Candidate[] = [];
  for (const c of found) {
    const m = c.type === 'Organisation' ? GOVERNMENT.exec(c.name) : null;
    if (!m) continue;
    if (isTerritoryWord(m[1]!)) byTerritory.add(c.name);
    else if (/^\p{Lu}\p{Ll}+$/u.test(m[1]!)) byLeader.push(c);
  }
  if (byTerritory.size !== 1) return [];
  const name = [...byTerritory][0]!;
  return byLeader.map((c) => ({ kind: 'rename', target: c, name }));
}
