/** Relation types the network shows; MENTIONED_WITH is two entities named in the same release. */
export const RELATION_TYPES = ['MENTIONED_WITH', 'VISITED', 'HOLDS_ROLE', 'PART_OF', 'LOCATED_IN'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** An entity drawn as a node. */
export interface GraphNode {
  id: string;
  name: string;
  type: string;
  /** True once its neighbours were loaded. */
  expanded: boolean;
}

/** A relation drawn as an edge; MENTIONED_WITH edges are undirected (source < target). */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  /** ISO dates the relation is attested on (visits, roles, shared releases); empty when unknown. */
  dates: string[];
  /** How strong the link is (shared releases for co-mentions, else the number of facts). */
  weight: number;
}

/** The network built up while exploring. */
export interface GraphModel {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
}

/** An entity as the API names it. */
export interface EntityRef {
  id: string;
  name: string;
  type: string;
}

/** What one "expand" of a node brings: its neighbours by co-mention and its stated relations. */
export interface Neighbourhood {
  center: EntityRef;
  /** Releases that mention the center, with their dates. */
  releases: { id: string; date: string | null }[];
  neighbours: { entity: EntityRef; sharedReleases: number; releases: { id: string; date: string | null }[] | null }[];
  relations: { type: RelationType; from: EntityRef; to: EntityRef; date: string | null }[];
}

/** An empty network. */
export function emptyGraph(): GraphModel {
  return { nodes: new Map(), edges: new Map() };
}

/** The id of an edge: undirected for co-mentions, directed for stated relations. */
export function edgeId(type: RelationType, from: string, to: string): string {
  if (type === 'MENTIONED_WITH' && to < from) [from, to] = [to, from];
  return `${type}|${from}|${to}`;
}

function addNode(model: GraphModel, ref: EntityRef): void {
  if (!model.nodes.has(ref.id))
    model.nodes.set(ref.id, { id: ref.id, name: ref.name, type: ref.type, expanded: false });
}

/** Adds (or strengthens) an edge and its endpoints; returns the edge. */
export function addEdge(
  model: GraphModel,
  type: RelationType,
  from: EntityRef,
  to: EntityRef,
  dates: readonly string[],
  weight = 1,
): GraphEdge {
  addNode(model, from);
  addNode(model, to);
  const id = edgeId(type, from.id, to.id);
  const existing = model.edges.get(id);
  if (existing) {
    existing.dates = [...new Set([...existing.dates, ...dates])].sort();
    existing.weight = type === 'MENTIONED_WITH' ? Math.max(existing.weight, weight) : existing.weight + weight;
    return existing;
  }
  const [source, target] = type === 'MENTIONED_WITH' && to.id < from.id ? [to.id, from.id] : [from.id, to.id];
  const edge: GraphEdge = { id, source, target, type, dates: [...new Set(dates)].sort(), weight };
  model.edges.set(id, edge);
  return edge;
}

/** Merges one expanded neighbourhood into the model (in place) and marks its center expanded. */
export function mergeNeighbourhood(model: GraphModel, hood: Neighbourhood): GraphModel {
  addNode(model, hood.center);
  model.nodes.get(hood.center.id)!.expanded = true;
  const centerDates = new Map(hood.releases.map((release) => [release.id, release.date]));
  for (const neighbour of hood.neighbours) {
    if (neighbour.entity.id === hood.center.id) continue;
    // Co-mention dates: the releases both are named in, when the neighbour's releases are known.
    const dates = (neighbour.releases ?? [])
      .filter((release) => centerDates.has(release.id) && release.date)
      .map((release) => release.date!);
    addEdge(model, 'MENTIONED_WITH', hood.center, neighbour.entity, dates, neighbour.sharedReleases);
  }
  const seen = new Set<string>();
  for (const relation of hood.relations) {
    if (relation.from.id === relation.to.id) continue;
    // Each fact is listed once per side; count a (type, from, to, date) once per expansion.
    const key = `${edgeId(relation.type, relation.from.id, relation.to.id)}|${relation.date ?? ''}`;
    const first = !seen.has(key);
    seen.add(key);
    addEdge(model, relation.type, relation.from, relation.to, relation.date ? [relation.date] : [], first ? 1 : 0);
  }
  return model;
}

/** What the filters keep visible. */
export interface GraphFilter {
  types: ReadonlySet<RelationType>;
  /** Inclusive ISO dates; an edge with no date in range is hidden while either is set. */
  from?: string | undefined;
  to?: string | undefined;
  /** Nodes always shown (the focus, path ends). */
  pinned?: ReadonlySet<string> | undefined;
}

/** True when any of the dates lies in the inclusive range. */
export function datesInRange(dates: readonly string[], from?: string, to?: string): boolean {
  if (!from && !to) return true;
  return dates.some((date) => (!from || date >= from) && (!to || date.slice(0, to.length) <= to));
}

/** The nodes and edges that pass the filter: edges of the chosen types in the date range, and the nodes they touch. */
export function visibleGraph(model: GraphModel, filter: GraphFilter): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const edges = [...model.edges.values()].filter(
    (edge) => filter.types.has(edge.type) && datesInRange(edge.dates, filter.from, filter.to),
  );
  const keep = new Set<string>(filter.pinned ?? []);
  for (const edge of edges) {
    keep.add(edge.source);
    keep.add(edge.target);
  }
  for (const node of model.nodes.values()) if (node.expanded && !filter.from && !filter.to) keep.add(node.id);
  const nodes = [...model.nodes.values()].filter((node) => keep.has(node.id));
  return { nodes, edges };
}

/** A synthetic network of `count` nodes (a few hubs, each node linked to one or two others), for load tests and demos. */
export function syntheticGraph(count: number, seed = 1): GraphModel {
  const model = emptyGraph();
  let state = seed;
  const random = () => {
    // A small linear congruential generator keeps the graph the same on every run.
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const types = ['Person', 'Organisation', 'Place', 'Initiative'];
  const refs: EntityRef[] = [];
  for (let i = 0; i < count; i++) refs.push({ id: `syn:${i}`, name: `${types[i % 4]} ${i}`, type: types[i % 4]! });
  for (let i = 1; i < count; i++) {
    const hub = refs[Math.floor(random() * Math.min(i, 12))]!;
    const relation = RELATION_TYPES[i % RELATION_TYPES.length]!;
    addEdge(model, relation, refs[i]!, hub, [`2025-${String((i % 12) + 1).padStart(2, '0')}-01`]);
    if (random() < 0.3) addEdge(model, 'MENTIONED_WITH', refs[i]!, refs[Math.floor(random() * i)]!, []);
  }
  if (count === 1) addNode(model, refs[0]!);
  return model;
}
