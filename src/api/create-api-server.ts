import { ApolloServer } from '@apollo/server';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApiContext } from './context.js';
import { formatError } from './errors.js';
import { noIntrospection } from './introspection-rule.js';
import { loadTypeDefs } from './load-schema.js';
import { accessControlPlugin } from './plugins/access-control.js';
import { errorLogPlugin } from './plugins/error-log.js';
import { resolvers } from './resolvers/index.js';

/** Options of the GraphQL server. */
export interface ApiServerOptions {
  /** Allow schema introspection (default on). */
  introspection?: boolean;
  /** Queries need no key (default true); mutations always need the write scope. */
  publicRead?: boolean;
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
    formatError,
    // Our own rule refuses introspection when it is off, with a message naming CIVICGRAPH_INTROSPECTION.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // `serve` drains requests and closes the stores on SIGTERM/SIGINT itself; Apollo's own handler would
    // re-raise the signal after stopping and end the process with 143 instead of 0.
    stopOnTerminationSignals: false,
    // CSRF prevention guards cookie-authenticated APIs; ours authenticates only with headers a cross-site
    // page cannot send (Authorization, X-API-Key), mutations are POST-only, so plain GET queries are safe.
    csrfPrevention: false,
    validationRules: [...(options.introspection === false ? [noIntrospection] : []), ...protection.validationRules],
    // Armor's plugins are context-agnostic (typed for the base context).
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<ApiContext>[]),
      accessControlPlugin({ publicRead: options.publicRead ?? true }),
      errorLogPlugin(),
    ],
  });
}
