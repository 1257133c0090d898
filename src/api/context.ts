import DataLoader from 'dataloader';
import type { Entity } from '../domain/entity.js';
import type { GraphStore, ReleaseSummary } from '../ports/graph-store.js';
import type { Stores } from '../stores/stores.js';

/** Per-request batching loaders, so one query does not fan out into one store call per field. */
export interface Loaders {
  entity: DataLoader<string, Entity | null>;
  releaseSummary: DataLoader<string, ReleaseSummary | null>;
}

/** What every resolver receives. */
export interface ApiContext {
  stores: Stores;
  loaders: Loaders;
}

/** A fresh context for one request. */
export function createContext(stores: Stores): ApiContext {
  return { stores, loaders: createLoaders(stores.graph) };
}

function createLoaders(graph: GraphStore): Loaders {
  return {
    entity: new DataLoader(async (ids) => byId(ids, await graph.getEntities([...ids]))),
    releaseSummary: new DataLoader(async (ids) => byId(ids, await graph.getReleaseSummaries([...ids]))),
  };
}

function byId<T extends { id: string }>(ids: readonly string[], items: T[]): (T | null)[] {
  const map = new Map(items.map((item) => [item.id, item]));
  return ids.map((id) => map.get(id) ?? null);
}
