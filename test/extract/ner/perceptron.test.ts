import { describe, expect, it } from 'vitest';
import type { TaggedSentence } from '../../../ingest/eval/germeval.js';
import { createNameTagger, type NerLexicon, type NerModel } from '../../../ingest/extract/ner/index.js';
import { trainPerceptron, type TrainOptions } from '../../../scripts/ner/perceptron.js';

const noLex: NerLexicon = {
  isFirstName: () => false,
  placeTier: () => null,
  isFrequentNoun: () => false,
  isTitle: () => false,
  isOrgHead: () => false,
};

/** Invented sentences: a surname after "Herr", a town after "nach". */
function data(): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  const names = ['Gerlov', 'Ostrowicz', 'Wacholt', 'Brandeck', 'Simmerl'];
  const towns = ['Quellhausen', 'Brunnstadt', 'Wiesenfelde', 'Oberkamm', 'Moosdorf'];
  names.forEach((n, i) => {
    out.push({ words: ['Herr', n, 'fährt', 'nach', towns[i]!, '.'], tags: ['O', 'B-PER', 'O', 'O', 'B-LOC', 'O'] });
    out.push({ words: ['Dann', 'kam', 'Herr', n, '.'], tags: ['O', 'O', 'O', 'B-PER', 'O'] });
  });
  return out;
}

const opts: TrainOptions = { epochs: 5, minSentences: 2, seed: 3 };

/** A feature's weight row (zeros when the model dropped it). */
const row = (m: NerModel, f: string): number[] => {
  const r = m.index.get(f);
  return m.labels.map((_, y) => (r === undefined ? 0 : m.weights[r * m.labels.length + y]!));
};

describe('perceptron training', () => {
  it('learns the contexts, so unseen names in them are tagged', () => {
    const tagger = createNameTagger(trainPerceptron(data(), noLex, opts), noLex);
    expect(tagger.labels(['Herr', 'Kornfeld', 'fährt', 'nach', 'Talbrück', '.'])).toEqual([
      'O',
      'B-PER',
      'O',
      'O',
      'B-LOC',
      'O',
    ]);
  });

  it('gives identical weights on every run', () => {
    const a = trainPerceptron(data(), noLex, opts);
    const b = trainPerceptron(data(), noLex, opts);
    expect([...b.index]).toEqual([...a.index]);
    expect([...b.weights]).toEqual([...a.weights]);
  });

  it('with several runs averages the weights of the runs over different shuffles', () => {
    const one = trainPerceptron(data(), noLex, opts);
    const two = trainPerceptron(data(), noLex, { ...opts, seed: opts.seed + 1 });
    const both = trainPerceptron(data(), noLex, { ...opts, runs: 2 });
    expect(both.info).toMatchObject({ runs: 2 });
    for (const f of new Set([...one.index.keys(), ...two.index.keys()])) {
      const want = row(one, f).map((v, y) => (v + row(two, f)[y]!) / 2);
      row(both, f).forEach((v, y) => expect(v).toBeCloseTo(want[y]!, 2));
    }
    both.trans.forEach((v, k) => expect(v).toBeCloseTo((one.trans[k]! + two.trans[k]!) / 2, 6));
  });
});
