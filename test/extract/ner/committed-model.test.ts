import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../ingest/extract/create-extractor.js';
import {
  createNameTagger,
  germanNerLexicon,
  loadNerModel,
  sentenceFeatures,
} from '../../../ingest/extract/ner/index.js';
import { defaultNerModelPath } from '../../../ingest/extract/ner/model-path.js';
import { parseRelease } from '../../../ingest/parse/parse-release.js';

const model = loadNerModel(defaultNerModelPath());
const tagger = createNameTagger(model, germanNerLexicon);
const tag = (sentence: string): string[] => {
  const words = sentence.split(' ');
  return tagger.spans(words).map((s) => `${s.type}:${words.slice(s.from, s.to).join(' ')}`);
};

describe('the committed German tagger model', () => {
  it('tags an invented person, company and town', () => {
    expect(tag('Laut Tamsin Gerlov ist die Firma Brunnwerk AG aus Oberquellbach zufrieden .')).toEqual([
      'PER:Tamsin Gerlov',
      'ORG:Brunnwerk AG',
      'LOC:Oberquellbach',
    ]);
  });

  it('tags a person after a title and a place after "in"', () => {
    expect(tag('Der Vorsitzende Malte Ostrowicz eröffnete das Fest in Unterbrunnheim .')).toEqual([
      'PER:Malte Ostrowicz',
      'LOC:Unterbrunnheim',
    ]);
  });

  it('scores exactly the features training saw (the per-word cache changes nothing)', () => {
    const L = model.labels.length;
    for (const sentence of [
      'Laut Tamsin Gerlov ist die Firma Brunnwerk AG aus Oberquellbach zufrieden .',
      'In Bad Oberquellbach eröffnete Malte Ostrowicz , Vorsitzender der Quellbacher Sportfreunde , das Fest .',
      'Gerlov',
    ]) {
      const words = sentence.split(' ');
      const naive = new Float64Array(words.length * L);
      sentenceFeatures(words, germanNerLexicon, model.clusters).forEach((fs, i) => {
        for (const f of fs) {
          const row = model.index.get(f);
          if (row !== undefined) for (let y = 0; y < L; y++) naive[i * L + y] += model.weights[row * L + y]!;
        }
      });
      const fast = tagger.emissions(words);
      // twice: the second call reads the per-word cache
      for (const got of [fast, tagger.emissions(words)]) got.forEach((v, k) => expect(v).toBeCloseTo(naive[k]!, 4));
    }
  });

  it('is small and records what it was trained with', () => {
    expect(model.index.size).toBeLessThan(200_000);
    expect(model.info).toMatchObject({ seed: expect.any(Number), epochs: expect.any(Number) });
  });
});

describe('the German extractor with the tagger', () => {
  const text =
    // a town without a settlement ending the place rules know (de-plc-toponym takes "…heim")
    'Sommerfest in Oberquellmarn\n\nGestern sprach Tamsin Gerlov mit Vertretern der Brunnwerk AG in Oberquellmarn.';
  const names = (nerModel: typeof model | null): string[] =>
    createExtractor('de', { nerModel })
      .extract(parseRelease(text, { source: 'test.txt', language: 'de' }))
      .entities.map((e) => `${e.type}:${e.name}`)
      .sort();

  it('finds a town the gazetteer does not know, which the rules alone miss', () => {
    expect(names(null)).not.toContain('Place:Oberquellmarn');
    expect(names(model)).toEqual(['Organisation:Brunnwerk AG', 'Person:Tamsin Gerlov', 'Place:Oberquellmarn']);
  });
});
