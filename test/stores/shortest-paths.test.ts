import { describe, expect, it } from 'vitest';
import type { Neighbours } from '../../src/stores/shortest-paths.js';
import { shortestPaths } from '../../src/stores/shortest-paths.js';

// a -VISITED-> b, b co-mentioned with c, a co-mentioned with d, d -PART_OF-> c.
const graph: Record<string, Neighbours> = {
  a: {
    facts: [
      { other: 'b', from: 'a', to: 'b', type: 'VISITED', factId: 'f1', releaseId: 'r1', sentence: 'a visited b' },
    ],
    coMentions: [
      { other: 'b', releaseId: 'r1' },
      { other: 'd', releaseId: 'r2' },
    ],
  },
  b: {
    facts: [
      { other: 'a', from: 'a', to: 'b', type: 'VISITED', factId: 'f1', releaseId: 'r1', sentence: 'a visited b' },
    ],
    coMentions: [
      { other: 'a', releaseId: 'r1' },
      { other: 'c', releaseId: 'r3' },
    ],
  },
  c: {
    facts: [
      { other: 'd', from: 'd', to: 'c', type: 'PART_OF', factId: 'f2', releaseId: 'r4', sentence: 'd is part of c' },
    ],
    coMentions: [{ other: 'b', releaseId: 'r3' }],
  },
  d: {
    facts: [
      { other: 'c', from: 'd', to: 'c', type: 'PART_OF', factId: 'f2', releaseId: 'r4', sentence: 'd is part of c' },
    ],
    coMentions: [{ other: 'a', releaseId: 'r2' }],
  },
};

function loader() {
  const calls: string[][] = [];
  const load = async (ids: string[]) => {
    calls.push(ids);
    return new Map(ids.filter((id) => graph[id]).map((id) => [id, graph[id]!]));
  };
  return { load, calls };
}

describe('shortestPaths', () => {
  it('prefers a fact over a co-mention between the same two entities', async () => {
    const { load } = loader();
    const [path] = await shortestPaths(load, 'a', 'b', 3, 5);
    expect(path).toEqual([
      { from: 'a', to: 'b', type: 'VISITED', factId: 'f1', releaseId: 'r1', sentence: 'a visited b' },
    ]);
  });

  it('finds every shortest path, fewer co-mentions first, and loads one level per query', async () => {
    const { load, calls } = loader();
    const paths = await shortestPaths(load, 'a', 'c', 4, 5);
    expect(paths.map((path) => path.map((hop) => hop.type))).toEqual([
      ['VISITED', 'MENTIONED_WITH'],
      ['MENTIONED_WITH', 'PART_OF'],
    ]);
    expect(calls).toEqual([['a'], ['b', 'd']]);
  });

  it('gives up beyond maxHops and for the same entity', async () => {
    expect(await shortestPaths(loader().load, 'a', 'c', 1, 5)).toEqual([]);
    expect(await shortestPaths(loader().load, 'a', 'a', 3, 5)).toEqual([]);
    expect(await shortestPaths(loader().load, 'a', 'nowhere', 3, 5)).toEqual([]);
  });
});
