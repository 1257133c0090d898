import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { ApiContext } from '../context.js';

/**
 * Mutations need a key with the write scope; queries need the read scope unless reads are public.
 * A key that matches none is refused (401) even where no key is needed, so a typo is not silent.
 */
export function accessControlPlugin(options: { publicRead: boolean }): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const needed = operation?.operation === 'mutation' ? 'write' : 'read';
          const { caller } = contextValue;
          if (needed === 'read' && options.publicRead && !caller.invalidKey) return;
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
