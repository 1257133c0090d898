import type { ValidationRule } from 'graphql';
import { GraphQLError } from 'graphql';

/** Refuses `__schema` and `__type` with a message that names the setting that turns them back on. */
export const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(
        new GraphQLError(
          `introspection (${node.name.value}) is turned off on this server; set CIVICGRAPH_INTROSPECTION=true to allow it`,
          { nodes: [node] },
        ),
      );
    }
  },
});
