import type { Entity, EntityType } from '../../domain/entity.js';
import type { GraphReader } from '../../ports/graph-store.js';
import { idOrName } from '../arguments.js';
import { ErrorCode, apiError } from '../errors.js';

/** Candidates listed with an AMBIGUOUS error; more are counted, not listed. */
const MAX_CANDIDATES = 10;

/**
 * Finds the one entity a name means (full name, surname, inflected alias, leading titles dropped; see
 * src/graph/name-lookup.ts). NOT_FOUND when nothing matches; AMBIGUOUS, with the candidates in
 * `extensions.candidates`, when several entities fit equally well.
 */
export async function findByName(
  graph: Pick<GraphReader, 'lookupName' | 'getEntity'>,
  name: string,
  type: EntityType | undefined,
): Promise<Entity> {
  const found = await graph.lookupName(name, type);
  const what = type ? type.toLowerCase() : 'entity';
  if (found.kind === 'found') return found.entity;
  if (found.kind === 'ambiguous') {
    const candidates = found.candidates.slice(0, MAX_CANDIDATES).map(({ id, name, type }) => ({ id, name, type }));
    throw apiError(
      ErrorCode.AMBIGUOUS,
      `"${name}" fits ${found.candidates.length} ${what} entries; ask again by id or with the full name`,
      { candidates, candidateCount: found.candidates.length },
    );
  }
  throw apiError(ErrorCode.NOT_FOUND, `no ${what} named "${name}" in the stored releases`);
}

/** An entity by id (following merges) or by name, of an expected type. */
export async function lookupEntity(
  graph: Pick<GraphReader, 'lookupName' | 'getEntity'>,
  args: { id?: string | null; name?: string | null },
  type: EntityType | undefined,
): Promise<Entity> {
  const key = idOrName(args);
  if ('name' in key) return findByName(graph, key.name, type);
  const entity = await graph.getEntity(key.id);
  if (!entity || (type && entity.type !== type)) {
    throw apiError(ErrorCode.NOT_FOUND, `no ${type ? type.toLowerCase() : 'entity'} with id "${key.id}"`);
  }
  return entity;
}
