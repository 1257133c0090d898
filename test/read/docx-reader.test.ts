import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDocx, makeTempDir, messages, readAll, type TempDir } from './read-helpers.js';

describe('DOCX reader', () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.remove());

  it('reads the paragraphs of a Word document separated by blank lines', async () => {
    const path = dir.write(
      'pm.docx',
      await makeDocx([
        'Pressemitteilung',
        'Landrätin eröffnet Radweg',
        'Bramsche. Die Landrätin hat am Montag den Radweg eröffnet.',
      ]),
    );
    const { docs, failures } = await readAll(path);
    expect(failures).toEqual([]);
    expect(docs).toEqual([
      {
        raw: 'Pressemitteilung\n\nLandrätin eröffnet Radweg\n\nBramsche. Die Landrätin hat am Montag den Radweg eröffnet.',
        meta: { source: path },
      },
    ]);
  });

  it('fails a truncated DOCX with a clear error and the fix', async () => {
    const bytes = await makeDocx(['Landrätin eröffnet Radweg', 'Bramsche. Text des Absatzes.']);
    const path = dir.write('cut.docx', bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const { docs, failures } = await readAll(path);
    expect(docs).toEqual([]);
    expect(messages(failures)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${path}: DOCX cannot be opened, the file is truncated or damaged \\(.+\\); open and re-save it in Word`,
        ),
      ),
    ]);
  });

  it('fails a DOCX whose paragraphs are all empty', async () => {
    const path = dir.write('blank.docx', await makeDocx(['', '  ']));
    expect(messages((await readAll(path)).failures)).toEqual([`${path}: DOCX contains no text`]);
  });

  it('reads a DOCX saved with a .txt extension as DOCX', async () => {
    const path = dir.write('really-word.txt', await makeDocx(['Landrätin eröffnet Radweg']));
    expect((await readAll(path)).docs[0]!.raw).toBe('Landrätin eröffnet Radweg');
  });
});
