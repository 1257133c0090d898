import type { Entity, EntityType } from '../../domain/entity.js';
import type { GraphStore } from '../../ports/graph-store.js';
import { idOrName } from '../arguments.js';
import { ErrorCode, apiError } from '../errors.js';

/**
 * Finds an entity by name as users type it: full name, surname, inflected alias, or with leading
 * titles ("Landrätin Kebschull", "Ministerpräsident Stephan Weil").
 */
export async function findByName(graph: GraphStore, name: string, type: EntityType | undefined): Promise<Entity> {
  const words = name.split(/\s+/).filter(Boolean);
  // Drop leading words one at a time: titles come before names in German and English.
  for (let from = 0; from < words.length; from++) {
    const [entity] = await graph.findEntities({ name: words.slice(from).join(' '), type, first: 1 });
    if (entity) return entity;
  }
  const what = type ? type.toLowerCase() : 'entity';
  throw apiError(ErrorCode.NOT_FOUND, `no ${what} named "${name}" in the stored releases`);
}

/** An entity by id (following merges) or by name, of an expected type. */
export async function lookupEntity(
  graph: GraphStore,
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
