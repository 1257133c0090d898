// German entity rules as proposals: token rules tried in order at each position, and the proposal record.
import type { TitleRef } from '../core/pack.js';
import type { Candidate, Doc, RoleCandidate, Sentence } from '../core/types.js';

/** Where a token rule is tried: the release, the sentence and the token index. */
export interface At {
  doc: Doc;
  s: Sentence;
  k: number;
}

/** What a token rule proposes at one position: its candidates and the last token it consumed. */
export interface TokenMatch {
  candidates: Candidate[];
  last: number;
  titleRefs?: TitleRef[];
}

/** A named rule tried at a token; null means "not mine" and the next rule is tried. */
export interface TokenRule<C extends At> {
  name: string;
  at(c: C): TokenMatch | null;
}

/** A match with no candidate that still claims tokens k..last from the rules after it. */
export function claim(last: number, candidates: Candidate[] = []): TokenMatch {
  return { candidates, last };
}

/**
 * Tries the rules in order at every token; the first match wins and the scan goes on after its last token.
 * `context` returns null for tokens no rule of the family looks at.
 */
export function scanTokens<C extends At>(
  doc: Doc,
  rules: readonly TokenRule<C>[],
  context: (s: Sentence, k: number, found: readonly Candidate[]) => C | null,
): Candidate[] {
  return scanTokensWithRefs(doc, rules, context).candidates;
}

/** As scanTokens, also collecting the title references the rules propose. */
export function scanTokensWithRefs<C extends At>(
  doc: Doc,
  rules: readonly TokenRule<C>[],
  context: (s: Sentence, k: number, found: readonly Candidate[]) => C | null,
): { candidates: Candidate[]; titleRefs: TitleRef[] } {
  const found: Candidate[] = [];
  const titleRefs: TitleRef[] = [];
  for (const s of doc.sentences) {
    for (let k = s.from; k < s.to; k++) {
      const c = context(s, k, found);
      if (!c) continue;
      for (const rule of rules) {
        const m = rule.at(c);
        if (!m) continue;
        found.push(...m.candidates);
        titleRefs.push(...(m.titleRefs ?? []));
        k = Math.max(k, m.last);
        break;
      }
    }
  }
  return { candidates: found, titleRefs };
}

/** A role one rule proposes for a person an earlier rule found; the resolver attaches it. */
export interface RoleProposal {
  person: Candidate;
  role: RoleCandidate;
}

/** A new reading of an earlier rule's candidate ("Place X" is the district "Landkreis X"). */
export interface Revision {
  of: Candidate;
  by: Candidate;
}

/** Everything a German entity rule may propose. */
export interface Proposals {
  candidates?: Candidate[];
  titleRefs?: TitleRef[];
  roles?: RoleProposal[];
  revisions?: Revision[];
}

/** A named German entity rule: reads the release and the (resolved) candidates of the rules before it. */
export interface EntityRule {
  name: string;
  propose(doc: Doc, earlier: readonly Candidate[]): Proposals;
}

/**
 * The one resolver step: runs the rules in order; after each, its revisions and roles replace the candidates they
 * name by revised copies (roles appended in proposal order), so no rule edits another rule's output.
 */
export function runEntityRules(
  doc: Doc,
  rules: readonly EntityRule[],
): { candidates: Candidate[]; titleRefs: TitleRef[] } {
  const candidates: Candidate[] = [];
  const titleRefs: TitleRef[] = [];
  for (const rule of rules) {
    const p = rule.propose(doc, candidates);
    const revised = new Map<Candidate, Candidate>();
    const current = (c: Candidate): Candidate => revised.get(c) ?? c;
    for (const r of p.revisions ?? []) revised.set(r.of, r.by);
    for (const r of p.roles ?? []) {
      const c = current(r.person);
      revised.set(r.person, { ...c, roles: [...(c.roles ?? []), r.role] });
    }
    for (let i = 0; i < candidates.length; i++) candidates[i] = current(candidates[i]!);
    candidates.push(...(p.candidates ?? []));
    titleRefs.push(...(p.titleRefs ?? []));
  }
  return { candidates, titleRefs };
}
