import { createHash } from 'node:crypto';
import type { GraphStore } from '../../src/ports/graph-store.js';

/** A digest of everything a graph store holds (releases, their entities and facts), independent of write order. */
export async function storeDigest(graph: GraphStore): Promise<{ releases: number; digest: string }> {
  const lines: string[] = [];
  for await (const ids of graph.releaseIds(500)) {
    for (const id of ids) {
      const release = await graph.getRelease(id);
      const entities = (await graph.entitiesOfRelease(id)).map((e) => `${e.id}|${e.type}|${e.name}`).sort();
      const facts = (await graph.factsOfRelease(id))
        .map((f) => `${f.id}|${f.type}|${f.from}|${f.to}|${f.evidence.start}`)
        .sort();
      lines.push(`${id}|${release?.source}|${release?.title}|${entities.join(',')}|${facts.join(',')}`);
    }
  }
  lines.sort();
  return { releases: lines.length, digest: createHash('sha256').update(lines.join('\n')).digest('hex') };
}
