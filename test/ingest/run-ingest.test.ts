import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExtractionPool } from '../../ingest/run/extraction-pool.js';
import { runIngest } from '../../ingest/run/run-ingest.js';
import type { RunEvent } from '../../ingest/run/run-ingest.js';
import { exitCodeOf } from '../../ingest/run/run-report.js';
import { generateRelease, toCsv, toText } from '../../scripts/corpus/release-generator.js';
import type { Stores } from '../../src/ports/stores.js';
import { storeDigest } from '../helpers/store-digest.js';
import { createTempStores } from '../helpers/temp-stores.js';

const inline = createExtractionPool(1);
const threads = createExtractionPool(2);
afterAll(async () => {
  await threads.close();
});

function writeCorpus(dir: string, count: number): void {
  mkdirSync(join(dir, 'txt'), { recursive: true });
  for (let i = 0; i < count; i++)
    writeFileSync(join(dir, 'txt', `r${String(i).padStart(3, '0')}.txt`), toText(generateRelease(7, i)));
}

describe('the batch runner', () => {
  let dir: string;
  const opened: Stores[] = [];
  const stores = () => {
    const s = createTempStores();
    opened.push(s);
    return s;
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'civicgraph-run-'));
  });
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores the same graph with worker threads as in one thread', async () => {
    writeCorpus(dir, 24);
    const one = stores();
    const two = stores();
    const a = await runIngest([dir], one, { pool: inline });
    const b = await runIngest([dir], two, { pool: threads });
    expect(a.documents.created).toBe(24);
    expect(b.documents.created).toBe(24);
    expect(await storeDigest(two.graph)).toEqual(await storeDigest(one.graph));
  });

  it('writes nothing in a dry run but says what it would do', async () => {
    writeCorpus(dir, 3);
    const s = stores();
    const events: RunEvent[] = [];
    const report = await runIngest([dir], s, { pool: inline, dryRun: true, onEvent: (e) => events.push(e) });
    expect(report.documents['would-create']).toBe(3);
    expect(events.filter((e) => e.kind === 'document').map((e) => e.kind === 'document' && e.status)).toEqual([
      'would-create',
      'would-create',
      'would-create',
    ]);
    expect((await s.graph.stats()).releases).toBe(0);
  });

  it('skips files older than --since and files that were touched but not changed', async () => {
    writeCorpus(dir, 3);
    const old = join(dir, 'txt', 'r000.txt');
    utimesSync(old, new Date('2020-01-01'), new Date('2020-01-01'));
    const s = stores();
    const first = await runIngest([dir], s, { pool: inline, since: new Date('2021-01-01') });
    expect(first.files).toMatchObject({ older: 1, completed: 2 });
    const all = await runIngest([dir], s, { pool: inline });
    expect(all.files).toMatchObject({ unchanged: 2, completed: 1 });
    utimesSync(old, new Date(), new Date());
    const touched = await runIngest([dir], s, { pool: inline });
    expect(touched.files).toMatchObject({ unchanged: 3, completed: 0 });
  });

  it('reads CSV exports with a column mapping and counts by format', async () => {
    const csv = toCsv([generateRelease(3, 0), generateRelease(3, 1)]).replace(
      'date,title,url,publisher,body',
      'Datum,Titel,Link,Amt,Text',
    );
    writeFileSync(join(dir, 'export.csv'), csv);
    const s = stores();
    const report = await runIngest([dir], s, {
      pool: inline,
      mapping: { date: 'Datum', title: 'Titel', url: 'Link', publisher: 'Amt', body: 'Text' },
    });
    expect(report.byFormat).toEqual({ csv: { created: 2 } });
    const { items } = await s.graph.listReleases({ filter: {}, sort: 'DATE_DESC', first: 5, offset: 0 });
    expect(items.map((r) => r.source).sort()).toEqual(['https://presse.example/0', 'https://presse.example/1']);
    expect(items.every((r) => r.publisher !== null)).toBe(true);
  });

  it('keeps a follow-up that reuses a web address, and replaces a same-day version with the newer text', async () => {
    // Newest first, as publishers export: the follow-up, then the appeal it follows, both under one address.
    const url = 'https://presse.example/meldung.42';
    const rows = [
      'date,title,link,body',
      `2025-08-14,Scheckbetrug – Verdächtiger ermittelt,${url},"Der gesuchte Mann wurde ermittelt. Die Polizei dankt."`,
      `2025-07-30,Scheckbetrug – Wer kennt diesen Mann?,${url},"Die Polizei sucht einen Mann, der mit einem Scheck betrog."`,
    ];
    writeFileSync(join(dir, 'polizei.csv'), rows.join('\n') + '\n');
    const s = stores();
    const mapping = { date: 'date', title: 'title', url: 'link', body: 'body' };
    const first = await runIngest([dir], s, { pool: inline, mapping });
    expect(first.documents).toMatchObject({ created: 2, replaced: 0 });
    const titles = async () =>
      (await s.graph.listReleases({ filter: {}, sort: 'DATE_DESC', first: 5, offset: 0 })).items.map((r) => r.title);
    expect(await titles()).toEqual(['Scheckbetrug – Verdächtiger ermittelt', 'Scheckbetrug – Wer kennt diesen Mann?']);
    const search = await s.search.search({ query: 'Scheckbetrug', first: 10 });
    expect(search.total).toBe(2);

    // The publisher corrects the follow-up the same day: that version replaces it, and the report says so.
    rows[1] = `2025-08-14,Scheckbetrug – Verdächtiger ermittelt,${url},"Der gesuchte Mann wurde ermittelt. Die Polizei dankt allen."`;
    writeFileSync(join(dir, 'polizei.csv'), rows.join('\n') + '\n');
    const second = await runIngest([dir], s, { pool: inline, mapping });
    expect(second.documents).toMatchObject({ created: 0, replaced: 1, unchanged: 1 });
    expect(second.replacements).toEqual([
      expect.objectContaining({ source: url, title: 'Scheckbetrug – Verdächtiger ermittelt', date: '2025-08-14' }),
    ]);
    expect(await titles()).toHaveLength(2);
    expect((await s.search.search({ query: 'Scheckbetrug', first: 10 })).total).toBe(2);

    // A dry run applies the same rule: a further follow-up would be created, not replace anything.
    rows.splice(1, 0, `2025-09-02,Scheckbetrug – Anklage erhoben,${url},"Die Staatsanwaltschaft hat Anklage erhoben."`);
    writeFileSync(join(dir, 'polizei.csv'), rows.join('\n') + '\n');
    const dry = await runIngest([dir], s, { pool: inline, mapping, dryRun: true });
    expect(dry.documents).toMatchObject({ 'would-create': 1, 'would-replace': 0, 'would-keep': 2 });
  });

  it('stops on abort without recording the cut file, and the next run completes it', async () => {
    writeCorpus(dir, 1);
    const big = Array.from({ length: 40 }, (_, i) => generateRelease(11, i));
    writeFileSync(join(dir, 'big.csv'), toCsv(big));
    const s = stores();
    const abort = new AbortController();
    let documents = 0;
    const cut = await runIngest([dir], s, {
      pool: inline,
      signal: abort.signal,
      onEvent: (e) => {
        if (e.kind === 'document' && ++documents === 5) abort.abort();
      },
    });
    expect(cut.interrupted).toBe(true);
    expect(exitCodeOf(cut)).toBe(130);
    const stored = (await s.graph.stats()).releases;
    expect(stored).toBeGreaterThanOrEqual(5);
    expect(stored).toBeLessThan(41);
    const resumed = await runIngest([dir], s, { pool: inline });
    expect(resumed.interrupted).toBe(false);
    expect((await s.graph.stats()).releases).toBe(41);
    const reference = stores();
    await runIngest([dir], reference, { pool: inline });
    expect(await storeDigest(s.graph)).toEqual(await storeDigest(reference.graph));
  });

  it('reports failures with file, reason and step, and an exit code that says so', async () => {
    writeCorpus(dir, 2);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'broken.csv'), 'title,body\n"unclosed,quote\n');
    const s = stores();
    const report = await runIngest([dir], s, { pool: inline });
    expect(report.documents.created).toBe(2);
    expect(report.failures.map((f) => [f.source.slice(dir.length + 1).replace(/#.*/, ''), f.step])).toEqual(
      expect.arrayContaining([
        ['empty.txt', 'read'],
        ['broken.csv', 'read'],
      ]),
    );
    expect(exitCodeOf(report)).toBe(2);
  });
});
