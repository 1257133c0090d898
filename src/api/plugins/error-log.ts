import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ApiContext } from '../context.js';
import { isMaskedError } from '../errors.js';

/**
 * Logs every error that clients only see as INTERNAL_SERVER_ERROR, with its stack, cause, the
 * request id and the field path, so the masked message can be traced to its cause.
 */
export function errorLogPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (!isMaskedError(error)) continue;
            contextValue.log.error(
              {
                err: unwrapResolverError(error),
                requestId: contextValue.requestId,
                path: error.path?.join('.'),
                operationName: operationName ?? undefined,
              },
              'internal error while resolving a GraphQL request',
            );
          }
        },
      };
    },
  };
}
