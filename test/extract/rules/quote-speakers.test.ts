import { describe, expect, it } from 'vitest';
import { extractText, triples } from '../helpers.js';

const quoted = (text: string, lang: 'de' | 'en'): (string | null)[] =>
  triples(extractText(text, lang))
    .filter(([t]) => t === 'QUOTED_IN')
    .map(([, who]) => who);

describe('speaker before the quotation', () => {
  it('gives the quotation to the speaker, not to a person named after "von" in the intro', () => {
    const text =
      'Abschied\n\nDer langjährige Wehrführer Kai Lenz geht in den Ruhestand. ' +
      'Landrätin Greta Wendlandt sagte zum Abschied von Kai Lenz: „Er hat die Wehr über Jahre geprägt.“';
    expect(quoted(text, 'de')).toEqual(['Greta Wendlandt']);
  });

  it('skips a person after "mit" and a title before the speaker', () => {
    const text =
      'Neue Halle\n\nDie Halle in Talheim ist fertig. ' +
      'Nach dem Gespräch mit Bürgermeister Kai Lenz betonte Ministerin Jana Roth: „Das ist ein guter Tag für den Ort.“';
    expect(quoted(text, 'de')).toEqual(['Jana Roth']);
  });

  it('skips an English person after "to"', () => {
    const text =
      'New depot\n\nThe depot in Kelby opened today. ' +
      'Speaking to Councillor Tom Reed, Mary Holt said: "This is a great day for the whole town."';
    expect(quoted(text, 'en')).toEqual(['Mary Holt']);
  });

  it('gives the quotation to the person opening the intro before a speech verb, not to its objects', () => {
    const text =
      'Neue Halle\n\nDie Halle in Talheim ist fertig. ' +
      'Landrätin Greta Wendlandt lobte Bürgermeister Kai Lenz: „Er hat das Projekt sicher geführt.“';
    expect(quoted(text, 'de')).toEqual(['Greta Wendlandt']);
  });

  it('keeps the last person when the intro opens with an adverb ("Dazu sagte B")', () => {
    const text =
      'Neue Halle\n\nKai Lenz leitete den Bau. Zum Abschluss des Baus sagte Ministerin Jana Roth: „Ein starkes Stück Arbeit.“';
    expect(quoted(text, 'de')).toEqual(['Jana Roth']);
  });

  it('keeps the only person of the intro even when a preposition precedes it', () => {
    const text =
      'Neue Halle\n\nDie Halle in Talheim ist fertig. Ein Gruß kam von Kai Lenz: „Wir freuen uns mit allen.“';
    expect(quoted(text, 'de')).toEqual(['Kai Lenz']);
  });
});

describe('coordinated speakers before the quotation', () => {
  it('quotes each of two coordinated persons who open the intro', () => {
    const text =
      'Neue Halle\n\nDie Halle in Talheim ist fertig. ' +
      'Landrat Kai Lenz und Bürgermeisterin Jana Roth halten gemeinsam fest: „Das ist ein guter Tag für den Kreis.“';
    expect(quoted(text, 'de').sort()).toEqual(['Jana Roth', 'Kai Lenz']);
  });

  it('does not quote persons coordinated as the object of another person', () => {
    const text =
      'Neue Halle\n\nDie Halle in Talheim ist fertig. ' +
      'Landrätin Greta Wendlandt dankte Kai Lenz und Jana Roth mit den Worten: „Ohne euch wäre das nicht gegangen.“';
    expect(quoted(text, 'de')).toEqual(['Greta Wendlandt']);
  });
});

describe('speaker named by academic title and surname', () => {
  it('gives the quotation to the one fuller person with that surname', () => {
    const text =
      'Neue Halle\n\nLandrat Dr. Kai Lenz eröffnete die Halle in Talheim. ' +
      '„Das ist ein guter Tag für den Kreis“, sagte Landrat Dr. Lenz.';
    // the fuller person, whatever the name rules keep of the academic title
    expect(quoted(text, 'de')).toEqual([expect.stringMatching(/Kai Lenz$/)]);
  });

  it('keeps the speaker when two persons share the surname', () => {
    const text =
      'Neue Halle\n\nLandrat Dr. Kai Lenz und Ministerin Jana Lenz eröffneten die Halle in Talheim. ' +
      '„Das ist ein guter Tag für den Kreis“, sagte Landrat Dr. Lenz.';
    expect(quoted(text, 'de')).not.toContain('Jana Lenz');
  });
});
