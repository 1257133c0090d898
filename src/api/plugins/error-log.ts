import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { StoreError } from '../../errors/store-error.js';
import type { ApiContext } from '../context.js';
import { isMaskedError } from '../errors.js';

/**
 * Logs every error that clients only see as INTERNAL_SERVER_ERROR, and every store failure (sent as
 * STORE_UNAVAILABLE with a short message), with its stack, cause, the request id and the field path,
 * so what the client was told can be traced to its cause.
 */
export function errorLogPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            const masked = isMaskedError(error);
            if (!masked && !(original instanceof StoreError)) continue;
            contextValue.log.error(
              {
                err: original,
                requestId: contextValue.requestId,
                path: error.path?.join('.'),
                operationName: operationName ?? undefined,
              },
              masked ? 'internal error while resolving a GraphQL request' : 'a store failed during a GraphQL request',
            );
          }
        },
      };
    },
  };
}
