import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../ingest/extract/create-extractor.js';
import { createNameTagger, englishNerLexicon, loadNerModel } from '../../../ingest/extract/ner/index.js';
import { defaultNerModelPath } from '../../../ingest/extract/ner/model-path.js';
import { parseRelease } from '../../../ingest/parse/parse-release.js';

const model = loadNerModel(defaultNerModelPath('en'));
const tagger = createNameTagger(model, englishNerLexicon);
const tag = (sentence: string): string[] => {
  const words = sentence.split(' ');
  return tagger.spans(words).map((s) => `${s.type}:${words.slice(s.from, s.to).join(' ')}`);
};
const names = (text: string, nerModel: typeof model | null): string[] =>
  createExtractor('en', { nerModel })
    .extract(parseRelease(text, { source: 'test.txt', language: 'en' }))
    .entities.map((e) => `${e.type}:${e.name}`)
    .sort();

describe('the committed English tagger model', () => {
  it('tags two invented people and a place in a sentence', () => {
    expect(tag('Guests included Tumbrik Velasco and Hennig Orlov from Carlisle .')).toEqual([
      'PER:Tumbrik Velasco',
      'PER:Hennig Orlov',
      'LOC:Carlisle',
    ]);
  });

  it('is a different model from the German one and records its training', () => {
    expect(model.info).toMatchObject({ seed: expect.any(Number), epochs: expect.any(Number) });
    expect(model.index.size).toBeLessThan(200_000);
    expect(defaultNerModelPath('en')).not.toBe(defaultNerModelPath('de'));
  });
});

describe('the English extractor with the tagger', () => {
  it('adds a person without a known first name that the rules alone miss', () => {
    const text = 'Update\n\nGuests included Tumbrik Velasco and Hennig Orlov from the region.';
    expect(names(text, null)).toEqual(['Person:Hennig Orlov']);
    expect(names(text, model)).toEqual(['Person:Hennig Orlov', 'Person:Tumbrik Velasco']);
  });

  it('does not propose a lone capitalised word the word lists do not back', () => {
    // a single unknown word: a surname, a place or a noun; the tagger alone does not decide
    const text = 'Update\n\nThe plan was praised in Quellstone and by Velasco.';
    expect(names(text, model)).toEqual(names(text, null));
  });
});
