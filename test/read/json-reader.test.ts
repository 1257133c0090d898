import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, messages, readAll, type TempDir } from './read-helpers.js';

describe('JSON reader', () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.remove());

  it('yields one document per object of a top-level array, guessing field names', async () => {
    const records = [
      {
        headline: 'Radweg eröffnet',
        published: '2024-03-12',
        content: 'Der Radweg ist offen.',
        url: 'https://example.org/1',
        lang: 'de',
      },
      { headline: 'Bridge closed', published: '2024-03-13', content: ['First paragraph.', 'Second paragraph.'] },
    ];
    const path = dir.write('export.json', JSON.stringify(records));
    const { docs, failures } = await readAll(path);
    expect(failures).toEqual([]);
    expect(docs).toEqual([
      {
        raw: 'Radweg eröffnet\n\nDer Radweg ist offen.',
        meta: {
          source: 'https://example.org/1',
          title: 'Radweg eröffnet',
          date: '2024-03-12',
          language: 'de',
          url: 'https://example.org/1',
        },
      },
      {
        raw: 'Bridge closed\n\nFirst paragraph.\n\nSecond paragraph.',
        meta: { source: `${path}#row=2`, title: 'Bridge closed', date: '2024-03-13' },
      },
    ]);
  });

  it('finds the record list inside an object and follows dot paths in the mapping', async () => {
    const path = dir.write(
      'cms.json',
      JSON.stringify({
        total: 1,
        items: [
          {
            fields: { heading: 'Haushalt beschlossen', copy: 'Der Rat hat den Haushalt beschlossen.' },
            meta: { published: '2024-05-01' },
          },
        ],
      }),
    );
    const { docs } = await readAll(path, {
      mapping: { title: 'fields.heading', body: 'fields.copy', date: 'meta.published' },
    });
    expect(docs).toEqual([
      {
        raw: 'Haushalt beschlossen\n\nDer Rat hat den Haushalt beschlossen.',
        meta: { source: `${path}#row=1`, title: 'Haushalt beschlossen', date: '2024-05-01' },
      },
    ]);
  });

  it('reads records that leave out a named optional field', async () => {
    const path = dir.write(
      'sparse.json',
      JSON.stringify([{ headline: 'Mit Titel', text: 'Erster Text.' }, { text: 'Zweiter Text.' }]),
    );
    const { docs, failures } = await readAll(path, { mapping: { title: 'headline', body: 'text' } });
    expect(failures).toEqual([]);
    expect(docs.map((doc) => [doc.raw, doc.meta.title])).toEqual([
      ['Mit Titel\n\nErster Text.', 'Mit Titel'],
      ['Zweiter Text.', undefined],
    ]);
  });

  it('fails a record that is not an object or has no body, and keeps the others', async () => {
    const path = dir.write(
      'mixed.json',
      JSON.stringify([{ text: 'Erster Text.' }, 'nur ein String', { title: 'Ohne Text' }, { text: 'Vierter Text.' }]),
    );
    const { docs, failures } = await readAll(path);
    expect(docs.map((doc) => doc.meta.source)).toEqual([`${path}#row=1`, `${path}#row=4`]);
    expect(messages(failures)).toEqual([
      `${path}#row=2: record is a string, not an object`,
      `${path}#row=3: no body column found (columns: "title"); pass a mapping such as { body: "<column>" }`,
    ]);
  });

  it('fails invalid JSON with the parser message and a hint about JSON Lines', async () => {
    const path = dir.write('broken.json', '[{"text": "a"},\n{"text": ');
    const { failures } = await readAll(path);
    expect(messages(failures)).toEqual([
      expect.stringMatching(new RegExp(`^${path}: invalid JSON \\(.+\\); for one record per line use \\.jsonl$`)),
    ]);
  });

  it('fails JSON without a list of records', async () => {
    const path = dir.write('numbers.json', '[]');
    expect(messages((await readAll(path)).failures)).toEqual([`${path}: JSON list of records is empty`]);
  });
});
