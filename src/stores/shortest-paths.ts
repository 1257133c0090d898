import type { RelationType } from '../domain/relation.js';
import type { PathHop } from '../ports/graph-store.js';

/** What the store knows about one entity's neighbours: facts first, then co-mentions. */
export interface Neighbours {
  facts: {
    other: string;
    from: string;
    to: string;
    type: RelationType;
    factId: string;
    releaseId: string;
    sentence: string;
  }[];
  coMentions: { other: string; releaseId: string }[];
}

/** Loads the neighbours of many entities at once (one query per BFS level). */
export type NeighbourLoader = (ids: string[]) => Promise<Map<string, Neighbours>>;

// One search for every graph store, so that all of them give the same paths.
/** Hubs (a state named in thousands of releases) would flood the search: the strongest co-mentions only. */
export const MAX_COMENTIONS = 200;
const MAX_VISITED = 50_000;
const MAX_CANDIDATES = 100;

/**
 * Shortest paths between two entities by breadth-first search over facts and co-mentions, level
 * by level; a direct fact is preferred over a co-mention between the same two entities, and among
 * equally short paths those with fewer co-mentions come first.
 */
export async function shortestPaths(
  load: NeighbourLoader,
  from: string,
  to: string,
  maxHops: number,
  first: number,
): Promise<PathHop[][]> {
  if (from === to) return [];
  const parents = new Map<string, { node: string; edge: PathHop }[]>([[from, []]]);
  let frontier = [from];
  for (let depth = 0; depth < maxHops && frontier.length > 0 && !parents.has(to); depth++) {
    const neighbours = await load(frontier);
    const next = new Map<string, { node: string; edge: PathHop }[]>();
    for (const node of frontier) {
      for (const [other, edge] of edgesOf(node, neighbours.get(node))) {
        if (parents.has(other)) continue;
        const list = next.get(other) ?? [];
        list.push({ node, edge });
        next.set(other, list);
      }
    }
    for (const [node, list] of next) parents.set(node, list);
    if (parents.size > MAX_VISITED) break;
    frontier = [...next.keys()];
  }
  if (!parents.has(to)) return [];

  const paths: PathHop[][] = [];
  const walk = (node: string, suffix: PathHop[]): void => {
    if (paths.length >= MAX_CANDIDATES) return;
    if (node === from) {
      paths.push(suffix);
      return;
    }
    for (const { node: previous, edge } of parents.get(node) ?? []) walk(previous, [edge, ...suffix]);
  };
  walk(to, []);
  const coMentions = (path: PathHop[]): number => path.filter((hop) => hop.type === 'MENTIONED_WITH').length;
  return paths.sort((a, b) => coMentions(a) - coMentions(b)).slice(0, first);
}

function edgesOf(id: string, neighbours: Neighbours | undefined): Map<string, PathHop> {
  const edges = new Map<string, PathHop>();
  for (const fact of neighbours?.facts ?? []) {
    if (!edges.has(fact.other)) {
      edges.set(fact.other, {
        from: fact.from,
        to: fact.to,
        type: fact.type,
        factId: fact.factId,
        releaseId: fact.releaseId,
        sentence: fact.sentence,
      });
    }
  }
  for (const { other, releaseId } of neighbours?.coMentions ?? []) {
    if (!edges.has(other)) {
      edges.set(other, { from: id, to: other, type: 'MENTIONED_WITH', factId: null, releaseId, sentence: null });
    }
  }
  return edges;
}
