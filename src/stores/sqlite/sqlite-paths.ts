import type { PathHop } from '../../ports/graph-store.js';
import type { RelationType } from '../../domain/relation.js';
import type { SqliteDatabase } from './open-database.js';

// Hubs (a state named in thousands of releases) would flood the search: keep the strongest co-mentions only.
const MAX_COMENTIONS = 200;
const MAX_VISITED = 50_000;
// Shortest paths collected before the best are chosen.
const MAX_CANDIDATES = 100;

/**
 * Shortest paths between two entities by breadth-first search over facts and co-mentions.
 * A direct fact is preferred over a co-mention between the same two entities.
 */
export function findPaths(db: SqliteDatabase, from: string, to: string, maxHops: number, first: number): PathHop[][] {
  if (from === to) return [];
  const factEdges = db.prepare(
    `SELECT id, type, from_id, to_id, release_id, sentence FROM facts
     WHERE (from_id = :id OR to_id = :id) AND to_id IS NOT NULL AND from_id != to_id`,
  );
  const coMentions = db.prepare(
    `SELECT b.entity_id AS other, MIN(b.release_id) AS release_id, COUNT(*) AS n
     FROM release_entities a JOIN release_entities b ON a.release_id = b.release_id
     WHERE a.entity_id = :id AND b.entity_id != :id
     GROUP BY b.entity_id ORDER BY n DESC LIMIT ${MAX_COMENTIONS}`,
  );
  const neighbours = (id: string): Map<string, PathHop> => {
    const edges = new Map<string, PathHop>();
    for (const row of factEdges.all({ id }) as {
      id: string;
      type: RelationType;
      from_id: string;
      to_id: string;
      release_id: string;
      sentence: string;
    }[]) {
      const other = row.from_id === id ? row.to_id : row.from_id;
      if (!edges.has(other)) {
        edges.set(other, {
          from: row.from_id,
          to: row.to_id,
          type: row.type,
          factId: row.id,
          releaseId: row.release_id,
          sentence: row.sentence,
        });
      }
    }
    for (const row of coMentions.all({ id }) as { other: string; release_id: string }[]) {
      if (!edges.has(row.other)) {
        edges.set(row.other, {
          from: id,
          to: row.other,
          type: 'MENTIONED_WITH',
          factId: null,
          releaseId: row.release_id,
          sentence: null,
        });
      }
    }
    return edges;
  };

  // parents: node -> edges that reach it at its BFS depth (several, for several shortest paths).
  const parents = new Map<string, { node: string; edge: PathHop }[]>([[from, []]]);
  let frontier = [from];
  for (let depth = 0; depth < maxHops && frontier.length > 0 && !parents.has(to); depth++) {
    const next = new Map<string, { node: string; edge: PathHop }[]>();
    for (const node of frontier) {
      for (const [other, edge] of neighbours(node)) {
        if (parents.has(other)) continue;
        const list = next.get(other) ?? [];
        list.push({ node, edge });
        next.set(other, list);
      }
    }
    for (const [node, list] of next) parents.set(node, list);
    if (parents.size > MAX_VISITED) break;
    frontier = [...next.keys()];
  }
  if (!parents.has(to)) return [];

  const paths: PathHop[][] = [];
  const walk = (node: string, suffix: PathHop[]): void => {
    if (paths.length >= MAX_CANDIDATES) return;
    if (node === from) {
      paths.push(suffix);
      return;
    }
    for (const { node: previous, edge } of parents.get(node) ?? []) walk(previous, [edge, ...suffix]);
  };
  walk(to, []);
  // Among equally short paths, those stated by facts tell more than co-mentions.
  const comentions = (path: PathHop[]): number => path.filter((hop) => hop.type === 'MENTIONED_WITH').length;
  return paths.sort((a, b) => comentions(a) - comentions(b)).slice(0, first);
}
