import type { EntityType } from '../../domain/entity.js';
import type { FacetName, SearchFilter, SearchHit, SearchSort } from '../../ports/search-index.js';
import { pageSize } from '../arguments.js';
import type { ApiContext } from '../context.js';
import { encodeCursor, decodeCursor } from '../cursor.js';
import { excerptHtml, markRanges } from '../highlight.js';

/** `SearchFilter` as GraphQL passes it: any field may be null. */
type FilterInput = { [K in keyof SearchFilter]?: SearchFilter[K] | null };

interface SearchArgs {
  query: string;
  filter?: FilterInput | null;
  facets?: string[] | null;
  sort?: keyof typeof SORTS | null;
  first?: number | null;
  after?: string | null;
}

const SORTS = { RELEVANCE: 'relevance', DATE_DESC: 'date_desc', DATE_ASC: 'date_asc' } as const satisfies Record<
  string,
  SearchSort
>;

// GraphQL sends explicit nulls for fields a client sets to null; the port treats them as unset.
function withoutNulls(filter: FilterInput | null | undefined): SearchFilter | undefined {
  if (!filter) return undefined;
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== null)) as SearchFilter;
}

/** Resolvers for `schema/graphql/search.graphql`; the search index validates filters and facets. */
export const searchResolvers = {
  Query: {
    async search(_: unknown, args: SearchArgs, context: ApiContext) {
      const first = pageSize(args.first, 10);
      const offset = decodeCursor(args.after);
      const result = await context.search.search({
        query: args.query,
        first,
        offset,
        filter: withoutNulls(args.filter),
        // Names are checked by the index, which answers unknown ones with BAD_USER_INPUT.
        facets: (args.facets ?? undefined) as FacetName[] | undefined,
        sort: SORTS[args.sort ?? 'RELEVANCE'],
      });
      // The index may still hold a release the graph no longer has (a crash between the two writes):
      // such a hit is dropped, and the cursor still moves past it.
      const releases = await context.loaders.releaseSummary.loadMany(result.hits.map((hit) => hit.releaseId));
      const edges = result.hits.map((hit, i) => ({ cursor: encodeCursor(offset + i + 1), node: hit }));
      const stored = edges.filter((_edge, i) => {
        const release = releases[i];
        if (release instanceof Error) throw release;
        return release !== null && release !== undefined;
      });
      return {
        edges: stored,
        pageInfo: { hasNextPage: result.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
        totalCount: Math.max(0, result.total - (edges.length - stored.length)),
        facets: result.facets,
      };
    },
    async suggest(
      _: unknown,
      args: { prefix: string; types?: EntityType[] | null; first?: number | null },
      context: ApiContext,
    ) {
      return context.search.suggest(args.prefix, args.types ?? undefined, pageSize(args.first, 10));
    },
  },
  SearchHit: {
    highlightedTitle: (hit: SearchHit) => markRanges(hit.title, hit.titleMatches),
    snippet: (hit: SearchHit) => excerptHtml(hit.excerpt),
    release: (hit: SearchHit, _: unknown, context: ApiContext) => context.loaders.releaseSummary.load(hit.releaseId),
  },
};
