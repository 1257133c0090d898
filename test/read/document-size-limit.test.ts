import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../ingest/read/limits.js';
import { generateRelease, toCsv, toText } from '../../scripts/corpus/release-generator.js';
import { makeTempDir, makeZip, messages, readAll, type TempDir } from './read-helpers.js';

/** Generated release text repeated to at least `bytes` bytes, paragraphs kept. */
function bigText(bytes: number, oneLine = false): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const text = toText(generateRelease(11, i));
    parts.push(oneLine ? text.replace(/\s+/g, ' ') : text);
    length += text.length + 2;
  }
  return parts.join(oneLine ? ' ' : '\n\n');
}

describe('the document size limit (--max-document-bytes)', () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.remove());

  it('defaults to a size far above a press release and far below what parsing can afford', () => {
    expect(DEFAULT_LIMITS.maxDocumentBytes).toBe(1024 * 1024);
  });

  it('refuses a text file over the limit from its size, naming the size, the limit and the setting', async () => {
    const path = dir.write('huge.txt', bigText(3 * 1024 * 1024));
    const started = performance.now();
    const { docs, failures } = await readAll(path);
    expect(docs).toEqual([]);
    expect(messages(failures)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${path}: too large for one press release: 3(\\.\\d)? MB of text, over the 1 MB limit \\(--max-document-bytes\\); split it into releases or raise --max-document-bytes$`,
        ),
      ),
    ]);
    // Refused before it is read: no time goes into decoding or parsing it.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a one-line file of several megabytes with the same clear reason', async () => {
    const path = dir.write('one-line.txt', bigText(4 * 1024 * 1024, true));
    const { docs, failures } = await readAll(path);
    expect(docs).toEqual([]);
    expect(messages(failures)[0]).toMatch(/too large for one press release: .* \(--max-document-bytes\)/);
  });

  it('applies a lower limit given as a setting, and lets a document under it through', async () => {
    const small = toText(generateRelease(11, 1));
    const path = dir.write('release.txt', small);
    expect((await readAll(path, { limits: { maxDocumentBytes: small.length + 100 } })).docs).toHaveLength(1);
    const { failures } = await readAll(path, { limits: { maxDocumentBytes: 100 } });
    expect(messages(failures)[0]).toContain('over the 100 bytes limit (--max-document-bytes)');
  });

  it('refuses an oversized zip entry without unpacking it and reads the other entries', async () => {
    const zip = await makeZip([
      { name: 'a.txt', content: toText(generateRelease(11, 2)) },
      { name: 'huge.txt', content: bigText(6 * 1024 * 1024) },
      { name: 'b.txt', content: toText(generateRelease(11, 3)) },
    ]);
    const path = dir.write('archive.zip', zip);
    const { docs, failures } = await readAll(path);
    expect(docs.map((doc) => doc.meta.source)).toEqual([`${path}!/a.txt`, `${path}!/b.txt`]);
    expect(messages(failures)).toEqual([
      expect.stringMatching(
        new RegExp(`^${path}!/huge\\.txt: too large for one press release: 6(\\.\\d)? MB of text, over the 1 MB limit`),
      ),
    ]);
  });

  it('refuses a CSV row whose text is over the limit as a failure of that row only', async () => {
    const releases = [generateRelease(11, 4), generateRelease(11, 5), generateRelease(11, 6)];
    releases[1]!.paragraphs.push('x'.repeat(3000));
    const path = dir.write('export.csv', toCsv(releases));
    const { docs, failures } = await readAll(path, { limits: { maxDocumentBytes: 2500 } });
    expect(docs).toHaveLength(2);
    expect(failures).toHaveLength(1);
    expect(messages(failures)[0]).toMatch(/too large for one press release: .* over the 2\.4 kB limit/);
  });
});
