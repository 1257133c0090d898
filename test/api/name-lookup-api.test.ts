import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRelease } from '../../ingest/write-release.js';
import type { Stores } from '../../src/ports/stores.js';
import { startTestApi } from '../helpers/api.js';
import { makeFacts } from '../helpers/make-facts.js';
import { createTempStores } from '../helpers/temp-stores.js';

describe('name lookup over the API', () => {
  let stores: Stores;
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    stores = createTempStores();
    await writeRelease(
      makeFacts({
        source: 'fixtures/namesakes.txt',
        title: 'Zwei Quandels',
        body: 'Jo Quandel und Bo Quandel eröffneten das Haus.',
        entities: [
          { type: 'Person', name: 'Jo Quandel', aliases: ['Quandel'] },
          { type: 'Person', name: 'Bo Quandel', aliases: ['Quandel'] },
        ],
      }),
      stores,
    );
    api = await startTestApi(stores);
  });
  afterAll(async () => {
    await api.stop();
    await stores.close();
  });

  it('answers a surname two people share with AMBIGUOUS and lists both as candidates', async () => {
    const result = await api.run('{ person(name: "Frau Quandel") { id } }');
    expect(result.data).toBeNull();
    const extensions = result.errors?.[0]?.extensions;
    expect(extensions?.['code']).toBe('AMBIGUOUS');
    expect(extensions?.['candidateCount']).toBe(2);
    expect(extensions?.['candidates']).toEqual(
      expect.arrayContaining([
        { id: 'per:jo-quandel', name: 'Jo Quandel', type: 'Person' },
        { id: 'per:bo-quandel', name: 'Bo Quandel', type: 'Person' },
      ]),
    );
  });

  it('finds the one person a full name means', async () => {
    const result = await api.run('{ person(name: "jo quandel") { id } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ person: { id: 'per:jo-quandel' } });
  });
});
