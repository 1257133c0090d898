import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateGermEval, goldChunks, readGermEval, scoreChunks } from '../../../ingest/eval/germeval.js';
import { createReleaseExtractor } from '../../../ingest/extract/create-extractor.js';

const extractRelease = createReleaseExtractor();

const SAMPLE = [
  '#\thttp://example.org/a\t[2031-01-01]',
  '1\tJorinde\tB-PER\tO',
  '2\tWacholt\tI-PER\tO',
  '3\tbesucht\tO\tO',
  '4\tquellhausener\tB-LOCderiv\tO',
  '5\tBetriebe\tO\tO',
  '',
  '#\thttp://example.org/b\t[2031-01-02]',
  '1\tDie\tO\tO',
  '2\tBrunnenwerke\tB-ORG\tO',
  '3\tQuellhausen\tI-ORG\tB-LOC',
  '',
].join('\n');

function file(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'germeval-'));
  const path = join(dir, 'sample.tsv');
  writeFileSync(path, text);
  return path;
}

describe('GermEval reading', () => {
  it('reads sentences with words and outer tags, skipping comment lines', () => {
    const s = readGermEval(file(SAMPLE));
    expect(s).toHaveLength(2);
    expect(s[0]!.words).toEqual(['Jorinde', 'Wacholt', 'besucht', 'quellhausener', 'Betriebe']);
    expect(s[1]!.tags).toEqual(['O', 'B-ORG', 'I-ORG']);
  });

  it('keeps only PER/ORG/LOC outer chunks as gold (deriv and part are not names)', () => {
    const s = readGermEval(file(SAMPLE));
    expect(goldChunks(s[0]!.tags)).toEqual([{ type: 'PER', from: 0, to: 2 }]);
  });

  it('names the file and line of a malformed line', () => {
    expect(() => readGermEval(file('1\tWort\n'))).toThrow(/sample\.tsv:1: not a GermEval line/);
  });
});

describe('chunk scoring', () => {
  it('counts a chunk only when span and type both match', () => {
    const gold = [[{ type: 'PER', from: 0, to: 2 }], [{ type: 'ORG', from: 1, to: 3 }]];
    const pred = [
      [
        { type: 'PER', from: 0, to: 2 },
        { type: 'LOC', from: 3, to: 4 },
      ],
      [{ type: 'ORG', from: 1, to: 2 }],
    ];
    const r = scoreChunks(gold, pred);
    expect(r.PER).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(r.ORG).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    expect(r.LOC).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(r.all).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(r.all.precision).toBeCloseTo(1 / 3);
    expect(r.all.recall).toBeCloseTo(1 / 2);
    expect(r.all.f1).toBeCloseTo(0.4);
  });

  it('ignores predicted types other than PER/ORG/LOC', () => {
    const r = scoreChunks([[]], [[{ type: 'OTH', from: 0, to: 1 }]]);
    expect(r.all).toMatchObject({ tp: 0, fp: 0, fn: 0 });
  });
});

describe('whole-extractor GermEval scoring', () => {
  it('runs the German extractor on each sentence and scores its mentions as chunks', () => {
    const path = file(
      [
        '1\tGestern\tO\tO',
        '2\tsprach\tO\tO',
        '3\tLandrätin\tO\tO',
        '4\tJorinde\tB-PER\tO',
        '5\tWacholt\tI-PER\tO',
        '6\tmit\tO\tO',
        '7\tder\tO\tO',
        '8\tBrunnwerk\tB-ORG\tO',
        '9\tAG\tI-ORG\tO',
        '10\t.\tO\tO',
        '',
      ].join('\n'),
    );
    const r = evaluateGermEval(path, extractRelease);
    expect(r.sentences).toBe(1);
    expect(r.PER).toMatchObject({ tp: 1, fn: 0 });
    expect(r.ORG).toMatchObject({ tp: 1, fn: 0 });
  });
});
