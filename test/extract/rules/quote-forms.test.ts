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

describe('more quotation marks', () => {
  it('pairs a German low mark with a straight closing mark („…")', () => {
    const text = 'Neue Halle\n\nDie Halle ist fertig. „Das ist ein guter Tag für den Ort", sagte Kai Lenz.';
    expect(quoted(text, 'de')).toEqual(['Kai Lenz']);
  });

  it('finds English straight single quotes, where a straight apostrophe inside a word closes nothing', () => {
    const text = "New depot\n\nThe depot opened. 'We are delighted with the town's new depot,' said Mary Holt.";
    expect(findQuotes(text).map((q) => q.text)).toEqual(["We are delighted with the town's new depot,"]);
    expect(quoted(text, 'en')).toEqual(['Mary Holt']);
  });

  it('finds no quotation in straight apostrophes alone', () => {
    expect(findQuotes("Kelby's depot and the residents' hall were ready.")).toEqual([]);
  });

  it('finds single guillemets (›…‹)', () => {
    expect(findQuotes('Er sagte: ›Wir sind bereit für den Winter.‹').map((q) => q.text)).toEqual([
      'Wir sind bereit für den Winter.',
    ]);
  });
});

describe('more attribution forms', () => {
  it('attributes an exclamation followed by a speech verb without comma ("„…!“ ruft X")', () => {
    const text = 'Neue Halle\n\nDie Halle ist fertig. „Das ist ein großer Tag!“ ruft Kai Lenz.';
    expect(quoted(text, 'de')).toEqual(['Kai Lenz']);
  });

  it('attributes "…!" exclaimed X', () => {
    const text = 'New depot\n\nThe depot opened. "This is a great day!" exclaimed Mary Holt.';
    expect(quoted(text, 'en')).toEqual(['Mary Holt']);
  });

  it('attributes a quotation to the person in parentheses right after it', () => {
    const text = 'Neue Halle\n\nDie Halle ist fertig. „Das ist ein guter Tag für den Ort.“ (Kai Lenz, Bürgermeister)';
    expect(quoted(text, 'de')).toEqual(['Kai Lenz']);
  });

  it('does not give a closed quotation to a person of the next sentence without a speech verb', () => {
    const text = 'Neue Halle\n\nDie Halle ist fertig. „Das ist ein guter Tag für den Ort.“ Kai Lenz leitet das Bauamt.';
    expect(quoted(text, 'de')).toEqual([]);
  });

  it('attributes an unmarked paragraph after "X said today:"', () => {
    const text =
      'New depot\n\nThe depot opened.\n\nMary Holt said today:\n\nWe are delighted with the result and thank everyone.';
    expect(quoted(text, 'en')).toEqual(['Mary Holt']);
  });

  it('attributes an unmarked German paragraph after "X zeigte sich erfreut:"', () => {
    const text =
      'Neue Halle\n\nDie Halle ist fertig.\n\nBürgermeister Kai Lenz zeigte sich erfreut:\n\nDas ist ein guter Tag für den Ort und alle Vereine.';
    expect(quoted(text, 'de')).toEqual(['Kai Lenz']);
  });

  it('takes no unmarked paragraph after a colon line without a speech verb', () => {
    const text =
      'New depot\n\nThe depot opened.\n\nMary Holt listed the next steps:\n\nWe will paint the walls and open the shop.';
    expect(quoted(text, 'en')).toEqual([]);
  });
});

describe('quotations over several paragraphs', () => {
  it('runs a straight-quoted quotation on when the next paragraph opens with the mark again', () => {
    const text =
      'New depot\n\nThe depot opened. Mary Holt, chair of the board, said: "We are delighted with the result.\n\n' +
      '"It is a great day for the town."\n\nTom Reed welcomed the depot. "We thank all the staff," he said.';
    expect(findQuotes(text, true).map((q) => q.text.slice(0, 12))).toEqual(['We are delig', 'We thank all']);
    expect(quoted(text, 'en').sort()).toEqual(['Mary Holt', 'Tom Reed']);
  });

  it('runs a German quotation on over a paragraph that reopens with „', () => {
    const text =
      'Neue Halle\n\nDie Halle in Talheim ist fertig. Bürgermeister Kai Lenz sagte: „Wir sind froh über die Halle.\n\n' +
      '„Sie ist schön geworden und wir danken allen.“';
    expect(findQuotes(text, true)).toHaveLength(1);
    expect(quoted(text, 'de')).toEqual(['Kai Lenz']);
  });

  it('does not run a mark left open into a quotation that opens in mid-paragraph', () => {
    const text =
      'Neue Halle\n\nDer Verein „Talheimer Bühne lädt ein.\n\nKai Lenz sagte dazu „Wir sind froh über die Halle“.';
    expect(findQuotes(text, true).map((q) => q.text)).toEqual(['Wir sind froh über die Halle']);
  });

  it('keeps every quotation in its paragraph without the paragraph option', () => {
    const text = 'New depot\n\n"We are delighted with the result.\n\n"It is a great day for the town."';
    expect(findQuotes(text).map((q) => q.text)).toEqual(['It is a great day for the town.']);
  });
});

describe('quotations named by the text around them', () => {
  it('gives a quotation to the person of the next sentence that opens "Mit diesen Worten"', () => {
    const text =
      'Neue Halle\n\nTalheim. „Die Halle ist fertig und sie ist schön.“ Mit diesen Worten trug sich Bürgermeisterin Ute Sommerfeld am Freitag in das Goldene Buch der Stadt ein.';
    expect(quoted(text, 'de')).toEqual(['Ute Sommerfeld']);
  });

  it('gives an English quotation to the person of a "With these words" sentence', () => {
    const text =
      'New hall\n\n"This hall belongs to all of us now." With these words, Councillor Dana Whitcombe opened the hall on Friday.';
    expect(quoted(text, 'en')).toEqual(['Dana Whitcombe']);
  });

  it('does not give a quotation to the person of a next sentence that does not point back at it', () => {
    const text =
      'Neue Halle\n\nTalheim. „Die Halle ist fertig und sie ist schön.“ Am Freitag besuchte Bürgermeisterin Ute Sommerfeld die Halle.';
    expect(quoted(text, 'de')).not.toContain('Ute Sommerfeld');
  });

  it('attributes open quotation paragraphs under a "Quotes attributable to X:" heading', () => {
    const text = [
      'Funding for new classrooms',
      'The Government will fund new classrooms at Westvale schools.',
      'Quotes attributable to Minister for Education Mark Tolland:',
      '“Our students deserve modern rooms and good equipment.',
      '“This is a real step forward for every school in the region.',
    ].join('\n\n');
    expect(quoted(text, 'en')).toEqual(['Mark Tolland']);
  });

  it('attributes an open German quotation under a "Zitat von X:" line', () => {
    const text = [
      'Förderung für Schulen',
      'Das Land fördert neue Klassenräume in Talheim.',
      'Zitat von Kultusministerin Petra Lindqvist:',
      '„Unsere Schülerinnen und Schüler verdienen gute Räume.',
    ].join('\n\n');
    expect(quoted(text, 'de')).toEqual(['Petra Lindqvist']);
  });
});

describe('the person spoken to', () => {
  it('gives "…,” she told Mr X" to the woman speaking, not to the man she told', () => {
    const text =
      'Hospital visit\n\nDr Mary Holt visited the ward on Monday. “You are doing a great job here,” she told the ward’s director, Mr Paul Denby, who showed her round.';
    expect(quoted(text, 'en')).toEqual(['Mary Holt']);
  });

  it('gives „…“, sagte sie zu Landrat X to the speaker the pronoun refers to', () => {
    const text =
      'Besuch\n\nMinisterin Petra Lindqvist besuchte am Montag die Klinik. „Hier wird großartige Arbeit geleistet“, sagte sie zu Landrat Heiko Brandl.';
    expect(quoted(text, 'de')).toEqual(['Petra Lindqvist']);
  });
});
