import type { Index, Settings } from 'meilisearch';
import { Meilisearch } from 'meilisearch';
import type { MeiliEntityDocument, MeiliReleaseDocument } from './meili-document.js';
import { awaitTask, isNotFound, meiliCall } from './meili-errors.js';
import { MeiliSearchIndex } from './meili-search-index.js';
import type { MeiliIndexKind } from './meili-settings.js';
import { loadSettings, PRIMARY_KEYS, settingsChanges } from './meili-settings.js';

/** Where the Meilisearch server is and how to address civicgraph's indexes on it. */
export interface MeiliConnection {
  /** Server URL, e.g. `http://127.0.0.1:7700` (MEILI_URL). */
  url: string;
  /** Master or admin key (MEILI_MASTER_KEY); settings and keys need it. */
  apiKey?: string | undefined;
  /** Prefix of the index uids, so several stores can share one server (default `civicgraph_`). */
  indexPrefix?: string | undefined;
}

/** Options of the adapter besides the connection. */
export interface MeiliIndexOptions {
  /** Documents per addDocuments call (default 1,000). */
  batchSize?: number;
  /** How long to wait for one task (default 60 s). */
  taskTimeoutMs?: number;
}

/** The uid of one of civicgraph's indexes under a connection's prefix. */
export function indexUid(connection: MeiliConnection, kind: MeiliIndexKind): string {
  return `${connection.indexPrefix ?? 'civicgraph_'}${kind}`;
}

/** A client for a connection. */
export function meiliClient(connection: MeiliConnection): Meilisearch {
  return new Meilisearch({ host: connection.url, apiKey: connection.apiKey });
}

// Creates the index when missing and sends only the settings that differ, so opening is idempotent
// and cheap when nothing changed.
async function ensureIndex(client: Meilisearch, uid: string, kind: MeiliIndexKind, timeoutMs: number): Promise<void> {
  try {
    await client.getRawIndex(uid);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    try {
      await awaitTask(client.createIndex(uid, { primaryKey: PRIMARY_KEYS[kind] }), `create index ${uid}`, timeoutMs);
    } catch (createError) {
      // Another process may have created it meanwhile; that is fine if it exists now.
      await client.getRawIndex(uid).catch(() => {
        throw createError;
      });
    }
  }
  const index = client.index(uid);
  const changes: Settings = settingsChanges(await index.getSettings(), loadSettings(kind));
  if (Object.keys(changes).length > 0) {
    await awaitTask(index.updateSettings(changes), `update settings of ${uid}`, timeoutMs);
  }
}

/**
 * Connects to Meilisearch, creates and configures the releases and entities indexes from
 * `schema/meilisearch/*.json` (idempotently), and returns the search index adapter.
 */
export async function openMeiliSearchIndex(
  connection: MeiliConnection,
  options: MeiliIndexOptions = {},
): Promise<MeiliSearchIndex> {
  const client = meiliClient(connection);
  const taskTimeoutMs = options.taskTimeoutMs ?? 60_000;
  const uids = { releases: indexUid(connection, 'releases'), entities: indexUid(connection, 'entities') };
  await meiliCall('preparing indexes', connection.url, async () => {
    await ensureIndex(client, uids.releases, 'releases', taskTimeoutMs);
    await ensureIndex(client, uids.entities, 'entities', taskTimeoutMs);
  });
  return new MeiliSearchIndex({
    client,
    host: connection.url,
    releases: client.index<MeiliReleaseDocument>(uids.releases) as Index<MeiliReleaseDocument>,
    entities: client.index<MeiliEntityDocument>(uids.entities) as Index<MeiliEntityDocument>,
    batchSize: options.batchSize ?? 1_000,
    taskTimeoutMs,
  });
}

/** Deletes civicgraph's indexes under a connection's prefix (tests, or a full re-index). */
export async function dropMeiliIndexes(connection: MeiliConnection): Promise<void> {
  const client = meiliClient(connection);
  await meiliCall('deleting indexes', connection.url, async () => {
    for (const kind of ['releases', 'entities'] as const) await client.deleteIndexIfExists(indexUid(connection, kind));
  });
}
