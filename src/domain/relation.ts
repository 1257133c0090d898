/** Relation types between entities (MENTIONED_IN is implied by mentions and stored by the stores). */
export const RELATION_TYPES = ['HOLDS_ROLE', 'VISITED', 'QUOTED_IN', 'PART_OF', 'LOCATED_IN'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Where a fact was stated: the sentence and its offsets in the release text. */
export interface Evidence {
  sentence: string;
  start: number;
  end: number;
}

/** A relation found in one release. `from`/`to` are entity ids from the same extraction. */
export interface ExtractedRelation {
  type: RelationType;
  from: string;
  /** Null for HOLDS_ROLE without a named organisation, and for QUOTED_IN (the release is the target). */
  to: string | null;
  /** HOLDS_ROLE: the title as written ("Landrätin"). */
  title?: string | undefined;
  /** VISITED / HOLDS_ROLE: ISO date when stated, else the release date. */
  date?: string | null | undefined;
  /** QUOTED_IN: the quotation without its marks. */
  quote?: string | undefined;
  evidence: Evidence;
  /** 0..1 */
  confidence: number;
}

/** A stored relation with its provenance. */
export interface Fact extends ExtractedRelation {
  /** Stable id: hash of release, type, ends and evidence offsets. */
  id: string;
  releaseId: string;
  releaseDate: string | null;
  releaseTitle: string;
}
