import type { Extraction } from '../../src/domain/extraction.js';
import type { Fact } from '../../src/domain/relation.js';
import type { Release } from '../../src/domain/release.js';
import { factId } from '../../src/domain/ids.js';
import type { GraphReader, GraphWriter } from '../../src/ports/graph-store.js';
import type { SearchIndex } from '../../src/ports/search-index.js';
import { toSearchDocument } from '../to-search-document.js';

/** What changes in one release (or in total) when the current extractor runs again. */
export interface FactChanges {
  entities: { added: string[]; removed: string[] };
  roles: { added: string[]; removed: string[] };
  visits: { added: string[]; removed: string[] };
}

/** Changes of one release. */
export interface ReleaseDiff extends FactChanges {
  releaseId: string;
  title: string;
}

/** Totals of a re-extraction. */
export interface ReextractReport {
  releases: number;
  changed: number;
  totals: {
    entities: { added: number; removed: number };
    roles: { added: number; removed: number };
    visits: { added: number; removed: number };
  };
}

function difference(before: Set<string>, after: Set<string>) {
  return {
    added: [...after].filter((x) => !before.has(x)).sort(),
    removed: [...before].filter((x) => !after.has(x)).sort(),
  };
}

/** What re-extraction uses: reading stored releases, writing their new facts, indexing them. */
export interface ReextractStores {
  graph: GraphReader & Pick<GraphWriter, 'writeRelease'>;
  search: Pick<SearchIndex, 'index'>;
}

/**
 * Runs the current extractor over every stored release (from the text kept in the store) and, unless
 * `dryRun`, replaces each release's facts; merges, renames and rejections still apply. `onDiff` sees every
 * release whose entities, roles or visits change.
 */
export async function reextract(
  stores: ReextractStores,
  options: { extract: (release: Release) => Extraction; dryRun: boolean; onDiff?: (diff: ReleaseDiff) => void },
): Promise<ReextractReport> {
  const report: ReextractReport = {
    releases: 0,
    changed: 0,
    totals: { entities: { added: 0, removed: 0 }, roles: { added: 0, removed: 0 }, visits: { added: 0, removed: 0 } },
  };
  const graph = stores.graph;
  for await (const ids of graph.releaseIds(200)) {
    for (const id of ids) {
      const release = await graph.getRelease(id);
      if (!release) continue;
      report.releases++;
      const extraction = options.extract(release);
      const [storedEntities, storedFacts] = await Promise.all([graph.entitiesOfRelease(id), graph.factsOfRelease(id)]);
      const storedNames = new Map(storedEntities.map((entity) => [entity.id, entity.name]));
      const newNames = new Map(extraction.entities.map((entity) => [entity.id, entity.name]));
      // Merged entities are stored under their survivor: compare like with like.
      const resolved = new Map<string, string>();
      for (const entity of extraction.entities) {
        const stored = await graph.getEntity(entity.id);
        resolved.set(entity.id, stored?.id ?? entity.id);
        if (stored) newNames.set(stored.id, stored.name);
      }
      const name = (names: Map<string, string>, id: string | null) => (id === null ? '' : (names.get(id) ?? id));
      const describeStored = (fact: Fact) =>
        fact.type === 'HOLDS_ROLE'
          ? `${name(storedNames, fact.from)}: ${fact.title ?? ''}${fact.to ? ` (${name(storedNames, fact.to)})` : ''}`
          : `${name(storedNames, fact.from)} → ${name(storedNames, fact.to)}`;
      const describeNew = (relation: Extraction['relations'][number]) => {
        const from = name(newNames, resolved.get(relation.from) ?? relation.from);
        const to = relation.to === null ? null : (resolved.get(relation.to) ?? relation.to);
        return relation.type === 'HOLDS_ROLE'
          ? `${from}: ${relation.title ?? ''}${to ? ` (${name(newNames, to)})` : ''}`
          : `${from} → ${name(newNames, to)}`;
      };
      // Compare with what a write would store: resolved ends, no fact from an entity to itself, one per fact id.
      const seen = new Set<string>();
      const written = extraction.relations.filter((relation) => {
        const from = resolved.get(relation.from) ?? relation.from;
        const to = relation.to === null ? null : (resolved.get(relation.to) ?? relation.to);
        const key = factId(id, relation);
        if (from === to || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      const changes: FactChanges = {
        entities: difference(
          new Set(storedEntities.map((e) => `${e.type} ${e.name}`)),
          new Set(extraction.entities.map((e) => `${e.type} ${name(newNames, resolved.get(e.id) ?? e.id)}`)),
        ),
        roles: difference(
          new Set(storedFacts.filter((f) => f.type === 'HOLDS_ROLE').map(describeStored)),
          new Set(written.filter((r) => r.type === 'HOLDS_ROLE').map(describeNew)),
        ),
        visits: difference(
          new Set(storedFacts.filter((f) => f.type === 'VISITED').map(describeStored)),
          new Set(written.filter((r) => r.type === 'VISITED').map(describeNew)),
        ),
      };
      const changed = Object.values(changes).some((c) => c.added.length + c.removed.length > 0);
      for (const kind of ['entities', 'roles', 'visits'] as const) {
        report.totals[kind].added += changes[kind].added.length;
        report.totals[kind].removed += changes[kind].removed.length;
      }
      if (!changed) continue;
      report.changed++;
      options.onDiff?.({ releaseId: id, title: release.title, ...changes });
      if (!options.dryRun) {
        await graph.writeRelease({ release, extraction }, { replaceFacts: true });
        await stores.search.index([toSearchDocument({ release, extraction })]);
      }
    }
  }
  return report;
}
