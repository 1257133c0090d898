import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isReadFailure, readDocuments } from '../../ingest/read/read-documents.js';
import { makeTempDir, messages, readAll, type TempDir } from './read-helpers.js';

const BERLIN_2024 = join(import.meta.dirname, '../../../shared/bulk/berlin_polizei_2024.csv');

describe('CSV reader', () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.remove());

  it('yields one document per row with the mapped fields; a url column becomes the source', async () => {
    const csv =
      'Datum,Überschrift,Link,Text\n' +
      '12.03.2024,Radweg eröffnet,https://example.org/pm/1,"Bramsche. Die Landrätin eröffnete den Radweg.\nZweiter Absatz, mit Komma."\n' +
      '13.03.2024,Brücke gesperrt,,Osnabrück. Die Brücke bleibt gesperrt.\n';
    const path = dir.write('export.csv', csv);
    const { docs, failures } = await readAll(path, {
      mapping: { title: 'Überschrift', date: 'Datum', body: 'Text', url: 'Link' },
    });
    expect(failures).toEqual([]);
    expect(docs).toEqual([
      {
        raw: 'Radweg eröffnet\n\nBramsche. Die Landrätin eröffnete den Radweg.\nZweiter Absatz, mit Komma.',
        meta: {
          source: 'https://example.org/pm/1',
          title: 'Radweg eröffnet',
          date: '12.03.2024',
          url: 'https://example.org/pm/1',
        },
      },
      {
        raw: 'Brücke gesperrt\n\nOsnabrück. Die Brücke bleibt gesperrt.',
        meta: { source: `${path}#row=2`, title: 'Brücke gesperrt', date: '13.03.2024' },
      },
    ]);
  });

  it('guesses common column names when no mapping is given (title/datum/description/link/publisher/language)', async () => {
    const csv =
      'titel;datum;description;link;herausgeber;sprache\nRadweg;12.03.2024;Der Radweg ist offen.;https://example.org/1;Landkreis Beispiel;de-DE\n';
    const { docs } = await readAll(dir.write('semicolon.csv', csv));
    expect(docs[0]!.meta).toEqual({
      source: 'https://example.org/1',
      title: 'Radweg',
      date: '12.03.2024',
      publisher: 'Landkreis Beispiel',
      language: 'de',
      url: 'https://example.org/1',
    });
    expect(docs[0]!.raw).toBe('Radweg\n\nDer Radweg ist offen.');
  });

  it('reports a row with broken quoting by row and line and keeps the rows before and after it', async () => {
    const csv =
      'title,body\nEins,"Erster Text."\nZwei,"Kaputter "Text" hier."\nDrei,Dritter Text.\nVier,Vierter Text,zu viel\nFünf,Fünfter Text.\n';
    const path = dir.write('broken.csv', csv);
    const items = [];
    for await (const item of readDocuments(path))
      items.push(isReadFailure(item) ? item.error.message : item.meta.source);
    expect(items).toEqual([
      `${path}#row=1`,
      `${path}#row=2: broken quoting near line 3: a quote inside a quoted field must be doubled ("")`,
      `${path}#row=3`,
      expect.stringMatching(
        new RegExp(`^${path}#row=4: wrong number of fields near line 5 \\(.*\\); check delimiters and quoting$`),
      ),
      `${path}#row=5`,
    ]);
  });

  it('reports a stray quote that leaves the field open to the end of the file once, saying the rest is lost', async () => {
    const path = dir.write('stray.csv', 'title,body\nEins,Erster Text.\nZwei,"b"x\nDrei,"c"y\nVier,ok\n');
    const { docs, failures } = await readAll(path);
    expect(docs.map((doc) => doc.meta.source)).toEqual([`${path}#row=1`]);
    expect(messages(failures)).toEqual([
      `${path}#row=2: broken quoting near line 3: a quote inside a quoted field must be doubled (""); the open quote swallowed the rest of the file, fix it and read the file again`,
    ]);
  });

  it('names the lines a quote swallowed when it closes rows later, so the rows on them are not lost unreported', async () => {
    const csv = 'title,body\nEins,"Offen\nZwei,Zweiter Text.\nDrei,Dritter Text.",x\nVier,Vierter Text.\n';
    const path = dir.write('swallowed.csv', csv);
    const { docs, failures } = await readAll(path);
    expect(docs.map((doc) => doc.raw)).toEqual(['Vier\n\nVierter Text.']);
    expect(messages(failures)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${path}#row=1: wrong number of fields near line 4 .*; the broken row runs from line 2 to line 4, so any rows on those lines are not read: fix the quoting there and read the file again$`,
        ),
      ),
    ]);
  });

  it('treats CRLF exports the same way', async () => {
    const path = dir.write('crlf.csv', 'title,body\r\nEins,Erster Text.\r\nZwei,"b"x\r\nDrei,"c"y\r\nVier,ok\r\n');
    const { docs, failures } = await readAll(path);
    expect(docs.map((doc) => doc.raw)).toEqual(['Eins\n\nErster Text.']);
    expect(failures.map((failure) => failure.source)).toEqual([`${path}#row=2`]);
  });

  it('ends with an error for an unclosed quote that swallows the rest of the file, keeping the earlier rows', async () => {
    const csv = 'title,body\nEins,Erster Text.\nZwei,"Nie geschlossen\nDrei,Dritter Text.\n';
    const path = dir.write('unclosed.csv', csv);
    const { docs, failures } = await readAll(path);
    expect(docs.map((doc) => doc.raw)).toEqual(['Eins\n\nErster Text.']);
    expect(messages(failures)).toEqual([
      expect.stringMatching(new RegExp(`^${path}#row=2: a quote opened near line \\d+ is never closed`)),
    ]);
  });

  it('stops with a clear error at a row larger than the record limit instead of buffering it', async () => {
    const csv = `title,body\nEins,Erster Text.\nZwei,"${'x'.repeat(5000)}\nDrei,Dritter Text.\n`;
    const path = dir.write('runaway.csv', csv);
    const { docs, failures } = await readAll(path, { limits: { maxRecordBytes: 1000 } });
    expect(docs).toHaveLength(1);
    expect(messages(failures)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${path}#row=2: row near line \\d+ is over 1000 bytes, usually a quote that is never closed; the rest of the file is not read$`,
        ),
      ),
    ]);
  });

  it('fails a row whose body is empty, naming the row and column', async () => {
    const path = dir.write('empty-body.csv', 'title,text\nNur Titel,\nMit Text,Hier steht Text.\n');
    const { docs, failures } = await readAll(path);
    expect(messages(failures)).toEqual([`${path}#row=1: body field "text" is empty`]);
    expect(docs[0]!.meta.source).toBe(`${path}#row=2`);
  });

  it('reads a Windows-1252 CSV and a UTF-16 TSV', async () => {
    const csv = dir.write('alt.csv', iconv.encode('titel,text\nStraßenfest,„Großes“ Fest in Göttingen.\n', 'win1252'));
    const tsv = dir.write(
      'excel.tsv',
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        iconv.encode('title\tbody\nBrücke\tDie Brücke ist für 5 € saniert.\n', 'utf16le'),
      ]),
    );
    expect((await readAll(csv)).docs[0]!.raw).toBe('Straßenfest\n\n„Großes“ Fest in Göttingen.');
    expect((await readAll(tsv)).docs[0]!.raw).toBe('Brücke\n\nDie Brücke ist für 5 € saniert.');
  });

  it('fails the file when the mapping names a missing column, listing the columns there are', async () => {
    const path = dir.write('columns.csv', 'headline,content\nA,B text\n');
    const { failures } = await readAll(path, { mapping: { body: 'description' } });
    expect(messages(failures)).toEqual([
      `${path}: mapping.body names column "description", which is not there (columns: "headline", "content")`,
    ]);
  });

  it('fails a CSV without a recognisable body column, suggesting a mapping', async () => {
    const path = dir.write('nobody.csv', 'id,ort\n1,Berlin\n');
    expect(messages((await readAll(path)).failures)).toEqual([
      `${path}: no body column found (columns: "id", "ort"); pass a mapping such as { body: "<column>" }`,
    ]);
  });

  it('fails a CSV that has only a header', async () => {
    const path = dir.write('header.csv', 'title,body\n');
    expect(messages((await readAll(path)).failures)).toEqual([
      `${path}: CSV has no data rows (only a header, or nothing)`,
    ]);
  });

  // The shared corpus sits next to the project on every machine and in CI.
  it('reads every row of the Berlin police 2024 export, sourced by its URL', async () => {
    const mapping = { title: 'title', date: 'date', body: 'description', url: 'link' };
    const { docs, failures } = await readAll(BERLIN_2024, { mapping });
    // 2,389 rows (counted independently); three releases have an empty description column.
    expect(docs.length + failures.length).toBe(2389);
    expect(failures.map((failure) => failure.source)).toEqual(
      [514, 764, 1751].map((row) => `${BERLIN_2024}#row=${row}`),
    );
    expect(
      docs.every(
        (doc) => doc.meta.source === doc.meta.url && doc.meta.url!.startsWith('https://www.berlin.de/polizei/'),
      ),
    ).toBe(true);
    expect(docs[0]!.meta).toMatchObject({ title: 'Messerangriff in einer Grünanlage', date: '21.06.2025 15:25 Uhr' });
    expect(docs[0]!.raw).toMatch(
      /^Messerangriff in einer Grünanlage\n\nNr\. 1698\nGestern Abend nahm die Polizei in Kreuzberg/u,
    );
  });
});
