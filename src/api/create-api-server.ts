import { ApolloServer } from '@apollo/server';
import type { ApiContext } from './context.js';
import { formatError } from './errors.js';
import { loadTypeDefs } from './load-schema.js';
import { resolvers } from './resolvers/index.js';

/** Options of the GraphQL server. */
export interface ApiServerOptions {
  /** Allow schema introspection (on by default; turn off in production if wanted). */
  introspection?: boolean;
}

/** Builds the Apollo server for the civicgraph schema (not started, not listening). */
export function createApiServer(options: ApiServerOptions = {}): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    formatError,
    introspection: options.introspection ?? true,
    includeStacktraceInErrorResponses: false,
  });
}
