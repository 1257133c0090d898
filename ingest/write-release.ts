import type { ReleaseFacts } from '../src/domain/extraction.js';
import type { WriteResult } from '../src/ports/graph-store.js';
import type { Stores } from '../src/stores/stores.js';
import { toSearchDocument } from './to-search-document.js';

/**
 * Writes a release to the graph, then to the search index. The graph write is atomic; the index
 * is brought in line on every call, so a crash between the two heals on the next ingest.
 */
export async function writeRelease(facts: ReleaseFacts, stores: Stores): Promise<WriteResult> {
  const [result] = await writeReleases([facts], stores);
  return result!;
}

/**
 * Writes releases in one graph transaction where the store supports batches (Neo4j), one by one otherwise,
 * then indexes what changed (or is missing from the index) in one search call.
 */
export async function writeReleases(batch: ReleaseFacts[], { graph, search }: Stores): Promise<WriteResult[]> {
  if (batch.length === 0) return [];
  const results = graph.writeReleases ? await graph.writeReleases(batch) : [];
  if (!graph.writeReleases) for (const facts of batch) results.push(await graph.writeRelease(facts));
  const replaced = results.flatMap((result) => (result.replacedId ? [result.replacedId] : []));
  if (replaced.length > 0) await search.remove(replaced);
  const documents = [];
  for (const [i, result] of results.entries()) {
    if (result.outcome !== 'unchanged' || !(await search.has(result.releaseId)))
      documents.push(toSearchDocument(batch[i]!));
  }
  if (documents.length > 0) await search.index(documents);
  return results;
}
