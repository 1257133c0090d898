import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../ingest/extract/core/quotes.js';
import { extractText, triples } from '../helpers.js';

const quoted = (text: string, lang: 'de' | 'en'): (string | null)[] =>
  triples(extractText(text, lang))
    .filter(([t]) => t === 'QUOTED_IN')
    .map(([, who]) => who);

describe('quotation forms', () => {
  it('finds German single low-high marks and attributes them ("‚…‘, sagte die Landrätin")', () => {
    const text =
      'Neue Schule\n\nLandrätin Greta Wendlandt besuchte die Schule. ‚Wir sind mit dem Ergebnis zufrieden‘, sagte die Landrätin.';
    expect(quoted(text, 'de')).toEqual(['Greta Wendlandt']);
  });

  it('finds English single marks, where a ’ before a letter is an apostrophe', () => {
    const text = 'New depot\n\nMary Holt opened the depot. ‘This is a great day for the town’s people,’ she said.';
    expect(findQuotes(text).map((q) => q.text)).toEqual(['This is a great day for the town’s people,']);
    expect(quoted(text, 'en')).toEqual(['Mary Holt']);
  });

  it('finds no quotation in apostrophes alone', () => {
    expect(findQuotes('The town’s new depot and Holt’s team were ready.')).toEqual([]);
  });

  it('attributes a quotation after "Er ist zufrieden:" to the person the opening pronoun refers to', () => {
    const text =
      'Neues Projekt\n\nKai Lenz leitet das Bauamt. Er ist zufrieden: „Wir liegen voll im Zeitplan und im Budget.“';
    expect(quoted(text, 'de')).toEqual(['Kai Lenz']);
  });

  it('needs the pronoun to open the clause when no speech verb stands before the colon', () => {
    const text =
      'Neues Projekt\n\nKai Lenz leitet das Bauamt. Der Plan steht, nun ist er gefragt: „Wir liegen voll im Zeitplan.“';
    expect(quoted(text, 'de')).not.toContain('Kai Lenz');
  });
});
