import { describe, expect, it } from 'vitest';
import type { Release } from '../../../src/domain/index.js';
import { analyze } from '../../../ingest/extract/nlp/analyze.js';
import { sentenceWords } from '../../../ingest/extract/ner/doc-words.js';
import { isInitial } from '../../../ingest/extract/nlp/initials.js';

/** The tagger's words of every sentence of a bare German text. */
function taggerWords(text: string): string[][] {
  const doc = analyze({ text, language: 'de' } as Release);
  return doc.sentences.map((s) => sentenceWords(doc, s).words);
}

describe('tagger words at initials', () => {
  it('gives an initial its period, as the training data writes it', () => {
    expect(taggerWords('Es sprach Jörg-W. Hallbeck mit K. Brenkamp.')[0]).toEqual([
      'Es',
      'sprach',
      'Jörg-W.',
      'Hallbeck',
      'mit',
      'K.',
      'Brenkamp',
      '.',
    ]);
  });

  it('keeps the period apart after an initial that ends the sentence and after other abbreviations', () => {
    expect(taggerWords('Es sprach Dr. Hallbeck von der Firma Q.')[0]).toEqual([
      'Es',
      'sprach',
      'Dr',
      '.',
      'Hallbeck',
      'von',
      'der',
      'Firma',
      'Q',
      '.',
    ]);
  });

  it('counts single capitals and hyphenated first-name initials as initials, not words or acronyms', () => {
    expect([isInitial('K'), isInitial('Ü'), isInitial('Jörg-W')]).toEqual([true, true, true]);
    expect([isInitial('Dr'), isInitial('k'), isInitial('IHK'), isInitial('WerkStark-V')]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
