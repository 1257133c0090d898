import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, messages, readAll, type TempDir } from './read-helpers.js';

describe('JSON Lines reader', () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.remove());

  it('yields one document per line, sourced by line number, skipping blank lines', async () => {
    const path = dir.write(
      'export.jsonl',
      '{"title":"Eins","body":"Erster Text."}\n\n{"title":"Zwei","body":"Zweiter Text.","link":"https://example.org/2"}\n',
    );
    const { docs, failures } = await readAll(path);
    expect(failures).toEqual([]);
    expect(docs).toEqual([
      { raw: 'Eins\n\nErster Text.', meta: { source: `${path}#row=1`, title: 'Eins' } },
      {
        raw: 'Zwei\n\nZweiter Text.',
        meta: { source: 'https://example.org/2', title: 'Zwei', url: 'https://example.org/2' },
      },
    ]);
  });

  it('fails a broken line by its number and reads the lines after it', async () => {
    const path = dir.write(
      'broken.ndjson',
      '{"body":"Erster Text."}\n{"body": "kaputt\n[1,2]\n{"body":"Vierter Text."}\n',
    );
    const { docs, failures } = await readAll(path);
    expect(docs.map((doc) => doc.meta.source)).toEqual([`${path}#row=1`, `${path}#row=4`]);
    expect(messages(failures)).toEqual([
      expect.stringMatching(new RegExp(`^${path}#row=2: invalid JSON \\(.+\\)$`)),
      `${path}#row=3: line is not a JSON object`,
    ]);
  });

  it('skips a line over the record limit without holding it, and goes on', async () => {
    const path = dir.write('long.jsonl', `{"body":"${'x'.repeat(5000)}"}\n{"body":"Kurzer Text."}\n`);
    const { docs, failures } = await readAll(path, { limits: { maxRecordBytes: 1000 } });
    expect(docs.map((doc) => doc.raw)).toEqual(['Kurzer Text.']);
    expect(messages(failures)).toEqual([`${path}#row=1: line is over 1000 bytes; skipped`]);
  });
});
