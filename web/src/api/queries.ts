import type { Neighbourhood, RelationType } from '../lib/graph-model.js';
import type { MentionSpan } from '../lib/text-segments.js';
import { gql } from './client.js';
import type { EntityLink, EntityRef, EntityType, Fact, Quote, ReleaseSummary, Role, Visit } from './types.js';

const REF = 'id name type';
const SUMMARY = 'id title date publisher language source';

/** A release with its marked text and relations. */
export interface ReleaseDetail extends ReleaseSummary {
  subtitle: string | null;
  dateline: string | null;
  url: string | null;
  caption: string | null;
  photoCredit: string | null;
  contact: string | null;
  links: string[];
  text: string;
  mentions: (MentionSpan & { entity: EntityRef })[];
  facts: Fact[];
}

/** One release by id. */
export async function fetchRelease(id: string, signal?: AbortSignal): Promise<ReleaseDetail> {
  const data = await gql<{ release: ReleaseDetail }>(
    `query Release($id: ID!) { release(id: $id) {
      ${SUMMARY} subtitle dateline url caption photoCredit contact links text
      mentions { start end confidence entity { ${REF} } }
      facts { id type title date quote from { ${REF} } to { ${REF} } provenance { sentence confidence start end } }
    } }`,
    { id },
    signal,
  );
  return data.release;
}

/** Everything the entity page shows; fields a type lacks stay empty. */
export interface EntityDetail extends EntityRef {
  aliases: string[];
  releaseCount: number;
  releases: ReleaseSummary[];
  connections: EntityLink[];
  roles: Role[];
  visits: Visit[];
  visitsTotal: number;
  quotes: Quote[];
  quotesTotal: number;
  people: Role[];
  visitors: Visit[];
  visitorsTotal: number;
  parts: EntityRef[];
  partOf: EntityRef[];
  locatedIn: EntityRef[];
  contains: EntityRef[];
}

// Provenance inside entity sections: a short release reference keeps each query under the API's cost limit.
const SHORT_PROVENANCE = 'provenance { factId sentence confidence release { id title date } }';
const ROLE = `title date person { ${REF} } organisation { ${REF} } ${SHORT_PROVENANCE}`;
const VISIT = `date visitor { ${REF} } target { ${REF} } ${SHORT_PROVENANCE}`;
const ROOT_FIELD: Record<EntityType, string> = {
  Person: 'person',
  Organisation: 'organisation',
  Place: 'place',
  Initiative: 'initiative',
};

// The sections each type shows; each is its own small request (one big query would exceed the API's cost limit).
const SECTIONS: Record<EntityType, string[]> = {
  Person: [
    `roles { ${ROLE} }`,
    `visits(first: 100) { totalCount edges { node { ${VISIT} } } }`,
    `quotes(first: 50) { totalCount edges { node { text ${SHORT_PROVENANCE} } } }`,
  ],
  Organisation: [
    `people { ${ROLE} }`,
    `visitors(first: 100) { totalCount edges { node { ${VISIT} } } }`,
    `parts { ${REF} } partOf { ${REF} } locatedIn { ${REF} }`,
  ],
  Place: [
    `visitors(first: 100) { totalCount edges { node { ${VISIT} } } }`,
    `contains { ${REF} } partOf { ${REF} } parts { ${REF} }`,
  ],
  Initiative: [
    `people { ${ROLE} }`,
    `visitors(first: 100) { totalCount edges { node { ${VISIT} } } }`,
    `partOf { ${REF} }`,
  ],
};

interface Connection<T> {
  totalCount?: number;
  edges: { node: T }[];
}

interface RawEntity extends EntityRef {
  aliases: string[];
  releaseCount: number;
  releases: Connection<ReleaseSummary>;
  connections: Connection<EntityLink>;
  roles?: Role[];
  visits?: Connection<Visit>;
  quotes?: Connection<Quote>;
  people?: Role[];
  visitors?: Connection<Visit>;
  parts?: EntityRef[];
  partOf?: EntityRef[];
  locatedIn?: EntityRef[];
  contains?: EntityRef[];
}

/** The type of an entity (cheap), so the detail query can ask for that type's fields only. */
export async function fetchEntityRef(id: string, signal?: AbortSignal): Promise<EntityRef> {
  return (await gql<{ entity: EntityRef }>(`query Ref($id: ID!) { entity(id: $id) { ${REF} } }`, { id }, signal))
    .entity;
}

function nodes<T>(connection: Connection<T> | undefined): T[] {
  return connection?.edges.map((edge) => edge.node) ?? [];
}

/** One entity with everything its page shows. */
export async function fetchEntity(id: string, signal?: AbortSignal): Promise<EntityDetail> {
  const ref = await fetchEntityRef(id, signal);
  const root = ROOT_FIELD[ref.type];
  const [base, ...sections] = await Promise.all([
    gql<{ entity: RawEntity }>(
      `query Entity($id: ID!) { entity(id: $id) { ${REF} aliases releaseCount
        releases(first: 50) { totalCount edges { node { ${SUMMARY} } } }
        connections(first: 15) { edges { node { sharedReleases sharedFacts entity { ${REF} } } } }
      } }`,
      { id: ref.id },
      signal,
    ),
    ...(SECTIONS[ref.type] ?? []).map((fields) =>
      gql<Record<string, Partial<RawEntity>>>(
        `query Section($id: ID!) { ${root}(id: $id) { ${fields} } }`,
        { id: ref.id },
        signal,
      ),
    ),
  ]);
  const e: RawEntity = Object.assign({}, base.entity, ...sections.map((section) => section[root]));
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    releaseCount: e.releaseCount,
    releases: nodes(e.releases),
    connections: nodes(e.connections),
    roles: e.roles ?? [],
    visits: nodes(e.visits),
    visitsTotal: e.visits?.totalCount ?? 0,
    quotes: nodes(e.quotes),
    quotesTotal: e.quotes?.totalCount ?? 0,
    people: e.people ?? [],
    visitors: nodes(e.visitors),
    visitorsTotal: e.visitors?.totalCount ?? 0,
    parts: e.parts ?? [],
    partOf: e.partOf ?? [],
    locatedIn: e.locatedIn ?? [],
    contains: e.contains ?? [],
  };
}

const HOOD_VISIT = `date visitor { ${REF} } target { ${REF} }`;
const HOOD_FIELDS: Record<EntityType, string> = {
  Person: `... on Person { roles { title date person { ${REF} } organisation { ${REF} } } visits(first: 100) { edges { node { ${HOOD_VISIT} } } } }`,
  Organisation: `... on Organisation { people { title date person { ${REF} } organisation { ${REF} } }
    visitors(first: 100) { edges { node { ${HOOD_VISIT} } } } parts { ${REF} } partOf { ${REF} } locatedIn { ${REF} } }`,
  Place: `... on Place { visitors(first: 100) { edges { node { ${HOOD_VISIT} } } } contains { ${REF} } partOf { ${REF} } parts { ${REF} } }`,
  Initiative: `... on Initiative { people { title date person { ${REF} } organisation { ${REF} } }
    visitors(first: 100) { edges { node { ${HOOD_VISIT} } } } partOf { ${REF} } }`,
};

/** Neighbours of one entity for the network: co-mentions (dated by the shared releases) and stated relations. */
export async function fetchNeighbourhood(id: string, first = 25, signal?: AbortSignal): Promise<Neighbourhood> {
  const ref = await fetchEntityRef(id, signal);
  const data = await gql<{ entity: RawEntity }>(
    `query Hood($id: ID!, $first: Int!) { entity(id: $id) { ${REF}
      releases(first: 20) { edges { node { id date } } }
      connections(first: $first) { edges { node { sharedReleases sharedFacts entity { ${REF} } } } }
      ${HOOD_FIELDS[ref.type] ?? ''}
    } }`,
    { id: ref.id, first },
    signal,
  );
  const e = data.entity;
  const releases = e.releases.edges.map((edge) => edge.node);
  // Which of the center's releases each neighbour is named in, to date co-mention edges (≤ 20 aliases per request).
  const inRelease = new Map<string, string[]>();
  if (releases.length) {
    const aliases = releases
      .map((r, i) => `r${i}: release(id: ${JSON.stringify(r.id)}) { id entities { id } }`)
      .join('\n');
    const found = await gql<Record<string, { id: string; entities: { id: string }[] }>>(
      `query { ${aliases} }`,
      {},
      signal,
    );
    for (const release of Object.values(found)) {
      for (const entity of release.entities)
        inRelease.set(entity.id, [...(inRelease.get(entity.id) ?? []), release.id]);
    }
  }
  const relations: Neighbourhood['relations'] = [];
  const add = (type: RelationType, from: EntityRef | null, to: EntityRef | null, date: string | null = null) => {
    if (from && to) relations.push({ type, from, to, date });
  };
  for (const role of e.roles ?? []) add('HOLDS_ROLE', e, role.organisation, role.date);
  for (const role of e.people ?? []) add('HOLDS_ROLE', role.person, e, role.date);
  for (const visit of e.visits?.edges ?? []) add('VISITED', e, visit.node.target, visit.node.date);
  for (const visit of e.visitors?.edges ?? []) add('VISITED', visit.node.visitor, e, visit.node.date);
  for (const part of e.parts ?? []) add('PART_OF', part, e);
  for (const whole of e.partOf ?? []) add('PART_OF', e, whole);
  for (const place of e.locatedIn ?? []) add('LOCATED_IN', e, place);
  for (const thing of e.contains ?? []) add('LOCATED_IN', thing, e);
  return {
    center: { id: e.id, name: e.name, type: e.type },
    releases,
    neighbours: e.connections.edges.map(({ node }) => ({
      entity: node.entity,
      sharedReleases: node.sharedReleases,
      releases: (inRelease.get(node.entity.id) ?? []).map((rid) => releases.find((r) => r.id === rid)!).filter(Boolean),
    })),
    relations,
  };
}

/** One step of a path with its evidence. */
export interface PathHop {
  from: EntityRef;
  to: EntityRef;
  type: string;
  sentence: string | null;
  release: ReleaseSummary;
  fact: { id: string } | null;
}

/** A path between two entities. */
export interface PathResult {
  entities: EntityRef[];
  hops: PathHop[];
}

/** The shortest paths between two entities (at most `maxHops` steps). */
export async function fetchPath(from: string, to: string, maxHops = 4, signal?: AbortSignal): Promise<PathResult[]> {
  const data = await gql<{ path: PathResult[] }>(
    `query Path($from: ID!, $to: ID!, $maxHops: Int) { path(from: $from, to: $to, maxHops: $maxHops, first: 3) {
      entities { ${REF} } hops { type sentence from { ${REF} } to { ${REF} } release { ${SUMMARY} } fact { id } }
    } }`,
    { from, to, maxHops },
    signal,
  );
  return data.path;
}

/** Merges entities into the first id; returns the surviving entity. */
export async function mergeEntities(ids: string[]): Promise<EntityRef> {
  return (
    await gql<{ mergeEntities: EntityRef }>(`mutation Merge($ids: [ID!]!) { mergeEntities(ids: $ids) { ${REF} } }`, {
      ids,
    })
  ).mergeEntities;
}

/** Gives an entity a display name. */
export async function renameEntity(id: string, name: string): Promise<EntityRef> {
  return (
    await gql<{ renameEntity: EntityRef }>(
      `mutation Rename($id: ID!, $name: String!) { renameEntity(id: $id, name: $name) { ${REF} } }`,
      {
        id,
        name,
      },
    )
  ).renameEntity;
}

/** Removes a fact for good. */
export async function rejectFact(id: string): Promise<boolean> {
  return (await gql<{ rejectFact: boolean }>(`mutation Reject($id: ID!) { rejectFact(id: $id) }`, { id })).rejectFact;
}

/** A curation action from the log. */
export interface CurationRecord {
  at: string;
  actor: string;
  action: string;
  details: string;
}

/** The most recent curation actions. */
export async function fetchCurationLog(first = 20): Promise<CurationRecord[]> {
  return (
    await gql<{ curationLog: CurationRecord[] }>(
      `query Log($first: Int) { curationLog(first: $first) { at actor action details } }`,
      { first },
    )
  ).curationLog;
}
