import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makePdf, makeTempDir, messages, readAll, type TempDir } from './read-helpers.js';

const LINES = [
  { text: 'Landrätin eröffnet Radweg', y: 760, size: 18 },
  { text: 'Bramsche. Landrätin Petra Beispiel hat am Montag den neuen Radweg', y: 720 },
  { text: 'zwischen Bramsche und Wallenhorst eröffnet.', y: 706 },
  { text: '„Der Radweg verbindet zwei Gemeinden“, sagte Beispiel.', y: 670 },
];

describe('PDF reader', () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.remove());

  it('reads the text layer, with blank lines where the vertical gap marks a new paragraph', async () => {
    const path = dir.write('pm.pdf', await makePdf(LINES));
    const { docs, failures } = await readAll(path);
    expect(failures).toEqual([]);
    expect(docs).toEqual([
      {
        raw:
          'Landrätin eröffnet Radweg\n\n' +
          'Bramsche. Landrätin Petra Beispiel hat am Montag den neuen Radweg\nzwischen Bramsche und Wallenhorst eröffnet.\n\n' +
          '„Der Radweg verbindet zwei Gemeinden“, sagte Beispiel.',
        meta: { source: path },
      },
    ]);
  });

  it('fails a PDF without a text layer and says to run OCR', async () => {
    const path = dir.write('scan.pdf', await makePdf([], { drawBox: true }));
    const { docs, failures } = await readAll(path);
    expect(docs).toEqual([]);
    expect(messages(failures)).toEqual([`${path}: PDF has no text layer (scanned?); run OCR first (e.g. ocrmypdf)`]);
  });

  it('fails a password-protected PDF with a clear error', async () => {
    const path = dir.write('secret.pdf', await makePdf(LINES, { userPassword: 'geheim' }));
    const { failures } = await readAll(path);
    expect(messages(failures)).toEqual([
      expect.stringMatching(new RegExp(`^${path}: PDF is password-protected; remove the password`)),
    ]);
  });

  it('fails a truncated PDF as damaged', async () => {
    const bytes = await makePdf(LINES);
    const path = dir.write('cut.pdf', bytes.subarray(0, Math.floor(bytes.length / 2)));
    const { failures } = await readAll(path);
    expect(messages(failures)).toEqual([
      expect.stringMatching(new RegExp(`^${path}: PDF cannot be opened, the file is truncated or damaged`)),
    ]);
  });

  it('reads a PDF saved with a .txt extension as PDF', async () => {
    const path = dir.write('really-pdf.txt', await makePdf(LINES.slice(0, 1)));
    expect((await readAll(path)).docs[0]!.raw).toBe('Landrätin eröffnet Radweg');
  });
});
