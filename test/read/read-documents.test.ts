import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isReadFailure, readDocuments, SUPPORTED_EXTENSIONS } from '../../ingest/read/read-documents.js';
import { readTextFile } from '../../ingest/read/read-text-file.js';
import { NotAReleaseError } from '../../src/errors/not-a-release-error.js';
import { makeTempDir, makeZip, messages, readAll, type TempDir } from './read-helpers.js';

describe('readDocuments dispatch', () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.remove());

  it('supports the extensions of every reader', () => {
    expect([...SUPPORTED_EXTENSIONS].sort()).toEqual(
      [
        '.atom',
        '.csv',
        '.docx',
        '.eml',
        '.htm',
        '.html',
        '.json',
        '.jsonl',
        '.markdown',
        '.md',
        '.ndjson',
        '.pdf',
        '.rss',
        '.text',
        '.tsv',
        '.txt',
        '.xhtml',
        '.xml',
        '.zip',
      ].sort(),
    );
  });

  it('reads a .txt that is really an HTML page as HTML', async () => {
    const page =
      '<!DOCTYPE html><html><head><title>Radweg eröffnet</title></head><body><nav><a href="/">Start</a> <a href="/presse">Presse</a></nav><main><p>Bramsche. Die Landrätin hat den Radweg zwischen zwei Gemeinden eröffnet.</p></main></body></html>';
    const { docs } = await readAll(dir.write('saved-page.txt', page));
    expect(docs[0]!.raw).toBe(
      'Radweg eröffnet\n\nBramsche. Die Landrätin hat den Radweg zwischen zwei Gemeinden eröffnet.',
    );
  });

  it('reads a .txt that is really a zip archive as an archive', async () => {
    const path = dir.write('export.txt', await makeZip([{ name: 'pm.txt', content: 'Text im Archiv.' }]));
    const { docs } = await readAll(path);
    expect(docs.map((doc) => doc.meta.source)).toEqual([`${path}!/pm.txt`]);
  });

  it('reads a file with an unknown extension as plain text when it is text', async () => {
    const path = dir.write('pm-2024.04', 'Landrätin eröffnet Radweg\n\nText.');
    expect((await readAll(path)).docs).toEqual([{ raw: 'Landrätin eröffnet Radweg\n\nText.', meta: { source: path } }]);
  });

  it.each([
    [
      'old.doc',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'is a legacy Microsoft Office file (.doc/.xls/.ppt), which is not supported; save it as DOCX or PDF',
    ],
    ['photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'is a PNG image, not a text document'],
    ['archive.txt.gz', Buffer.from([0x1f, 0x8b, 0x08, 0x00]), 'is gzip-compressed; unpack it first'],
    [
      'not-really.pdf',
      Buffer.from('Nur Text, kein PDF.'),
      'does not start with a PDF signature: the file is damaged or mislabelled',
    ],
  ])('names what %s really is instead of reading it as text', async (name, bytes, reason) => {
    const path = dir.write(name, bytes);
    expect(messages((await readAll(path)).failures)).toEqual([`${path}: ${reason}`]);
  });

  it('fails a missing path and a folder with the reason, without throwing', async () => {
    const missing = join(dir.path, 'fehlt.txt');
    const folder = join(dir.path, 'ordner.txt');
    mkdirSync(folder);
    expect(messages((await readAll(missing)).failures)).toEqual([`${missing}: cannot read file (ENOENT)`]);
    expect(messages((await readAll(folder)).failures)).toEqual([`${folder}: not a regular file`]);
  });

  it('reads files whose names have spaces, umlauts and a newline', async () => {
    const path = dir.write('Pressemitteilung Größe\nzwei.md', 'Text mit Namen.');
    expect((await readAll(path)).docs).toEqual([{ raw: 'Text mit Namen.', meta: { source: path } }]);
  });

  it('yields failures as items that isReadFailure tells apart, carrying a NotAReleaseError', async () => {
    const path = dir.write('rows.csv', 'title,body\nA,Text A.\nB,\n');
    const items = [];
    for await (const item of readDocuments(path)) items.push(item);
    expect(items.map(isReadFailure)).toEqual([false, true]);
    const failure = items[1]!;
    if (!isReadFailure(failure)) throw new Error('expected a failure');
    expect(failure.error).toBeInstanceOf(NotAReleaseError);
    expect(failure).toMatchObject({
      source: `${path}#row=2`,
      error: { code: 'NOT_A_RELEASE', source: `${path}#row=2` },
    });
  });

  it('lets a caller stop after the first document of a large export', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `Titel ${i},Text ${i}.`).join('\n');
    const path = dir.write('big.csv', `title,body\n${rows}\n`);
    const seen: string[] = [];
    for await (const item of readDocuments(path)) {
      if (!isReadFailure(item)) seen.push(item.raw);
      break;
    }
    expect(seen).toEqual(['Titel 0\n\nText 0.']);
  });

  it('keeps readTextFile for single-file callers: first document, or the failure thrown', async () => {
    const good = dir.write('pm.txt', 'Text.');
    const empty = dir.write('leer.txt', '');
    expect(await readTextFile(good)).toEqual({ raw: 'Text.', meta: { source: good } });
    await expect(readTextFile(empty)).rejects.toThrow(new NotAReleaseError(empty, 'file is empty'));
  });
});
