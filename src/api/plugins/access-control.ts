import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { ApiContext } from '../context.js';

/** Mutations need a key with the write scope; queries need the read scope unless reads are public. */
export function accessControlPlugin(options: { publicRead: boolean }): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const needed = operation?.operation === 'mutation' ? 'write' : 'read';
          if (needed === 'read' && options.publicRead) return;
          const { caller } = contextValue;
          if (caller.scopes.has(needed)) return;
          if (caller.actor === null) {
            const reason = caller.invalidKey ? 'the API key is not valid' : 'an API key is needed';
            throw new GraphQLError(
              `${reason}: send "Authorization: Bearer <key>" with a key that has the ${needed} scope`,
              {
                extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
              },
            );
          }
          throw new GraphQLError(`the key "${caller.actor}" lacks the ${needed} scope`, {
            extensions: { code: 'FORBIDDEN', http: { status: 403 } },
          });
        },
      };
    },
  };
}
