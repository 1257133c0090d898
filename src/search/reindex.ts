import type { GraphReader } from '../ports/graph-store.js';
import type { SearchDocument, SearchIndex } from '../ports/search-index.js';
import { searchDocumentOf } from './search-document.js';

/** The search documents of releases as the graph store holds them now; ids it lacks are skipped. */
async function documentsOf(graph: GraphReader, ids: string[]): Promise<SearchDocument[]> {
  const documents = [];
  for (const id of ids) {
    const release = await graph.getRelease(id);
    if (release) documents.push(searchDocumentOf(release, await graph.entitiesOfRelease(id)));
  }
  return documents;
}

/** Re-indexes releases from what the graph store holds now (curated names and merged ids included). */
export async function reindexReleases(
  graph: GraphReader,
  search: Pick<SearchIndex, 'index'>,
  ids: string[],
): Promise<number> {
  const documents = await documentsOf(graph, ids);
  if (documents.length > 0) await search.index(documents);
  return documents.length;
}

/** Re-indexes the releases that mention an entity (after a merge or rename). */
export async function reindexEntity(
  graph: GraphReader,
  search: Pick<SearchIndex, 'index'>,
  entityId: string,
): Promise<number> {
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
 * Rebuilds the search index from the graph store, in batches; `onProgress` gets the running count.
 * An index that can rebuild from scratch does so, dropping documents the graph no longer has.
 */
export async function reindexAll(
  graph: GraphReader,
  search: Pick<SearchIndex, 'index' | 'rebuild' | 'clear'>,
  onProgress?: (done: number) => void,
): Promise<number> {
  if (search.rebuild) {
    const batches = async function* () {
      for await (const ids of graph.releaseIds(500)) yield await documentsOf(graph, ids);
    };
    return search.rebuild(batches(), onProgress);
  }
  // Without a rebuild, a cleared index is empty while it refills; better than keeping releases the graph lost.
  if (search.clear) await search.clear();
  let done = 0;
  for await (const ids of graph.releaseIds(500)) {
    done += await reindexReleases(graph, search, ids);
    onProgress?.(done);
  }
  return done;
}
