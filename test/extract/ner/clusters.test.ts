import { describe, expect, it } from 'vitest';
import {
  clusterTags,
  createNameTagger,
  parseNerModel,
  sentenceFeatures,
  serializeNerModel,
  type NerLexicon,
  type NerModel,
} from '../../../ingest/extract/ner/index.js';
import { clusterWords, type ClusterOptions } from '../../../scripts/ner/clusters.js';

const towns = ['Quellhausen', 'Brunnstadt', 'Wiesenfelde', 'Oberkamm', 'Talbrück', 'Moosdorf'];
const people = ['Gerlov', 'Ostrowicz', 'Wacholt', 'Brandeck', 'Simmerl', 'Kornfeld'];
const townFrames = ['Wir fahren nach {} .', 'Der Zug hält in {} .', 'Die Straße von {} nach Ulmbach ist frei .'];
const personFrames = ['Herr {} sagte , dass es regnet .', 'Frau {} meinte , dass es schneit .', 'Laut {} sagte sie .'];

/** Invented text: towns and surnames each in their own kind of context. */
function inventedText(): string[][] {
  const out: string[][] = [];
  for (const [names, frames] of [
    [towns, townFrames],
    [people, personFrames],
  ] as const)
    for (const n of names) for (const f of frames) out.push(f.replace('{}', n).split(' '));
  return out;
}

const small: ClusterOptions = { minCount: 2, maxWords: 1000, contextWords: 50, leafSize: 1, maxDepth: 12 };

/** Length of the common prefix of two paths. */
const shared = (a: string, b: string): number => {
  let k = 0;
  while (k < a.length && a[k] === b[k]) k++;
  return k;
};

describe('word clusters', () => {
  it('puts words that occur in the same contexts deeper in the same subtree', () => {
    const c = clusterWords(inventedText(), small);
    const path = (w: string): string => c.get(w)!;
    for (const t of towns.slice(1)) expect(shared(path(towns[0]!), path(t))).toBeGreaterThan(0);
    for (const p of people) expect(shared(path(towns[0]!), path(p))).toBe(0);
    for (const p of people.slice(1)) expect(shared(path(people[0]!), path(p))).toBeGreaterThan(0);
  });

  it('gives the same table on every run and leaves out words seen too rarely', () => {
    const text = [...inventedText(), ['Einmalwort', 'kommt', 'nur', 'einmal', 'vor', '.']];
    const a = clusterWords(text, small);
    expect([...clusterWords(text, small)]).toEqual([...a]);
    expect(a.has('Einmalwort')).toBe(false);
  });

  it('folds digits, so every year shares one entry', () => {
    const c = clusterWords(
      [1990, 2001, 2017].flatMap((y) => [`Im Jahr ${y} regnete es .`.split(' '), `Seit ${y} regnet es .`.split(' ')]),
      small,
    );
    expect(c.has('0000')).toBe(true);
    expect(clusterTags('1987', c)).toEqual(clusterTags('2031', c));
  });
});

const noLex: NerLexicon = {
  isFirstName: () => false,
  placeTier: () => null,
  isFrequentNoun: () => false,
  isTitle: () => false,
  isOrgHead: () => false,
};

describe('cluster features', () => {
  const clusters = new Map([
    ['nach', '0011'],
    ['Quellhausen', '1011010'],
  ]);

  it('give a word its path prefixes and its neighbours theirs, and mark words the table lacks', () => {
    const f = sentenceFeatures(['nach', 'Quellhausen', 'Gerlov'], noLex, clusters);
    expect(f[1]).toEqual(expect.arrayContaining(['c4=1011', 'c6=101101', 'c=1011010', '-1c=0011', '+1c=?']));
    expect(f[0]).toEqual(expect.arrayContaining(['c=0011', '+1c4=1011']));
    expect(f[0]).not.toContain('c6=0011');
  });

  it('are absent for a model without a cluster table', () => {
    expect(
      sentenceFeatures(['nach', 'Quellhausen'], noLex)
        .flat()
        .some((f) => /^[-+]?\d?c/.test(f)),
    ).toBe(false);
  });

  it('survive saving and loading the model (a broken table is named), and the tagger scores them', () => {
    const labels = ['O', 'B-LOC', 'I-LOC'];
    const model: NerModel = {
      labels,
      trans: new Float64Array(9),
      start: new Float64Array(3),
      index: new Map([
        ['b', 0],
        ['-1c=0011', 1],
      ]),
      weights: Float32Array.from([1, 0, 0, 0, 2, 0]),
      clusters,
      info: {},
    };
    const loaded = parseNerModel(serializeNerModel(model), 'test');
    expect([...loaded.clusters!].sort()).toEqual([...clusters].sort());
    // "nach" before an unknown word makes it a place only through the cluster feature
    expect(createNameTagger(loaded, noLex).labels(['nach', 'Talbrück'])).toEqual(['O', 'B-LOC']);
    const broken = { ...JSON.parse(serializeNerModel(model)), clusters: [['0011']] };
    expect(() => parseNerModel(JSON.stringify(broken), 'x.model.json.gz')).toThrow(
      /x\.model\.json\.gz: the word-cluster table is malformed; rebuild/,
    );
    expect(createNameTagger({ ...loaded, clusters: new Map() }, noLex).labels(['nach', 'Talbrück'])).toEqual([
      'O',
      'O',
    ]);
  });
});
