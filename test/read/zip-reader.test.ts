import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDocx, makeTempDir, makeZip, messages, readAll, type TempDir } from './read-helpers.js';

/** Offsets of every central-directory header of a zip, to damage entries on purpose. */
function centralHeaders(zip: Buffer): number[] {
  const offsets: number[] = [];
  for (let at = zip.indexOf('PK\x01\x02'); at >= 0; at = zip.indexOf('PK\x01\x02', at + 4)) offsets.push(at);
  return offsets;
}

describe('zip reader', () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.remove());

  it('reads supported entries in nested folders and nested zips with the normal dispatch, skipping the rest', async () => {
    const inner = await makeZip([{ name: 'c.md', content: '# Drittens\n\nText aus dem inneren Archiv.' }]);
    const zip = await makeZip([
      { name: 'presse/', content: '' },
      { name: 'presse/2024/a.txt', content: 'Erstens\n\nText A.' },
      {
        name: 'presse/b.html',
        content: '<html><body><p>Zweitens: Text B aus einer gespeicherten Webseite mit genug Worten.</p></body></html>',
      },
      { name: 'inner.zip', content: inner },
      { name: 'presse/d.docx', content: await makeDocx(['Viertens', 'Text D.']) },
      { name: '.hidden.txt', content: 'versteckt' },
      { name: '__MACOSX/presse/._a.txt', content: 'resource fork' },
      { name: 'bild.png', content: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    ]);
    const path = dir.write('archiv 2024.zip', zip);
    const { docs, failures } = await readAll(path);
    expect(failures).toEqual([]);
    expect(docs.map((doc) => [doc.meta.source, doc.raw])).toEqual([
      [`${path}!/presse/2024/a.txt`, 'Erstens\n\nText A.'],
      [`${path}!/presse/b.html`, 'Zweitens: Text B aus einer gespeicherten Webseite mit genug Worten.'],
      [`${path}!/inner.zip!/c.md`, '# Drittens\n\nText aus dem inneren Archiv.'],
      [`${path}!/presse/d.docx`, 'Viertens\n\nText D.'],
    ]);
  });

  it('fails a damaged entry and an encrypted entry on their own and reads the others', async () => {
    const zip = await makeZip([
      { name: 'a.txt', content: 'Erster Text.' },
      { name: 'b.txt', content: 'Zweiter Text, dessen Größe im Verzeichnis falsch steht.' },
      { name: 'c.txt', content: 'Dritter Text, angeblich verschlüsselt.' },
      { name: 'd.txt', content: 'Vierter Text.' },
    ]);
    const [, b, c] = centralHeaders(zip);
    zip.writeUInt32LE(zip.readUInt32LE(b! + 24) + 10, b! + 24); // declared uncompressed size no longer matches
    zip.writeUInt16LE(zip.readUInt16LE(c! + 8) | 1, c! + 8); // "encrypted" flag
    const path = dir.write('mixed.zip', zip);
    const { docs, failures } = await readAll(path);
    expect(docs.map((doc) => doc.raw)).toEqual(['Erster Text.', 'Vierter Text.']);
    expect(messages(failures)).toEqual([
      expect.stringMatching(new RegExp(`^${path}!/b\\.txt: entry is damaged \\(.+\\); repack the archive$`)),
      `${path}!/c.txt: entry is encrypted; unpack the archive with its password and read the folder`,
    ]);
  });

  it('refuses an archive with more entries than the limit (zip bomb guard)', async () => {
    const zip = await makeZip(['a', 'b', 'c'].map((name) => ({ name: `${name}.txt`, content: 'Text.' })));
    const path = dir.write('many.zip', zip);
    const { docs, failures } = await readAll(path, { limits: { maxZipEntries: 2 } });
    expect(docs).toEqual([]);
    expect(messages(failures)).toEqual([
      `${path}: zip lists 3 entries, over the limit of 2 (zip bomb guard); unpack it and read the folder`,
    ]);
  });

  it('refuses an archive that would expand beyond the total limit before reading any entry', async () => {
    const zip = await makeZip([
      { name: 'a.txt', content: 'x'.repeat(3000) },
      { name: 'b.txt', content: 'y'.repeat(3000) },
    ]);
    const path = dir.write('big.zip', zip);
    const { docs, failures } = await readAll(path, { limits: { maxZipTotalBytes: 5000 } });
    expect(docs).toEqual([]);
    expect(messages(failures)).toEqual([
      `${path}: zip would expand to 5.9 kB, over the 4.9 kB limit (zip bomb guard); unpack it and read the folder`,
    ]);
  });

  it('fails a highly compressed entry over 50 MB without inflating it, and reads the small one', async () => {
    const zip = await makeZip([
      { name: 'bomb.txt', content: Buffer.alloc(60 * 1024 * 1024, 0x41) },
      { name: 'ok.txt', content: 'Kleiner Text.' },
    ]);
    expect(zip.length).toBeLessThan(1024 * 1024);
    const path = dir.write('bomb.zip', zip);
    const { docs, failures } = await readAll(path);
    expect(docs.map((doc) => doc.raw)).toEqual(['Kleiner Text.']);
    expect(messages(failures)).toEqual([
      expect.stringMatching(new RegExp(`^${path}!/bomb\\.txt: too large: over the 50 MB size limit`)),
    ]);
  });

  it('stops following archives nested deeper than the depth limit', async () => {
    const inner = await makeZip([{ name: 'deep.txt', content: 'Tief unten.' }]);
    const path = dir.write('outer.zip', await makeZip([{ name: 'inner.zip', content: inner }]));
    const { failures } = await readAll(path, { limits: { maxDepth: 1 } });
    expect(messages(failures)).toEqual([`${path}!/inner.zip!/deep.txt: nested more than 1 archives deep; not read`]);
  });

  it('fails a truncated archive as damaged', async () => {
    const zip = await makeZip([{ name: 'a.txt', content: 'Text.' }]);
    const path = dir.write('cut.zip', zip.subarray(0, zip.length - 30));
    expect(messages((await readAll(path)).failures)).toEqual([
      expect.stringMatching(
        new RegExp(`^${path}: zip archive cannot be opened, the file is truncated or damaged \\(.+\\)$`),
      ),
    ]);
  });

  it('reads a Word document renamed to .zip as DOCX and names other Office files', async () => {
    const docx = dir.write('renamed.zip', await makeDocx(['Landrätin eröffnet Radweg']));
    const xlsx = dir.write(
      'tabelle.zip',
      await makeZip([
        { name: '[Content_Types].xml', content: '<Types/>' },
        { name: 'xl/workbook.xml', content: '<workbook/>' },
      ]),
    );
    expect((await readAll(docx)).docs[0]!.raw).toBe('Landrätin eröffnet Radweg');
    expect(messages((await readAll(xlsx)).failures)).toEqual([
      `${xlsx}: is an Excel workbook, which is not supported; export the sheet as CSV`,
    ]);
  });

  it('fails an archive without any supported entry', async () => {
    const path = dir.write('bilder.zip', await makeZip([{ name: 'a.png', content: 'x' }]));
    expect(messages((await readAll(path)).failures)).toEqual([
      expect.stringMatching(new RegExp(`^${path}: zip has no entries of a supported type \\(\\.txt .+\\)$`)),
    ]);
  });
});
