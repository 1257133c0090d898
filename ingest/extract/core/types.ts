import type { EntityType, Language, Release } from '../../../src/domain/index.js';

/** One word of the release text (hyphen-joined compounds are one token). */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Punctuation/whitespace directly before the word. */
  pre: string;
  /** Punctuation/whitespace directly after the word. */
  post: string;
  /** Folded lower-case form (see fold()). */
  norm: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Index in the document token array. */
  i: number;
  /** Index of the sentence it belongs to. */
  sent: number;
  /** Lexicon tags given by the language plugin (e.g. DeTitle). */
  tags: ReadonlySet<string>;
}

/** A sentence with its tokens. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of its first token and one past its last token. */
  from: number;
  to: number;
}

/** Tokenised release: the unit every rule works on. */
export interface Doc {
  release: Release;
  language: Language;
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

/** A role found next to a person mention. */
export interface RoleCandidate {
  title: string;
  /** Organisation as written (resolved to an entity later). */
  organisation: string | null;
  /** Span of the organisation mention, if any. */
  orgStart?: number | undefined;
  /** Past or honorary role: kept on the entity, no HOLDS_ROLE. */
  past?: boolean | undefined;
  /** Span of the role phrase in the text: its places and organisations are not visited. */
  span?: [number, number] | undefined;
  /** Offset of the person mention that carries the role (for evidence). */
  at?: number | undefined;
  confidence: number;
}

/** A candidate entity mention produced by a rule. */
export interface Candidate {
  type: EntityType;
  /** Canonical (nominative) name for this mention. */
  name: string;
  start: number;
  end: number;
  confidence: number;
  rule: string;
  roles?: RoleCandidate[];
  /** Extra surface forms known to refer to the same entity ("Landes Talland"). */
  aliases?: string[];
  /** Persons: true when only the surname (or a single name) was seen. */
  partial?: boolean;
  /** A reference by title only ("der Landrat"): resolved by coreference. */
  titleRef?: string;
}
