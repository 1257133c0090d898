/** Entity types the API knows. */
export const ENTITY_TYPES = ['Person', 'Organisation', 'Place', 'Initiative'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** An entity by id, name and type. */
export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

/** A release as lists show it. */
export interface ReleaseSummary {
  id: string;
  title: string;
  date: string | null;
  publisher: string | null;
  language: string;
  source: string;
}

/** Where a fact comes from. */
export interface Provenance {
  factId: string;
  sentence: string;
  confidence: number;
  release: { id: string; title: string; date: string | null };
}

/** A dated role of a person. */
export interface Role {
  title: string;
  date: string | null;
  person: EntityRef;
  organisation: EntityRef | null;
  provenance: Provenance;
}

/** A visit with its evidence. */
export interface Visit {
  date: string | null;
  visitor: EntityRef;
  target: EntityRef;
  provenance: Provenance;
}

/** A quote with its evidence. */
export interface Quote {
  text: string;
  provenance: Provenance;
}

/** A relation stated in a release. */
export interface Fact {
  id: string;
  type: string;
  from: EntityRef;
  to: EntityRef | null;
  title: string | null;
  date: string | null;
  quote: string | null;
  provenance: { sentence: string; confidence: number; start: number; end: number };
}

/** An entity ranked by what it shares with another. */
export interface EntityLink {
  entity: EntityRef;
  sharedReleases: number;
  sharedFacts: number;
}
