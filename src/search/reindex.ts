import type { GraphStore } from '../ports/graph-store.js';
import type { SearchIndex } from '../ports/search-index.js';
import { searchDocumentOf } from './search-document.js';

/** Re-indexes releases from what the graph store holds now (curated names and merged ids included). */
export async function reindexReleases(graph: GraphStore, search: SearchIndex, ids: string[]): Promise<number> {
  const documents = [];
  for (const id of ids) {
    const release = await graph.getRelease(id);
    if (release) documents.push(searchDocumentOf(release, await graph.entitiesOfRelease(id)));
  }
  if (documents.length > 0) await search.index(documents);
  return documents.length;
}

/** Re-indexes the releases that mention an entity (after a merge or rename). */
export async function reindexEntity(graph: GraphStore, search: SearchIndex, entityId: string): Promise<number> {
  let total = 0;
  for (let offset = 0; ; offset += 200) {
    const page = await graph.listReleases({ filter: { entityId }, sort: 'DATE_DESC', first: 200, offset });
    total += await reindexReleases(
      graph,
      search,
      page.items.map((release) => release.id),
    );
    if (offset + page.items.length >= page.total || page.items.length === 0) return total;
  }
}

/**
 * Rebuilds the search index from scratch from the graph store, in batches; `onProgress` gets the running
 * count. Documents of releases the graph no longer holds are gone afterwards (where the index can be cleared).
 */
export async function reindexAll(
  graph: GraphStore,
  search: SearchIndex,
  onProgress?: (done: number) => void,
): Promise<number> {
  if (search.clear) await search.clear();
  let done = 0;
  for await (const ids of graph.releaseIds(500)) {
    done += await reindexReleases(graph, search, ids);
    onProgress?.(done);
  }
  return done;
}
