import type { EnqueuedTaskPromise, IndexSwap, Settings, Task } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../src/ports/search-index.js';
import { MeiliTaskError } from '../../src/stores/meilisearch/meili-errors.js';
import type { RebuildClient } from '../../src/stores/meilisearch/meili-rebuild.js';
import { rebuildMeiliIndexes } from '../../src/stores/meilisearch/meili-rebuild.js';
import { loadSettings } from '../../src/stores/meilisearch/meili-settings.js';

interface FakeIndex {
  primaryKey: string;
  settings: Settings | null;
  docs: Map<string, Record<string, unknown>>;
}

/**
 * The index and task endpoints a rebuild uses, in memory: every call is recorded, tasks run when
 * enqueued, and a failing task reports its error code as the server would.
 */
class FakeMeili implements RebuildClient {
  readonly indexes = new Map<string, FakeIndex>();
  readonly calls: string[] = [];
  /** Makes the n-th addDocuments call (1-based) fail. */
  failAddDocumentsAt: number | null = null;
  #uid = 0;
  #adds = 0;

  createIndex(uid: string, options: { primaryKey: string }): EnqueuedTaskPromise {
    this.calls.push(`createIndex ${uid}`);
    return this.#task(() => {
      if (this.indexes.has(uid)) return 'index_already_exists';
      this.indexes.set(uid, { primaryKey: options.primaryKey, settings: null, docs: new Map() });
      return null;
    });
  }

  deleteIndex(uid: string): EnqueuedTaskPromise {
    this.calls.push(`deleteIndex ${uid}`);
    return this.#task(() => (this.indexes.delete(uid) ? null : 'index_not_found'));
  }

  swapIndexes(swaps: IndexSwap[]): EnqueuedTaskPromise {
    this.calls.push(`swapIndexes ${swaps.map((swap) => swap.indexes.join('<->')).join(', ')}`);
    return this.#task(() => {
      if (swaps.some((swap) => swap.indexes.some((uid) => !this.indexes.has(uid)))) return 'index_not_found';
      for (const {
        indexes: [a, b],
      } of swaps) {
        const first = this.indexes.get(a)!;
        this.indexes.set(a, this.indexes.get(b)!);
        this.indexes.set(b, first);
      }
      return null;
    });
  }

  index(uid: string) {
    return {
      updateSettings: (settings: Settings): EnqueuedTaskPromise => {
        this.calls.push(`updateSettings ${uid}`);
        return this.#task(() => {
          const index = this.indexes.get(uid);
          if (!index) return 'index_not_found';
          index.settings = settings;
          return null;
        });
      },
      addDocuments: (documents: object[]): EnqueuedTaskPromise => {
        this.calls.push(`addDocuments ${uid} ${documents.length}`);
        return this.#task(() => {
          const index = this.indexes.get(uid);
          if (!index) return 'index_not_found';
          if (++this.#adds === this.failAddDocumentsAt) return 'invalid_document_fields';
          for (const doc of documents as Record<string, unknown>[]) index.docs.set(String(doc[index.primaryKey]), doc);
          return null;
        });
      },
    };
  }

  /** Adds a live index with documents, as an earlier run left it. */
  seed(uid: string, primaryKey: string, docs: Record<string, unknown>[]): void {
    this.indexes.set(uid, {
      primaryKey,
      settings: null,
      docs: new Map(docs.map((doc) => [String(doc[primaryKey]), doc])),
    });
  }

  #task(run: () => string | null): EnqueuedTaskPromise {
    const uid = ++this.#uid;
    const code = run();
    const task = {
      uid,
      status: code ? 'failed' : 'succeeded',
      error: code ? { code, message: code, type: 'invalid_request', link: '' } : null,
    } as unknown as Task;
    return Object.assign(Promise.resolve({ taskUid: uid }), { waitTask: async () => task }) as EnqueuedTaskPromise;
  }
}

const doc = (id: string, entities: SearchDocument['entities']): SearchDocument => ({
  id,
  title: `Bericht ${id}`,
  subtitle: null,
  body: 'Das Beispielamt eröffnet die Beispielwerkstatt.',
  date: '2024-03-01',
  publisher: 'Beispielamt',
  language: 'de',
  entities,
});

const PERSON = { id: 'per:erika-beispiel', name: 'Erika Beispiel', type: 'Person' as const };
const PLACE = { id: 'loc:musterdorf', name: 'Musterdorf', type: 'Place' as const };
const UIDS = { releases: 'site_releases', entities: 'site_entities' };
const TARGET = { uids: UIDS, batchSize: 2, taskTimeoutMs: 1_000 };

async function* batches(...lists: SearchDocument[][]): AsyncGenerator<SearchDocument[]> {
  yield* lists;
}

/** A server whose live indexes hold a release the graph no longer has ("drift"). */
function driftedServer(): FakeMeili {
  const server = new FakeMeili();
  server.seed('site_releases', 'id', [{ id: 'rel_gone', title: 'Bericht rel_gone' }]);
  server.seed('site_entities', 'key', [{ key: 'e_gone', id: 'per:nobody', release_count: 1 }]);
  return server;
}

describe('Meilisearch rebuild', () => {
  it('builds fresh indexes with the settings, swaps both in with one task and deletes the old ones', async () => {
    const server = driftedServer();
    const done: number[] = [];
    const total = await rebuildMeiliIndexes(
      server,
      TARGET,
      batches([doc('rel_a', [PERSON, PLACE]), doc('rel_b', [PERSON]), doc('rel_c', [])], [doc('rel_d', [PLACE])]),
      (count) => done.push(count),
    );
    expect(total).toBe(4);
    expect(done).toEqual([3, 4]);
    expect(server.calls).toEqual([
      // Leftovers of an interrupted rebuild would go first; here there are none.
      'deleteIndex site_releases_rebuild',
      'deleteIndex site_entities_rebuild',
      'createIndex site_releases_rebuild',
      'updateSettings site_releases_rebuild',
      'createIndex site_entities_rebuild',
      'updateSettings site_entities_rebuild',
      'addDocuments site_releases_rebuild 2',
      'addDocuments site_releases_rebuild 1',
      'addDocuments site_releases_rebuild 1',
      'addDocuments site_entities_rebuild 2',
      'swapIndexes site_releases<->site_releases_rebuild, site_entities<->site_entities_rebuild',
      'deleteIndex site_releases_rebuild',
      'deleteIndex site_entities_rebuild',
    ]);
    // The live uids now hold exactly the graph's releases: the drifted one is gone.
    const releases = server.indexes.get('site_releases')!;
    expect([...releases.docs.keys()].sort()).toEqual(['rel_a', 'rel_b', 'rel_c', 'rel_d']);
    expect(releases.settings).toEqual(loadSettings('releases'));
    expect(releases.primaryKey).toBe('id');
    const entities = server.indexes.get('site_entities')!;
    expect(entities.settings).toEqual(loadSettings('entities'));
    expect([...entities.docs.values()].map((entity) => [entity['id'], entity['release_count']]).sort()).toEqual([
      ['loc:musterdorf', 2],
      ['per:erika-beispiel', 2],
    ]);
    expect([...server.indexes.keys()].sort()).toEqual(['site_entities', 'site_releases']);
  });

  it('counts a release given twice once, with the entities of its last version', async () => {
    const server = driftedServer();
    const total = await rebuildMeiliIndexes(
      server,
      TARGET,
      batches([doc('rel_a', [PERSON, PLACE]), doc('rel_b', [PLACE])], [doc('rel_a', [PLACE])]),
    );
    expect(total).toBe(2);
    const entities = [...server.indexes.get('site_entities')!.docs.values()];
    expect(entities.map((entity) => [entity['id'], entity['release_count']])).toEqual([['loc:musterdorf', 2]]);
  });

  it('never writes to the live indexes before the swap', async () => {
    const server = driftedServer();
    await rebuildMeiliIndexes(server, TARGET, batches([doc('rel_a', [PERSON])]));
    const swap = server.calls.findIndex((call) => call.startsWith('swapIndexes'));
    const touchesLive = (call: string) => / site_(releases|entities)( |$)/.test(call);
    expect(server.calls.slice(0, swap).filter(touchesLive)).toEqual([]);
  });

  it('starts from nothing when an interrupted rebuild left its indexes behind', async () => {
    const server = driftedServer();
    server.seed('site_releases_rebuild', 'id', [{ id: 'rel_half' }]);
    await rebuildMeiliIndexes(server, TARGET, batches([doc('rel_a', [])]));
    expect([...server.indexes.get('site_releases')!.docs.keys()]).toEqual(['rel_a']);
    expect(server.indexes.has('site_releases_rebuild')).toBe(false);
  });

  it('leaves the live indexes as they were and drops the half-built ones when a write fails', async () => {
    const server = driftedServer();
    server.failAddDocumentsAt = 2;
    const error = await rebuildMeiliIndexes(
      server,
      TARGET,
      batches([doc('rel_a', [PERSON]), doc('rel_b', []), doc('rel_c', [])]),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MeiliTaskError);
    expect((error as Error).message).toMatch(/add releases.*invalid_document_fields/);
    expect(server.calls.some((call) => call.startsWith('swapIndexes'))).toBe(false);
    expect(server.calls.slice(-2)).toEqual(['deleteIndex site_releases_rebuild', 'deleteIndex site_entities_rebuild']);
    expect([...server.indexes.keys()].sort()).toEqual(['site_entities', 'site_releases']);
    expect([...server.indexes.get('site_releases')!.docs.keys()]).toEqual(['rel_gone']);
  });

  it('keeps the live indexes when reading the graph fails midway', async () => {
    const server = driftedServer();
    async function* failing(): AsyncGenerator<SearchDocument[]> {
      yield [doc('rel_a', [])];
      throw new Error('graph store went away');
    }
    await expect(rebuildMeiliIndexes(server, TARGET, failing())).rejects.toThrow('graph store went away');
    expect([...server.indexes.get('site_releases')!.docs.keys()]).toEqual(['rel_gone']);
    expect(server.indexes.has('site_releases_rebuild')).toBe(false);
  });
});
