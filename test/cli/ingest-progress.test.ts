import { describe, expect, it } from 'vitest';
import { IngestProgress } from '../../app/cli/ingest-progress.js';

describe('ingest progress off a terminal', () => {
  it('prints a status line on a timer that counts documents as well as files, not a line per document', async () => {
    const lines: string[] = [];
    const progress = new IngestProgress(1, { tty: false, logEveryMs: 200, write: (line) => lines.push(line) });
    try {
      // One big CSV: many documents, the file not done yet.
      progress.update({ kind: 'file', path: 'export.csv', status: 'started' });
      for (let i = 0; i < 250; i++)
        progress.update({
          kind: 'document',
          source: `export.csv#row=${i + 1}`,
          format: 'csv',
          status: 'created',
          title: 't',
          entities: 0,
          facts: 0,
        });
      progress.update({ kind: 'failure', source: 'export.csv#row=251', format: 'csv', step: 'read', reason: 'r' });
      expect(lines).toEqual([]);
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      progress.stop();
    }
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines[0]).toMatch(/^… 0\/1 files, 250 documents \(\d+\/s\), 1 failed, \d+ s$/);
  });

  it('stops printing once stopped', async () => {
    const lines: string[] = [];
    const progress = new IngestProgress(3, { tty: false, logEveryMs: 50, write: (line) => lines.push(line) });
    progress.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(lines).toEqual([]);
  });
});
