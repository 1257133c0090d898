import { entityResolvers } from './entity-fields.js';
import { mutationResolvers } from './mutation.js';
import { queryResolvers } from './query.js';
import { releaseResolvers } from './release-fields.js';
import { searchResolvers } from './search.js';

/** All resolvers, merged per type. */
export const resolvers = {
  ...entityResolvers,
  ...releaseResolvers,
  ...searchResolvers,
  Query: { ...queryResolvers, ...searchResolvers.Query },
  Mutation: mutationResolvers,
};
