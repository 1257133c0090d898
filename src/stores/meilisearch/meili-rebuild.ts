import type { EnqueuedTaskPromise, IndexSwap, Settings } from 'meilisearch';
import type { SearchDocument, SearchEntity } from '../../ports/search-index.js';
import type { MeiliEntityDocument, MeiliReleaseDocument } from './meili-document.js';
import { toMeiliDocument, toMeiliEntity } from './meili-document.js';
import { awaitTask, isNotFound } from './meili-errors.js';
import type { MeiliIndexKind } from './meili-settings.js';
import { loadSettings, PRIMARY_KEYS } from './meili-settings.js';

/** The part of the Meilisearch client a rebuild uses. */
export interface RebuildClient {
  createIndex(uid: string, options: { primaryKey: string }): EnqueuedTaskPromise;
  deleteIndex(uid: string): EnqueuedTaskPromise;
  swapIndexes(swaps: IndexSwap[]): EnqueuedTaskPromise;
  index(uid: string): {
    updateSettings(settings: Settings): EnqueuedTaskPromise;
    addDocuments(documents: MeiliReleaseDocument[] | MeiliEntityDocument[]): EnqueuedTaskPromise;
  };
}

/** Where a rebuild writes and how. */
export interface RebuildTarget {
  /** The live index uids readers use. */
  uids: Record<MeiliIndexKind, string>;
  batchSize: number;
  taskTimeoutMs: number;
}

const KINDS: readonly MeiliIndexKind[] = ['releases', 'entities'];

/** The uid a rebuild fills before it is swapped in: the live uid with a suffix. */
export function rebuildUid(liveUid: string): string {
  return `${liveUid}_rebuild`;
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * Builds both indexes from scratch under temporary uids, swaps them in with one swap task and
 * deletes what was swapped out. Readers keep the old indexes, untouched, until the swap, which
 * exchanges both pairs at once; a failure before it deletes the half-built indexes and leaves the
 * live ones as they were. Releases in the live indexes but not in `batches` are gone afterwards.
 * Writes to the live indexes while a rebuild runs are lost by the swap. Returns the releases indexed.
 */
export async function rebuildMeiliIndexes(
  client: RebuildClient,
  target: RebuildTarget,
  batches: AsyncIterable<SearchDocument[]>,
  onProgress?: (done: number) => void,
): Promise<number> {
  const { uids, taskTimeoutMs } = target;
  const fresh = { releases: rebuildUid(uids.releases), entities: rebuildUid(uids.entities) };
  const dropFresh = async () => {
    for (const kind of KINDS) {
      // A missing index is fine, whether the server says so at once (404) or in the task.
      await awaitTask(client.deleteIndex(fresh[kind]), `delete index ${fresh[kind]}`, taskTimeoutMs, [
        'index_not_found',
      ]).catch((error: unknown) => {
        if (!isNotFound(error)) throw error;
      });
    }
  };
  // An interrupted rebuild leaves its half-built indexes behind: start from nothing.
  await dropFresh();
  try {
    for (const kind of KINDS) {
      await awaitTask(
        client.createIndex(fresh[kind], { primaryKey: PRIMARY_KEYS[kind] }),
        `create index ${fresh[kind]}`,
        taskTimeoutMs,
      );
      // Settings before documents, so every document is indexed once, with the final settings.
      await awaitTask(
        client.index(fresh[kind]).updateSettings(loadSettings(kind)),
        `update settings of ${fresh[kind]}`,
        taskTimeoutMs,
      );
    }
    const entitiesOf = await addReleases(client.index(fresh.releases), batches, target, onProgress);
    await addEntities(client.index(fresh.entities), entitiesOf, target);
    // One task swaps both pairs atomically: readers see the old pair or the new pair, never a mix.
    await awaitTask(
      client.swapIndexes(KINDS.map((kind) => ({ indexes: [uids[kind], fresh[kind]], rename: false }))),
      `swap ${uids.releases} and ${uids.entities} with their rebuilds`,
      taskTimeoutMs,
    );
    await dropFresh();
    return entitiesOf.size;
  } catch (error) {
    // The live indexes were never written; drop the half-built ones and report the first error.
    await dropFresh().catch(() => {});
    throw error;
  }
}

async function addReleases(
  index: ReturnType<RebuildClient['index']>,
  batches: AsyncIterable<SearchDocument[]>,
  target: RebuildTarget,
  onProgress: ((done: number) => void) | undefined,
): Promise<Map<string, SearchEntity[]>> {
  // The entities of each release as last given: a release given twice replaces itself in the index.
  const entitiesOf = new Map<string, SearchEntity[]>();
  for await (const documents of batches) {
    const mapped = documents.map(toMeiliDocument);
    for (const batch of chunks(mapped, target.batchSize)) {
      await awaitTask(index.addDocuments(batch), 'add releases', target.taskTimeoutMs);
    }
    for (const doc of mapped) entitiesOf.set(doc.id, doc.entities);
    onProgress?.(entitiesOf.size);
  }
  return entitiesOf;
}

async function addEntities(
  index: ReturnType<RebuildClient['index']>,
  entitiesOf: Map<string, SearchEntity[]>,
  target: RebuildTarget,
): Promise<void> {
  const counted = new Map<string, { entity: SearchEntity; count: number }>();
  for (const entities of entitiesOf.values()) {
    for (const entity of entities) counted.set(entity.id, { entity, count: (counted.get(entity.id)?.count ?? 0) + 1 });
  }
  const documents = [...counted.values()].map(({ entity, count }) => toMeiliEntity(entity, count));
  for (const batch of chunks(documents, target.batchSize)) {
    await awaitTask(index.addDocuments(batch), 'add entities', target.taskTimeoutMs);
  }
}
