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
  title: string;
  text: string;
  entities: { type: string; name: string; roles?: { title: string; org: string | null }[] }[];
  relations: { type: string; from: string; to?: string | null; title?: string }[];
};
// Expected answers are read from the gold annotation, so the test names nothing from the release itself.
const officials = gold.entities.filter((entity) => entity.type === 'Person' && (entity.roles ?? []).length > 0);
const visits = gold.relations.filter((relation) => relation.type === 'VISITED');
const roleOf = (name: string) => gold.entities.find((entity) => entity.name === name)!.roles![0]!;
const surname = (name: string) => name.split(' ').at(-1)!;
// The gold title is nominative; the text may say "Landesbeauftragter" for "Landesbeauftragte" and the like.
const titlePattern = (title: string) => new RegExp(`^${title.replace(/(\p{L}+)/u, '$1r?')}$`, 'u');

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
    expect(officials.length).toBeGreaterThanOrEqual(5);
    for (const official of officials) {
      const data = await query(`{ person(name: "${official.name}") { name roles { title organisation { name } } } }`);
      const person = data['person'] as {
        name: string;
        roles: { title: string; organisation: { name: string } | null }[];
      };
      expect(person.name).toBe(official.name);
      expect(
        person.roles.map((role) => role.title),
        official.name,
      ).toEqual(expect.arrayContaining([expect.stringMatching(titlePattern(official.roles![0]!.title))]));
    }
    // The first official found by surname alone, with the organisation of the role.
    const first = officials[0]!;
    const bySurname = await query(
      `{ person(name: "${surname(first.name)}") { roles { title organisation { name } } } }`,
    );
    expect(bySurname).toEqual({
      person: { roles: [{ title: roleOf(first.name).title, organisation: { name: roleOf(first.name).org } }] },
    });
  });

  it('stores the organisations of the roles, the places and the initiatives', async () => {
    const roleOrganisations = officials.flatMap((official) => official.roles!.map((role) => role.org));
    const wanted: [string, string][] = [
      ...[...new Set(roleOrganisations.filter((org): org is string => org !== null))].map((org): [string, string] => [
        org,
        'Organisation',
      ]),
      ...gold.entities
        .filter((entity) => entity.type === 'Place' && !/\s/u.test(entity.name))
        .map((entity): [string, string] => [entity.name, 'Place']),
      [gold.entities.find((entity) => entity.type === 'Initiative')!.name, 'Initiative'],
    ];
    expect(wanted.length).toBeGreaterThanOrEqual(6);
    for (const [name, type] of wanted) {
      const data = await query(`{ entities(name: "${name}", type: ${type}) { edges { node { name } } } }`);
      expect((data['entities'] as { edges: unknown[] }).edges.length, `${type} ${name}`).toBeGreaterThan(0);
    }
  });

  it('answers each visit the gold file states with the sentence that states it', async () => {
    expect(visits.length).toBe(2);
    const [toOrganisation, toPlace] = visits as [(typeof visits)[0], (typeof visits)[0]];
    const first = await query(
      `{ visits(official: "${toOrganisation.from}") { edges { node { target { name } provenance { sentence } } } } }`,
    );
    expect((first['visits'] as { edges: unknown[] }).edges).toEqual([
      {
        node: {
          target: { name: expect.stringMatching(/^Migrationszentrum/) },
          provenance: { sentence: expect.stringMatching(new RegExp(`das ${toOrganisation.to} besucht`, 'u')) },
        },
      },
    ]);
    // Asked with the official's title in front, as a user would write it.
    const second = await query(
      `{ visits(official: "${roleOf(toPlace.from).title} ${toPlace.from}") { edges { node { target { name type } } } } }`,
    );
    expect((second['visits'] as { edges: unknown[] }).edges).toEqual([
      { node: { target: { name: toPlace.to, type: 'Place' } } },
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
            highlightedTitle: gold.title.replace('Migrationszentrum', '<mark>Migrationszentrum</mark>'),
          },
        },
      ],
    });
  });
});
