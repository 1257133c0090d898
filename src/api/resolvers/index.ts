import { graphResolvers } from './graph.js';
import { searchResolvers } from './search.js';

/** All resolvers, merged per type. */
export const resolvers = {
  ...graphResolvers,
  ...searchResolvers,
  Query: { ...graphResolvers.Query, ...searchResolvers.Query },
};
