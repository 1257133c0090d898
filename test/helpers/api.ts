import type { ApolloServer } from '@apollo/server';
import { parseDate } from '../../ingest/parse/dates.js';
import { createDocumentProcessor } from '../../ingest/process-document.js';
import { writeRelease } from '../../ingest/write-release.js';
import type { Caller } from '../../src/api/access.js';
import type { ApiContext, ApiServices } from '../../src/api/context.js';
import { ANONYMOUS, apiServices, createContext } from '../../src/api/context.js';
import { createApiServer } from '../../src/api/create-api-server.js';
import type { ApiServerOptions } from '../../src/api/create-api-server.js';
import type { Stores } from '../../src/ports/stores.js';

/** A caller holding a key with both scopes. */
export const EDITOR: Caller = { actor: 'test-editor', scopes: new Set(['read', 'write']), invalidKey: false };

/** The services the API needs, with the real ingest pipeline. */
export function servicesFor(stores: Stores): ApiServices {
  return apiServices(stores, { processDocument: createDocumentProcessor(), writeRelease, parseDate });
}

/** An Apollo server on `stores`, and a function that runs one operation through `executeOperation`. */
export async function startTestApi(stores: Stores, options: ApiServerOptions = {}) {
  const server: ApolloServer<ApiContext> = createApiServer(options);
  await server.start();
  const services = servicesFor(stores);
  return {
    server,
    async run(query: string, variables: Record<string, unknown> = {}, caller: Caller = ANONYMOUS) {
      const response = await server.executeOperation(
        { query, variables },
        { contextValue: createContext(services, caller) },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return { ...response.body.singleResult, status: response.http.status };
    },
    stop: () => server.stop(),
  };
}
