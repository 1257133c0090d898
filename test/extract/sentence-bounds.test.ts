import { describe, expect, it } from 'vitest';
import type { Release } from '../../src/domain/index.js';
import { analyze } from '../../ingest/extract/nlp/analyze.js';

/** The sentence texts of a bare text in a language. */
function sentences(text: string, language: 'de' | 'en'): string[] {
  return analyze({ text, language } as Release).sentences.map((s) => s.text);
}

describe('sentences at initials and abbreviations (German)', () => {
  it('keeps a hyphenated first-name initial inside the sentence', () => {
    expect(sentences('Es sprach Jörg-W. Hallbeck im Saal.', 'de')).toEqual(['Es sprach Jörg-W. Hallbeck im Saal.']);
  });

  it('keeps a non-ASCII initial before a surname inside the sentence', () => {
    expect(sentences('Gast war Ü. Kestner aus Ormsdorf.', 'de')).toEqual(['Gast war Ü. Kestner aus Ormsdorf.']);
  });

  it('keeps a degree abbreviation with a hyphen before the name', () => {
    expect(sentences('Es sprach Dipl.-Ing. Berta Quandel.', 'de')).toEqual(['Es sprach Dipl.-Ing. Berta Quandel.']);
  });

  it('keeps a month abbreviation before a year or a lower-case word', () => {
    expect(sentences('Die Messe ist am 3. Okt. 2031 und am 5. Sept. in Ormsdorf.', 'de')).toHaveLength(1);
  });

  it('keeps a number abbreviation before its number but not before a word', () => {
    expect(sentences('Nach Art. 4 der Satzung gilt das.', 'de')).toHaveLength(1);
    expect(sentences('Das war eine neue Art. Karl Fenske kam.', 'de')).toHaveLength(2);
  });

  it('keeps abbreviations and initials whose period tokenised text sets apart inside the sentence', () => {
    expect(sentences('Im Jahr 30 v . Chr . lebte Dr . Ilse Ranft in St . Kleinfurt .', 'de')).toHaveLength(1);
    expect(sentences('Es schrieb Jonas R . Tessmer das Buch .', 'de')).toHaveLength(1);
    expect(sentences('Das Werk kaufte die Firma Q . Sie baut Brücken .', 'de')).toHaveLength(2);
  });

  it('ends the sentence after an initial followed by a pronoun', () => {
    expect(sentences('Der Auftrag ging an die Firma Q. Sie baut Brücken.', 'de')).toEqual([
      'Der Auftrag ging an die Firma Q.',
      'Sie baut Brücken.',
    ]);
  });

  it('ends the sentence after a dotted legal form followed by an adverb', () => {
    expect(sentences('Es lud der Kleingartenverein Ormsdorf e.V. Dann kam der Regen.', 'de')).toHaveLength(2);
  });

  it('does not glue a real sentence end after a town', () => {
    expect(sentences('Er wohnt in Ormsdorf. Dann zog er um.', 'de')).toHaveLength(2);
  });

  it('does not glue a lower-case word that ends a sentence to a name', () => {
    expect(sentences('Das ist so. Karl Fenske kam.', 'de')).toHaveLength(2);
  });
});

describe('sentences at initials and abbreviations (English)', () => {
  it('keeps middle initials and a number abbreviation inside the sentence', () => {
    expect(sentences('She met Mr J. R. Pellow at No. 12 Quarry Lane.', 'en')).toHaveLength(1);
  });

  it('ends the sentence after a single-letter name followed by a pronoun', () => {
    expect(sentences('The prize went to Plan Q. It was well earned.', 'en')).toEqual([
      'The prize went to Plan Q.',
      'It was well earned.',
    ]);
  });
});
