import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stores } from '../../src/ports/stores.js';
import { startTestApi } from '../helpers/api.js';
import { makeFacts } from '../helpers/make-facts.js';
import { createTempStores } from '../helpers/temp-stores.js';

// More releases than any in-memory cap a timeline once had (1,000), oldest first.
const RELEASES = 1_050;

const dayOf = (i: number) => {
  const date = new Date(Date.UTC(2019, 0, 1) + i * 2 * 86_400_000);
  return date.toISOString().slice(0, 10);
};

describe('timeline over the API for an entity with a long history', () => {
  let stores: Stores;
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    stores = createTempStores();
    for (let i = 0; i < RELEASES; i++) {
      const sentence = `Senatorin Hedda Kroll besuchte die Werkstatt ${i}.`;
      await stores.graph.writeRelease(
        makeFacts({
          source: `fixtures/kroll-${i}.txt`,
          title: `Besuch Nummer ${i}`,
          date: dayOf(i),
          body: sentence,
          entities: [
            { type: 'Person', name: 'Hedda Kroll' },
            { type: 'Organisation', name: `Werkstatt ${i}` },
          ],
          relations: [{ type: 'VISITED', from: 'Hedda Kroll', to: `Werkstatt ${i}`, sentence }],
        }),
      );
    }
    api = await startTestApi(stores);
  }, 120_000);
  afterAll(async () => {
    await api.stop();
    await stores.close();
  });

  const query = `query ($order: TimelineOrder, $after: String) {
    timeline(entityId: "per:hedda-kroll", order: $order, first: 3, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { date kind description } }
    }
  }`;

  it('starts a DESC timeline with the newest release and counts every fact and release', async () => {
    const result = await api.run(query, { order: 'DESC' });
    expect(result.errors).toBeUndefined();
    const timeline = result.data?.['timeline'] as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(timeline['totalCount']).toBe(2 * RELEASES);
    const newest = dayOf(RELEASES - 1);
    expect(timeline['edges'].map((edge: { node: unknown }) => edge.node)).toEqual([
      { date: newest, kind: 'RELEASE', description: `Besuch Nummer ${RELEASES - 1}` },
      { date: newest, kind: 'VISIT', description: `Hedda Kroll visited Werkstatt ${RELEASES - 1}` },
      { date: dayOf(RELEASES - 2), kind: 'RELEASE', description: `Besuch Nummer ${RELEASES - 2}` },
    ]);
    expect(timeline['pageInfo'].hasNextPage).toBe(true);
  });

  it('pages on from a cursor in the store order, to the oldest event at the end', async () => {
    const first = await api.run(query, { order: 'ASC' });
    const cursor = (first.data?.['timeline'] as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
    const second = await api.run(query, { order: 'ASC', after: cursor });
    expect(second.errors).toBeUndefined();
    const nodes = (second.data?.['timeline'] as { edges: { node: { date: string; kind: string } }[] }).edges.map(
      (edge) => edge.node,
    );
    expect(nodes.map((node) => [node.date, node.kind])).toEqual([
      [dayOf(1), 'VISIT'],
      [dayOf(2), 'RELEASE'],
      [dayOf(2), 'VISIT'],
    ]);
  });
});
