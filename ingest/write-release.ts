import type { ReleaseFacts } from '../src/domain/extraction.js';
import type { GraphWriter, WriteResult } from '../src/ports/graph-store.js';
import type { SearchIndex } from '../src/ports/search-index.js';
import { toSearchDocument } from './to-search-document.js';

/** What writing releases uses: the graph's writer role and the search index. */
export interface WriteStores {
  graph: GraphWriter;
  search: Pick<SearchIndex, 'has' | 'index' | 'remove'>;
}

/**
 * Writes a release to the graph, then to the search index. The graph write is atomic; the index
 * is brought in line on every call, so a crash between the two heals on the next ingest.
 */
export async function writeRelease(facts: ReleaseFacts, stores: WriteStores): Promise<WriteResult> {
  const [result] = await writeReleases([facts], stores);
  return result!;
}

/**
 * Writes releases in one graph transaction where the store supports batches (Neo4j), one by one otherwise,
 * then indexes what changed (or is missing from the index) in one search call.
 */
export async function writeReleases(batch: ReleaseFacts[], { graph, search }: WriteStores): Promise<WriteResult[]> {
  if (batch.length === 0) return [];
  const results = graph.writeReleases ? await graph.writeReleases(batch) : [];
  if (!graph.writeReleases) for (const facts of batch) results.push(await graph.writeRelease(facts));
  // Replay the results in order: a release created early in the batch may be replaced by a later one,
  // and must then neither be indexed nor left behind.
  const documents = new Map<string, ReleaseFacts>();
  const removed = new Set<string>();
  for (const [i, result] of results.entries()) {
    if (result.replacedId && result.replacedId !== result.releaseId) {
      documents.delete(result.replacedId);
      removed.add(result.replacedId);
    }
    if (result.outcome !== 'unchanged' || !(await search.has(result.releaseId))) {
      documents.set(result.releaseId, batch[i]!);
      removed.delete(result.releaseId);
    }
  }
  if (removed.size > 0) await search.remove([...removed]);
  if (documents.size > 0) await search.index([...documents.values()].map(toSearchDocument));
  return results;
}
