import { ApolloServer } from '@apollo/server';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApiContext } from './context.js';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode, formatError } from './errors.js';
import { loadTypeDefs } from './load-schema.js';
import { accessControlPlugin } from './plugins/access-control.js';
import { resolvers } from './resolvers/index.js';

/** Options of the GraphQL server. */
export interface ApiServerOptions {
  /** Allow schema introspection (default on). */
  introspection?: boolean;
  /** Queries need no key (default true); mutations always need the write scope. */
  publicRead?: boolean;
  /** Sees every error that reaches clients only as INTERNAL_SERVER_ERROR, so that it can be logged. */
  onInternalError?: (error: unknown) => void;
}

// Limits that keep one request from exhausting the server; generous for real clients.
const armor = new ApolloArmor({
  maxDepth: { n: 12 },
  costLimit: { maxCost: 20_000 },
  maxAliases: { n: 20 },
  maxDirectives: { n: 20 },
  // Armor's token-limit plugin turns plain syntax errors into 500s under Apollo 5; the 1 MB body
  // limit and the depth, cost and alias limits bound a request without it.
  maxTokens: { enabled: false },
  blockFieldSuggestion: { enabled: false },
});

/** Builds the Apollo server for the civicgraph schema (not started, not listening). */
export function createApiServer(options: ApiServerOptions = {}): ApolloServer<ApiContext> {
  const protection = armor.protect();
  return new ApolloServer<ApiContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    formatError(formatted, error) {
      const shaped = formatError(formatted, error);
      // Clients learn nothing of the cause; the operator must.
      if (shaped.extensions?.['code'] === ErrorCode.INTERNAL_SERVER_ERROR)
        options.onInternalError?.(unwrapResolverError(error));
      return shaped;
    },
    introspection: options.introspection ?? true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: protection.validationRules,
    // Armor's plugins are context-agnostic (typed for the base context).
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<ApiContext>[]),
      accessControlPlugin({ publicRead: options.publicRead ?? true }),
    ],
  });
}
