/** Connection settings of the Neo4j graph store, injected by the composition root. */
export interface Neo4jSettings {
  /** `bolt://`, `neo4j://`, `neo4j+s://` (Aura) …; the driver handles the scheme, TLS included. */
  uri: string;
  user: string;
  password: string;
  /** Database name; Neo4j Community has one user database, `neo4j`. */
  database: string;
  /** How long managed transactions retry transient failures (driver default 30 s). */
  maxRetryTimeMs?: number | undefined;
  /** Apply `schema/neo4j/*.cypher` when opening (default true; every statement is idempotent). */
  applySchema?: boolean | undefined;
}
