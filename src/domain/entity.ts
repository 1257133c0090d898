/** The four kinds of named things civicgraph tracks. */
export const ENTITY_TYPES = ['Person', 'Organisation', 'Place', 'Initiative'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A span of a release's `text`, as character offsets (UTF-16, end exclusive). */
export interface Span {
  start: number;
  end: number;
}

/** One occurrence of an entity in a release. */
export interface Mention extends Span {
  text: string;
}

/** A title or function a person holds, as stated in one release. */
export interface RoleStatement {
  title: string;
  /** Name of the organisation as written in the release, if stated or implied. */
  organisation: string | null;
}

/** An entity as found in one release, before it is stored. */
export interface ExtractedEntity {
  /** Stable id derived from type and canonical name (see `entityId`). */
  id: string;
  type: EntityType;
  /** Nominative, fullest form, without "Dr."/"Prof." */
  name: string;
  /** Other surface forms in the same release. */
  aliases: string[];
  mentions: Mention[];
  /** Persons only: every title the release gives them. */
  roles: RoleStatement[];
  /** 0..1 */
  confidence: number;
}

/** A stored, resolved entity (one node across all releases). */
export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** Number of releases that mention it. */
  releaseCount: number;
}
