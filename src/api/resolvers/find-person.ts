import type { Entity } from '../../domain/entity.js';
import type { GraphStore } from '../../ports/graph-store.js';
import { ErrorCode, apiError } from '../errors.js';

/**
 * Finds a person by name as users type it: full name, surname, inflected alias, or with
 * leading titles ("Landrätin Kebschull", "Ministerpräsident Stephan Weil").
 */
export async function findPerson(graph: GraphStore, name: string): Promise<Entity> {
  const words = name.split(/\s+/).filter(Boolean);
  // Drop leading words one at a time: titles come before names in German and English.
  for (let from = 0; from < words.length; from++) {
    const [person] = await graph.findEntities({ name: words.slice(from).join(' '), type: 'Person', first: 1 });
    if (person) return person;
  }
  throw apiError(ErrorCode.NOT_FOUND, `no person named "${name}" in the stored releases`);
}
