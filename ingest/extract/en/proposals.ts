// What English rules return: proposals (candidates, title references, roles and retypes for candidates found by
// other rules, sub-runs to classify) that one resolver step applies; no rule edits another rule's output.
import type { EntityType } from '../../../src/domain/index.js';
import type { TitleRef } from '../core/pack.js';
import type { Candidate, Doc, RoleCandidate, Token } from '../core/types.js';

/** The title run read last in the sentence ("Minister for Rural Affairs," before "Carys Lloyd said"). */
export interface LastTitle {
  /** Index of the title run's last token. */
  b: number;
  title: string;
}

/** One proposal of a rule, applied in order by the recogniser. */
export type Proposal =
  | { kind: 'candidate'; candidate: Candidate }
  | { kind: 'title-ref'; ref: TitleRef; last?: LastTitle }
  | { kind: 'role'; target: Candidate; role: RoleCandidate }
  | { kind: 'retype'; target: Candidate; type: EntityType }
  | { kind: 'rename'; target: Candidate; name: string }
  | { kind: 'alias'; target: Candidate; alias: string }
  | { kind: 'run'; a: number; b: number }
  | { kind: 'consumed'; upTo: number };

/** A capitalised run toks[a..b] (inclusive) with its neighbours. */
export interface Run {
  a: number;
  b: number;
  words: Token[];
  first: Token;
  last: Token;
  next: Token | undefined;
  prev: Token | undefined;
  /** The last word's folded form without a possessive ("Council’s" → "council"): the head word. */
  head: string;
}

/** What a run rule may read: the document, the candidates proposed so far, the last title run. */
export interface RunContext {
  doc: Doc;
  found: readonly Candidate[];
  lastTitle: LastTitle | null;
}

/** A named rule over one capitalised run: its proposals, or null when the run is not its kind. */
export interface RunRule {
  name: string;
  apply(run: Run, ctx: RunContext): Proposal[] | null;
}

/** The run toks[a..b] with its first, last and neighbouring tokens. */
export function makeRun(doc: Doc, a: number, b: number): Run {
  const words = doc.tokens.slice(a, b + 1);
  return {
    a,
    b,
    words,
    first: words[0]!,
    last: words[words.length - 1]!,
    next: doc.tokens[b + 1],
    prev: doc.tokens[a - 1],
    head: words[words.length - 1]!.norm.replace(/["'’]s$/, ''),
  };
}

/** A candidate over toks[a..b]; a possessive "’s" is not part of the name. */
export function candidateAt(
  doc: Doc,
  type: Candidate['type'],
  a: number,
  b: number,
  confidence: number,
  rule: string,
  extra: Partial<Candidate> = {},
): Candidate {
  const start = doc.tokens[a]!.start;
  let end = doc.tokens[b]!.end;
  let name = doc.text.slice(start, end);
  if (/[’']s$/.test(name)) {
    end -= 2;
    name = name.slice(0, -2);
  }
  return { type, start, end, confidence, rule, ...extra, name: extra.name ?? name };
}

/** The proposal of a candidate. */
export const propose = (candidate: Candidate): Proposal => ({ kind: 'candidate', candidate });
