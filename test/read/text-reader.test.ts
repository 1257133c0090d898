import { truncateSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, messages, readAll, type TempDir } from './read-helpers.js';

const GERMAN = 'Landrätin eröffnet Radweg\n\n„Großartig“, sagte sie. Die Maßnahme kostete 5 € je Übergang.\n';

describe('text reader', () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.remove());

  it('reads UTF-8 with and without BOM to the same text, source = path', async () => {
    const plain = dir.write('plain.txt', GERMAN);
    const bom = dir.write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GERMAN)]));
    const a = await readAll(plain);
    const b = await readAll(bom);
    expect(a.docs).toEqual([{ raw: GERMAN, meta: { source: plain } }]);
    expect(b.docs[0]!.raw).toBe(GERMAN);
  });

  it.each([
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(GERMAN, 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(GERMAN, 'utf16be')])],
    ['UTF-16 LE without BOM', iconv.encode(GERMAN, 'utf16le')],
    ['UTF-16 BE without BOM', iconv.encode(GERMAN, 'utf16be')],
    ['Windows-1252', iconv.encode(GERMAN, 'win1252')],
    ['ISO-8859-1', iconv.encode(GERMAN.replace(/[„“€]/gu, '"'), 'latin1')],
  ])('decodes %s without mojibake', async (_name, bytes) => {
    const { docs, failures } = await readAll(dir.write('release.txt', bytes));
    expect(failures).toEqual([]);
    expect(docs[0]!.raw).toContain('Landrätin eröffnet Radweg');
    expect(docs[0]!.raw).toMatch(/Großartig.*Maßnahme.*Übergang/u);
    expect(docs[0]!.raw).not.toMatch(/Ã|Â|\uFFFD|\u0000/u);
  });

  it('decodes a Windows-1252 file whose only special characters are typographic quotes and €', async () => {
    const { docs } = await readAll(dir.write('quotes.txt', iconv.encode('„Ja“, sagte er. Preis: 5 €.', 'win1252')));
    expect(docs[0]!.raw).toBe('„Ja“, sagte er. Preis: 5 €.');
  });

  it('repairs UTF-8 that was double-encoded through Windows-1252 ("MeiÃŸelArbeit" → "MeißelArbeit")', async () => {
    const mojibake = iconv.decode(
      Buffer.from('Projekt MeißelArbeit: „Zitat“ – Straße für Öffentlichkeit', 'utf8'),
      'win1252',
    );
    expect(mojibake).toContain('MeiÃŸelArbeit');
    const { docs } = await readAll(dir.write('broken.txt', mojibake));
    expect(docs[0]!.raw).toBe('Projekt MeißelArbeit: „Zitat“ – Straße für Öffentlichkeit');
  });

  it('keeps correct text that mixes umlauts and a repaired sequence untouched elsewhere', async () => {
    const { docs } = await readAll(dir.write('mixed.txt', 'Grüße aus MÃ¼nster, Ä bleibt Ä.'));
    expect(docs[0]!.raw).toBe('Grüße aus Münster, Ä bleibt Ä.');
  });

  it('reads Markdown as it is (front matter and markup are left to the parser)', async () => {
    const markdown = '---\ntitle: Radweg\n---\n# Radweg eröffnet\n\n**Bramsche.** Text.\n';
    const { docs } = await readAll(dir.write('release.md', markdown));
    expect(docs[0]!.raw).toBe(markdown);
  });

  it('fails a zero-byte file as empty', async () => {
    const path = dir.write('empty.txt', '');
    const { docs, failures } = await readAll(path);
    expect(docs).toEqual([]);
    expect(messages(failures)).toEqual([`${path}: file is empty`]);
  });

  it('fails binary bytes with a .txt extension as binary, naming the file', async () => {
    const path = dir.write('data.txt', Buffer.from([0x00, 0x13, 0x37, 0x00, 0xff, 0x10, 0x00, 0x00, 0x01, 0x02]));
    const { failures } = await readAll(path);
    expect(messages(failures)).toEqual([
      expect.stringMatching(new RegExp(`^${path}: looks binary \\(contains NUL bytes\\)`)),
    ]);
  });

  it('refuses a text file over 50 MB before reading it into memory', async () => {
    const path = dir.write('huge.txt', 'Anfang');
    truncateSync(path, 51 * 1024 * 1024);
    const { failures } = await readAll(path);
    expect(messages(failures)).toEqual([
      `${path}: too large: over the 50 MB size limit for one document (it would be read into memory whole); split it or raise limits.maxFileBytes`,
    ]);
  });
});
