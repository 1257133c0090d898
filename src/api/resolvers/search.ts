import type { SearchHit } from '../../ports/search-index.js';
import { pageSize } from '../arguments.js';
import type { ApiContext } from '../context.js';

/** Resolvers for `schema/graphql/search.graphql`. */
export const searchResolvers = {
  Query: {
    async search(_: unknown, args: { query: string; first?: number; after?: string | null }, context: ApiContext) {
      const first = pageSize(args.first, 10);
      const result = await context.stores.search.search({ query: args.query, first, after: args.after ?? null });
      return {
        edges: result.hits.map((hit) => ({ cursor: hit.cursor, node: hit })),
        pageInfo: { hasNextPage: result.hasNextPage, endCursor: result.hits.at(-1)?.cursor ?? null },
        totalCount: result.total,
      };
    },
  },
  SearchHit: {
    release: (hit: SearchHit, _: unknown, context: ApiContext) => context.loaders.releaseSummary.load(hit.releaseId),
  },
};
