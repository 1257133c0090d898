import type { RelationType } from '../../domain/relation.js';
import type { PathHop } from '../../ports/graph-store.js';
import { MAX_COMENTIONS, shortestPaths } from '../shortest-paths.js';
import type { Neighbours } from '../shortest-paths.js';
import type { SqliteDatabase } from './open-database.js';

/** Shortest paths between two entities over facts and co-mentions in the embedded store. */
export function findPaths(
  db: SqliteDatabase,
  from: string,
  to: string,
  maxHops: number,
  first: number,
): Promise<PathHop[][]> {
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
  const load = async (ids: string[]): Promise<Map<string, Neighbours>> => {
    const result = new Map<string, Neighbours>();
    for (const id of ids) {
      const facts = (
        factEdges.all({ id }) as {
          id: string;
          type: RelationType;
          from_id: string;
          to_id: string;
          release_id: string;
          sentence: string;
        }[]
      ).map((row) => ({
        other: row.from_id === id ? row.to_id : row.from_id,
        from: row.from_id,
        to: row.to_id,
        type: row.type,
        factId: row.id,
        releaseId: row.release_id,
        sentence: row.sentence,
      }));
      const mentioned = (coMentions.all({ id }) as { other: string; release_id: string }[]).map((row) => ({
        other: row.other,
        releaseId: row.release_id,
      }));
      result.set(id, { facts, coMentions: mentioned });
    }
    return result;
  };
  return shortestPaths(load, from, to, maxHops, first);
}
