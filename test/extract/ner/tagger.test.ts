import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  bioAllowed,
  bioSpans,
  createNameTagger,
  loadNerModel,
  parseNerModel,
  sentenceFeatures,
  serializeNerModel,
  spansToBio,
  viterbi,
  wordShape,
  type NerLexicon,
  type NerModel,
} from '../../../ingest/extract/ner/index.js';

const tinyLex: NerLexicon = {
  isFirstName: (w) => w === 'Jorinde',
  placeTier: (w) => (w === 'Quellhausen' ? 'mid' : w === 'Bad Quellhausen' ? 'small' : null),
  isFrequentNoun: (w) => w === 'Brunnen',
  isTitle: (w) => w === 'Bürgermeisterin',
  isOrgHead: (w) => w.endsWith('werke'),
};

/** A hand-made model: first names start persons, a capitalised word after a person continues it. */
function tinyModel(): NerModel {
  const labels = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'];
  const L = labels.length;
  const rows: Record<string, number[]> = {
    b: [1, 0, 0, 0, 0],
    fn: [0, 3, 0, 0, 0],
    'sh=Xx': [0, 0, 1.5, 0.5, 0],
    'gz=mid': [0, 0, 0, 3, 0],
    '-1fn': [0, 0, 1, 0, 0],
  };
  const index = new Map(Object.keys(rows).map((f, i) => [f, i]));
  const weights = new Float32Array(Object.values(rows).flat());
  const trans = new Float64Array(L * L);
  trans[1 * L + 2] = 1; // B-PER → I-PER
  return { labels, trans, start: new Float64Array(L), index, weights, info: {} };
}

describe('feature extraction', () => {
  it('collapses word shapes to runs of upper, lower, digit and punctuation', () => {
    expect(wordShape('Quellhausen')).toBe('Xx');
    expect(wordShape('QSV')).toBe('X');
    expect(wordShape('GmbH')).toBe('XxX');
    expect(wordShape('2031')).toBe('d');
    expect(wordShape('E-Mail')).toBe('X-Xx');
  });

  it('gives each token word, affix, neighbour and word-list features', () => {
    const f = sentenceFeatures(['Bürgermeisterin', 'Jorinde', 'Wacholt', 'in', 'Quellhausen'], tinyLex);
    expect(f).toHaveLength(5);
    expect(f[1]).toEqual(
      expect.arrayContaining(['w=jorinde', 'fn', '-1title', 'p2=jo', 's3=nde', 'w-1=bürgermeisterin']),
    );
    expect(f[2]).toEqual(expect.arrayContaining(['-1fn', 'sh=Xx', 'w+1=in']));
    expect(f[4]).toEqual(expect.arrayContaining(['gz=mid', 'w+1=</s>', 'w-1=in']));
    expect(f[0]).toContain('first');
    expect(f[1]).not.toContain('first');
  });

  it('gives a token the endings and shapes of the words right next to it, not of those two away', () => {
    const f = sentenceFeatures(['Bürgermeisterin', 'Jorinde', 'Wacholt', 'in', 'Quellhausen'], tinyLex);
    expect(f[2]).toEqual(expect.arrayContaining(['-1s3=nde', '-1sh=Xx', '+1s3=in', '+1sh=x']));
    expect(f[2]!.some((x) => x.startsWith('-2s3=') || x.startsWith('+2sh='))).toBe(false);
  });

  it('marks frequent nouns, genitive places and two-word places', () => {
    const f = sentenceFeatures(['Brunnen', 'Quellhausens', 'Bad', 'Quellhausen'], tinyLex);
    expect(f[0]).toContain('noun');
    expect(f[1]).toContain('gzs');
    expect(f[2]).toContain('gz2b');
    expect(f[3]).toContain('gz2e');
  });
});

describe('Viterbi', () => {
  it('finds the best path under the transition scores, not the best label per token', () => {
    // per token, label 1 wins at token 1; a strong 0→0 transition makes 0,0 best overall
    const emit = Float64Array.from([1, 0, 0, 0.5]);
    const trans = [2, 0, 0, 0];
    expect(
      viterbi(
        2,
        2,
        emit,
        trans,
        [0, 0],
        () => true,
        () => true,
      ),
    ).toEqual([0, 0]);
    expect(
      viterbi(
        2,
        2,
        emit,
        [0, 0, 0, 0],
        [0, 0],
        () => true,
        () => true,
      ),
    ).toEqual([0, 1]);
  });

  it('never takes a forbidden transition or first label', () => {
    const emit = Float64Array.from([0, 5, 0, 5]);
    const path = viterbi(
      2,
      2,
      emit,
      [0, 0, 0, 0],
      [0, 0],
      (a, b) => !(a === 1 && b === 1),
      (y) => y === 0,
    );
    expect(path).toEqual([0, 1]);
  });

  it('returns an empty path for an empty sentence', () => {
    expect(
      viterbi(
        0,
        3,
        new Float64Array(0),
        [],
        [],
        () => true,
        () => true,
      ),
    ).toEqual([]);
  });
});

describe('BIO', () => {
  it('decodes spans, starting a new span at a stray I- or a type change', () => {
    expect(bioSpans(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-ORG', 'I-LOC'])).toEqual([
      { type: 'PER', from: 0, to: 2 },
      { type: 'LOC', from: 3, to: 4 },
      { type: 'ORG', from: 4, to: 5 },
      { type: 'LOC', from: 5, to: 6 },
    ]);
  });

  it('encodes spans back to the same labels', () => {
    const labels = ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'B-PER'];
    expect(spansToBio(5, bioSpans(labels))).toEqual(labels);
  });

  it('allows I-X only after B-X or I-X', () => {
    expect(bioAllowed('B-PER', 'I-PER')).toBe(true);
    expect(bioAllowed('I-PER', 'I-PER')).toBe(true);
    expect(bioAllowed('O', 'I-PER')).toBe(false);
    expect(bioAllowed('B-LOC', 'I-PER')).toBe(false);
    expect(bioAllowed('I-LOC', 'B-PER')).toBe(true);
  });
});

describe('tagger on a hand-made model', () => {
  it('tags a first name plus surname as one person and a gazetteer town as a place', () => {
    const tagger = createNameTagger(tinyModel(), tinyLex);
    const words = ['Heute', 'kam', 'Jorinde', 'Wacholt', 'nach', 'Quellhausen'];
    expect(tagger.spans(words)).toEqual([
      { type: 'PER', from: 2, to: 4 },
      { type: 'LOC', from: 5, to: 6 },
    ]);
  });

  it('survives a round trip through the file format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ner-'));
    const path = join(dir, 'm.json.gz');
    writeFileSync(path, gzipSync(serializeNerModel(tinyModel())));
    const loaded = loadNerModel(path);
    const words = ['Jorinde', 'Wacholt', 'besucht', 'Quellhausen'];
    expect(createNameTagger(loaded, tinyLex).labels(words)).toEqual(
      createNameTagger(tinyModel(), tinyLex).labels(words),
    );
  });

  it('rejects a file that is not a model, naming the file and the fix', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ner-'));
    const path = join(dir, 'bad.json.gz');
    writeFileSync(path, 'plain text');
    expect(() => loadNerModel(path)).toThrow(/bad\.json\.gz.*npm run train:ner/);
    expect(() => parseNerModel('{"format":"other"}', 'x.json')).toThrow(/x\.json.*train:ner/);
  });
});
