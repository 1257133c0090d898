import type { ReleaseFacts } from '../src/domain/extraction.js';
import type { WriteResult } from '../src/ports/graph-store.js';
import type { Stores } from '../src/stores/stores.js';
import { toSearchDocument } from './to-search-document.js';

/**
 * Writes a release to the graph, then to the search index. The graph write is atomic; the index
 * is brought in line on every call, so a crash between the two heals on the next ingest.
 */
export async function writeRelease(facts: ReleaseFacts, { graph, search }: Stores): Promise<WriteResult> {
  const result = await graph.writeRelease(facts);
  if (result.replacedId) await search.remove([result.replacedId]);
  if (result.outcome !== 'unchanged' || !(await search.has(result.releaseId))) {
    await search.index([toSearchDocument(facts)]);
  }
  return result;
}
