import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseRelease } from '../../ingest/parse/parse-release.js';
import { ENTITY_TYPES } from '../../src/domain/entity.js';

const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));

interface GoldEntity {
  type: string;
  name: string;
  aliases: string[];
  roles?: { title: string; org: string | null }[];
  alt_types?: string[];
}

interface GoldRelation {
  type: 'VISITED' | 'HOLDS_ROLE' | 'QUOTED';
  from: string;
  to?: string | null;
  title?: string;
  date?: string | null;
}

interface Sample {
  id: string;
  file: string;
  lang: 'de' | 'en';
  publisher: string;
  date: string | null;
  title: string;
  dateline: string | null;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

// Kept out of samples/ so that ingesting the folder reads only releases.
const expected = JSON.parse(readFileSync(new URL('../fixtures/samples-expected.json', import.meta.url), 'utf8')) as {
  samples: Sample[];
};
const files = readdirSync(SAMPLES).filter((file) => /\.(?:txt|md)$/u.test(file) && file !== 'README.md');
const parseSample = (sample: Sample) =>
  parseRelease(readFileSync(SAMPLES + sample.file, 'utf8'), { source: `samples/${sample.file}` });

describe('samples/', () => {
  it('has at least 14 releases (about 9 German, 5 English), each listed once in expected.json', () => {
    expect(files.length).toBeGreaterThanOrEqual(14);
    expect(expected.samples.map((sample) => sample.file).sort()).toEqual([...files].sort());
    expect(expected.samples.filter((sample) => sample.lang === 'de').length).toBeGreaterThanOrEqual(9);
    expect(expected.samples.filter((sample) => sample.lang === 'en').length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)('%s is 1,000–2,500 characters long', (file) => {
    const length = readFileSync(SAMPLES + file, 'utf8').length;
    expect(length).toBeGreaterThanOrEqual(1000);
    expect(length).toBeLessThanOrEqual(2500);
  });

  it('connects releases: recurring people and a Migrationszentrum release', () => {
    const releasesOf = (name: string) =>
      expected.samples.filter((sample) => sample.entities.some((entity) => entity.name === name)).length;
    expect(releasesOf('Cornelia Hasselbrink')).toBeGreaterThanOrEqual(3);
    expect(releasesOf('Jörg-Uwe Pöhlking')).toBeGreaterThanOrEqual(2);
    expect(releasesOf('Mehmet Yıldırım')).toBeGreaterThanOrEqual(2);
    expect(expected.samples.some((sample) => parseSample(sample).title.includes('Migrationszentrum'))).toBe(true);
  });
});

describe.each(expected.samples)('samples/$file', (sample) => {
  const release = parseSample(sample);
  const names = new Set(sample.entities.map((entity) => entity.name));
  const persons = new Map(sample.entities.filter((e) => e.type === 'Person').map((e) => [e.name, e]));

  it('parses to the expected title, date, dateline and language', () => {
    expect(release.title).toBe(sample.title);
    expect(release.date).toBe(sample.date);
    expect(release.dateline).toBe(sample.dateline);
    expect(release.language).toBe(sample.lang);
    expect(release.paragraphs.length).toBeGreaterThan(0);
  });

  it('annotates only what the release text contains', () => {
    expect(names.size).toBe(sample.entities.length);
    for (const entity of sample.entities) {
      expect(ENTITY_TYPES).toContain(entity.type);
      const forms = [entity.name, ...entity.aliases];
      expect(
        forms.some((form) => release.text.includes(form)),
        `${entity.name} in text`,
      ).toBe(true);
      for (const alias of entity.aliases) expect(release.text, `alias ${alias}`).toContain(alias);
      for (const role of entity.roles ?? [])
        if (role.org !== null) expect(names, `org ${role.org}`).toContain(role.org);
    }
  });

  it('has relations between annotated entities', () => {
    for (const relation of sample.relations) {
      expect(persons.has(relation.from), `${relation.type} from ${relation.from}`).toBe(true);
      if (relation.type === 'VISITED') expect(names, `visit to ${relation.to}`).toContain(relation.to);
      if (relation.type === 'HOLDS_ROLE') {
        expect(persons.get(relation.from)!.roles).toContainEqual({ title: relation.title, org: relation.to });
      }
    }
    for (const relation of sample.relations.filter((r) => r.type === 'QUOTED')) {
      // A quoted person is named in a quoting paragraph or before it ("… said:" / "betonte die Landesbeauftragte").
      const person = persons.get(relation.from)!;
      const forms = [person.name, ...person.aliases];
      const named = release.paragraphs.findIndex((p) => forms.some((form) => p.includes(form)));
      const quoting = release.paragraphs.findLastIndex((p) => /[„“"]/u.test(p));
      expect(named, `${relation.from} named before a quote`).toBeGreaterThanOrEqual(0);
      expect(named).toBeLessThanOrEqual(quoting);
    }
  });
});
