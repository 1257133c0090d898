import type { Index, Meilisearch } from 'meilisearch';
import type { EntityType } from '../../domain/entity.js';
import type {
  SearchDocument,
  SearchEntity,
  SearchIndex,
  SearchQuery,
  SearchResult,
  Suggestion,
} from '../../ports/search-index.js';
import { validateSearchQuery, validateSuggest } from '../../ports/search-index.js';
import type { MeiliEntityDocument, MeiliReleaseDocument } from './meili-document.js';
import { entityKey, toMeiliDocument, toMeiliEntity } from './meili-document.js';
import { awaitTask, isNotFound, meiliCall } from './meili-errors.js';
import type { FacetDistribution } from './meili-facets.js';
import { facetEntityIds, toFacets } from './meili-facets.js';
import { inList, quoteFilterValue } from './meili-filter.js';
import { toSearchHit } from './meili-hits.js';
import { rebuildMeiliIndexes } from './meili-rebuild.js';
import { buildSearchParams, buildSuggestParams } from './meili-search-params.js';

/** What the adapter needs: a client and the two indexes, already created and configured. */
export interface MeiliSearchIndexParts {
  client: Meilisearch;
  host: string;
  releases: Index<MeiliReleaseDocument>;
  entities: Index<MeiliEntityDocument>;
  /** Documents per addDocuments call. */
  batchSize: number;
  /** How long to wait for one task. */
  taskTimeoutMs: number;
}

// Ids per filter expression or multi-search request: keeps requests well below server limits.
const CHUNK = 200;

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Search index on a Meilisearch server: releases in one index, entities (with release counts, for
 * suggest and facet labels) in another. Every write waits until its task has succeeded.
 */
export class MeiliSearchIndex implements SearchIndex {
  readonly description: string;
  readonly #parts: MeiliSearchIndexParts;

  constructor(parts: MeiliSearchIndexParts) {
    this.#parts = parts;
    this.description = `Meilisearch index "${parts.releases.uid}" at ${parts.host}`;
  }

  async index(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const { releases, batchSize, taskTimeoutMs } = this.#parts;
    // Entities of the versions being replaced may lose their last release.
    const before = await this.#entityIdsOf([...new Set(documents.map((doc) => doc.id))]);
    const mapped = documents.map(toMeiliDocument);
    await this.#call('adding releases', async () => {
      // One batch at a time: each is enqueued only after the previous one succeeded.
      for (const batch of chunks(mapped, batchSize)) {
        await awaitTask(releases.addDocuments(batch), 'add releases', taskTimeoutMs);
      }
    });
    const named = new Map<string, SearchEntity>();
    for (const doc of mapped) for (const entity of doc.entities) named.set(entity.id, entity);
    await this.#syncEntities(new Set([...before, ...named.keys()]), named);
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const before = await this.#entityIdsOf(ids);
    await this.#call('deleting releases', async () => {
      for (const part of chunks(ids)) {
        await awaitTask(this.#parts.releases.deleteDocuments(part), 'delete releases', this.#parts.taskTimeoutMs);
      }
    });
    await this.#syncEntities(before, new Map());
  }

  /** Builds both indexes afresh from `batches` and swaps them in (see `rebuildMeiliIndexes`). */
  async rebuild(batches: AsyncIterable<SearchDocument[]>, onProgress?: (done: number) => void): Promise<number> {
    const { client, releases, entities, batchSize, taskTimeoutMs } = this.#parts;
    const target = { uids: { releases: releases.uid, entities: entities.uid }, batchSize, taskTimeoutMs };
    return this.#call('rebuilding the indexes', () => rebuildMeiliIndexes(client, target, batches, onProgress));
  }

  async has(id: string): Promise<boolean> {
    return this.#call('looking up a release', async () => {
      try {
        await this.#parts.releases.getDocument(id, { fields: ['id'] });
        return true;
      } catch (error) {
        if (isNotFound(error)) return false;
        throw error;
      }
    });
  }

  async search(request: SearchQuery): Promise<SearchResult> {
    const query = validateSearchQuery(request);
    const offset = query.offset;
    const { q, terms, options } = buildSearchParams(query, offset);
    const response = await this.#call('searching releases', () => this.#parts.releases.search(q, options));
    const total = response.estimatedTotalHits ?? response.hits.length;
    const distribution = response.facetDistribution as FacetDistribution | undefined;
    const entities = await this.#entitiesById(facetEntityIds(distribution, query.facets));
    // As in the embedded index, only a relevance order with words has a meaningful score.
    const scored = q !== null && query.sort === 'relevance';
    const hits = response.hits.map((hit) => {
      const mapped = toSearchHit(hit, terms);
      return scored ? mapped : { ...mapped, score: 0 };
    });
    return {
      hits,
      total,
      hasNextPage: offset + hits.length < total,
      facets: toFacets(distribution, query.facets, entities),
    };
  }

  async suggest(prefix: string, types: EntityType[] | undefined, first: number): Promise<Suggestion[]> {
    const valid = validateSuggest(types, first);
    const params = buildSuggestParams(typeof prefix === 'string' ? prefix : '', valid.types, valid.first);
    if (!params) return [];
    const response = await this.#call('suggesting entities', () =>
      this.#parts.entities.search(params.q, params.options),
    );
    return response.hits.map((hit) => ({
      id: hit.id,
      name: hit.name,
      type: hit.type,
      releaseCount: hit.release_count,
    }));
  }

  async close(): Promise<void> {
    // The client holds no connection to release (plain fetch requests).
  }

  #call<T>(what: string, call: () => Promise<T>): Promise<T> {
    return meiliCall(what, this.#parts.host, call);
  }

  async #entityIdsOf(releaseIds: string[]): Promise<Set<string>> {
    const ids = new Set<string>();
    for (const part of chunks(releaseIds)) {
      const { results } = await this.#call('reading releases', () =>
        this.#parts.releases.getDocuments({
          filter: inList('id', part),
          fields: ['id', 'entity_ids'],
          limit: part.length,
        }),
      );
      for (const doc of results) for (const id of doc.entity_ids) ids.add(id);
    }
    return ids;
  }

  async #entitiesById(ids: string[]): Promise<Map<string, SearchEntity>> {
    const found = new Map<string, SearchEntity>();
    for (const part of chunks(ids)) {
      const { results } = await this.#call('reading entities', () =>
        this.#parts.entities.getDocuments({
          filter: inList('id', part),
          fields: ['id', 'name', 'type'],
          limit: part.length,
        }),
      );
      for (const entity of results) found.set(entity.id, { id: entity.id, name: entity.name, type: entity.type });
    }
    return found;
  }

  // Release counts are recounted from the releases index (exhaustive counts), so they heal
  // themselves whatever happened before; entities no release mentions any more are deleted.
  async #syncEntities(ids: Set<string>, named: Map<string, SearchEntity>): Promise<void> {
    if (ids.size === 0) return;
    const { client, releases, entities, taskTimeoutMs } = this.#parts;
    const counts = new Map<string, number>();
    for (const part of chunks([...ids])) {
      const { results } = await this.#call('counting releases per entity', () =>
        client.multiSearch({
          queries: part.map((id) => ({
            indexUid: releases.uid,
            q: null,
            filter: `entity_ids = ${quoteFilterValue(id)}`,
            // Page 0 returns no documents but an exhaustive totalHits.
            page: 0,
          })),
        }),
      );
      part.forEach((id, i) => counts.set(id, results[i]?.totalHits ?? 0));
    }
    const upserts: Partial<MeiliEntityDocument>[] = [];
    const gone: string[] = [];
    for (const [id, count] of counts) {
      const entity = named.get(id);
      if (count === 0) gone.push(entityKey(id));
      else upserts.push(entity ? toMeiliEntity(entity, count) : { key: entityKey(id), release_count: count });
    }
    await this.#call('updating entities', async () => {
      // updateDocuments merges: a count-only update keeps the stored name and type.
      for (const batch of chunks(upserts, this.#parts.batchSize)) {
        await awaitTask(entities.updateDocuments(batch), 'update entities', taskTimeoutMs);
      }
      for (const part of chunks(gone))
        await awaitTask(entities.deleteDocuments(part), 'delete entities', taskTimeoutMs);
    });
  }
}
