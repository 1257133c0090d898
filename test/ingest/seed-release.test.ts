import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentProcessor } from '../../ingest/process-document.js';
import { writeRelease } from '../../ingest/write-release.js';
import type { Stores } from '../../src/ports/stores.js';
import { startTestApi } from '../helpers/api.js';
import { createTempStores } from '../helpers/temp-stores.js';

// The project's reference release, read from the shared corpus (its text belongs to its publisher).
const gold = JSON.parse(readFileSync(join(import.meta.dirname, '../../../shared/corpus/de-seed.json'), 'utf8')) as {
  text: string;
};

describe('the reference release, from text to GraphQL answer', () => {
  let stores: Stores;
  let api: Awaited<ReturnType<typeof startTestApi>>;

  beforeAll(async () => {
    stores = createTempStores();
    await writeRelease(createDocumentProcessor()({ raw: gold.text, meta: { source: 'de-seed.txt' } }), stores);
    api = await startTestApi(stores);
  });
  afterAll(async () => {
    await api.stop();
    await stores.close();
  });

  async function query(q: string) {
    const result = await api.run(q);
    expect(result.errors).toBeUndefined();
    return result.data as Record<string, unknown>;
  }

  it('stores the officials with their titles', async () => {
    const expected: [string, RegExp][] = [
      ['Lars Hellmers', /^Vorstand$/],
      ['Anna Kebschull', /^Landrätin$/],
      ['Stephan Weil', /^Ministerpräsident$/],
      ['Deniz Kurku', /^Landesbeauftragter? für Migration und Teilhabe$/],
      ['Andrea Börgeling', /^Leiterin des Migrationszentrums$/],
    ];
    for (const [name, title] of expected) {
      const data = await query(`{ person(name: "${name}") { name roles { title organisation { name } } } }`);
      const person = data['person'] as {
        name: string;
        roles: { title: string; organisation: { name: string } | null }[];
      };
      expect(person.name).toBe(name);
      expect(
        person.roles.map((role) => role.title),
        name,
      ).toEqual(expect.arrayContaining([expect.stringMatching(title)]));
    }
    const hellmers = await query(`{ person(name: "Hellmers") { roles { title organisation { name } } } }`);
    expect(hellmers).toEqual({ person: { roles: [{ title: 'Vorstand', organisation: { name: 'MaßArbeit' } }] } });
  });

  it('stores the organisations, places and the initiative', async () => {
    const wanted: [string, string][] = [
      ['MaßArbeit', 'Organisation'],
      ['Migrationszentrum', 'Organisation'],
      ['Landkreis Osnabrück', 'Organisation'],
      ['Niedersachsen', 'Place'],
      ['Osnabrück', 'Place'],
      ['Niedersachsen packt an', 'Initiative'],
    ];
    for (const [name, type] of wanted) {
      const data = await query(`{ entities(name: "${name}", type: ${type}) { edges { node { name } } } }`);
      expect((data['entities'] as { edges: unknown[] }).edges.length, `${type} ${name}`).toBeGreaterThan(0);
    }
  });

  it('answers the visits of Deniz Kurku and Stephan Weil with the sentences that state them', async () => {
    const kurku = await query(
      `{ visits(official: "Deniz Kurku") { edges { node { target { name } provenance { sentence } } } } }`,
    );
    expect((kurku['visits'] as { edges: unknown[] }).edges).toEqual([
      {
        node: {
          target: { name: expect.stringMatching(/^Migrationszentrum/) },
          provenance: { sentence: expect.stringContaining('das Migrationszentrum der MaßArbeit besucht') },
        },
      },
    ]);
    const weil = await query(
      `{ visits(official: "Ministerpräsident Stephan Weil") { edges { node { target { name type } } } } }`,
    );
    expect((weil['visits'] as { edges: unknown[] }).edges).toEqual([
      { node: { target: { name: 'Kreishaus', type: 'Place' } } },
    ]);
  });

  it('finds the release by searching for Migrationszentrum', async () => {
    const data = await query(
      `{ search(query: "Migrationszentrum") { totalCount edges { node { highlightedTitle } } } }`,
    );
    expect(data['search']).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            highlightedTitle: 'Lob aus der Landeshauptstadt für das <mark>Migrationszentrum</mark> der MaßArbeit',
          },
        },
      ],
    });
  });
});
