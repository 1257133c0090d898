import { describe, expect, it } from 'vitest';
import { extractText, triples } from '../helpers.js';

const quoted = (text: string, lang: 'de' | 'en'): string[] =>
  triples(extractText(text, lang, '2024-05-02'))
    .filter(([t]) => t === 'QUOTED_IN')
    .map(([, who]) => who);

describe('rule quote-pronoun', () => {
  it('gives a German quotation attributed by "sagte sie" to the woman mentioned before it', () => {
    const text =
      'Schulbesuch\n\nLandrat Peter Hagedorn und Bürgermeisterin Greta Wendlandt besuchten am Montag die Grundschule am Talweg. ' +
      'Die Bürgermeisterin lobte den neuen Anbau.\n\n' +
      '„Wir investieren weiter in gute Bildung für alle Kinder im Ort“, sagte sie.';
    expect(quoted(text, 'de')).toEqual(['Greta Wendlandt']);
  });

  it('gives "Er betonte:" before a quotation to the last man mentioned', () => {
    const text =
      'Neue Halle\n\nBürgermeister Jonas Elberfeld eröffnete die Sporthalle. Er betonte: „Diese Halle steht allen Vereinen offen.“';
    expect(quoted(text, 'de')).toEqual(['Jonas Elberfeld']);
  });

  it('gives an English quotation attributed by "she said" to the person before it', () => {
    const text =
      'New library opens\n\nCouncillor Mary Holt opened the new library on Friday.\n\n' +
      '"This is a place for everyone in the town to learn and meet," she said.';
    expect(quoted(text, 'en')).toEqual(['Mary Holt']);
  });

  it('states QUOTED once per person however often the person is quoted', () => {
    const text =
      'Besuch\n\nLandrätin Greta Wendlandt besuchte den Bauhof. „Die Mannschaft leistet hier sehr viel“, sagte Wendlandt. ' +
      '„Ohne sie wäre der Winterdienst nicht zu schaffen“, betonte sie.';
    expect(quoted(text, 'de')).toEqual(['Greta Wendlandt']);
  });

  it('leaves a quotation without speaker, name or pronoun unattributed', () => {
    const text =
      'Aufruf\n\nDie Gemeinde ruft zur Teilnahme auf. „Jede Stimme zählt bei dieser Befragung der Bürger“, heißt es.';
    expect(quoted(text, 'de')).toEqual([]);
  });
});

describe('rule quote-coordination', () => {
  it('gives a quotation spoken by two coordinated officials to both', () => {
    const text =
      'Betriebsbesuch\n\nDie Kreisspitze besuchte die Schreinerei Holzwerk Lenz GmbH. ' +
      '„Wir wollen die Betriebe im Kreis noch besser kennenlernen“, erklärten Landrat Peter Hagedorn und Erste Kreisbeigeordnete Greta Wendlandt.';
    expect(quoted(text, 'de').sort()).toEqual(['Greta Wendlandt', 'Peter Hagedorn']);
  });

  it('does not give the quotation to a person named in the next clause', () => {
    const text =
      'Besuch\n\nBürgermeister Jonas Elberfeld besuchte den Markt. „Der Markt belebt die Innenstadt sehr“, sagte Elberfeld. Landrat Peter Hagedorn kam später dazu.';
    expect(quoted(text, 'de')).toEqual(['Jonas Elberfeld']);
  });
});

describe('rule quote-previous-sentence', () => {
  it('gives a quotation opening its own sentence to the one person of the sentence before', () => {
    const text =
      'Besuch\n\nLandrätin Greta Wendlandt zeigte sich von der Werkstatt beeindruckt. „Hier wird Handwerk mit viel Leidenschaft gelebt.“ Danach ging es weiter.';
    expect(quoted(text, 'de')).toEqual(['Greta Wendlandt']);
  });

  it('does not guess when the sentence before names two persons', () => {
    const text =
      'Besuch\n\nLandrätin Greta Wendlandt und Bürgermeister Jonas Elberfeld besichtigten die Werkstatt. „Hier wird Handwerk mit viel Leidenschaft gelebt.“';
    expect(quoted(text, 'de')).toEqual([]);
  });

  it('does not reach across a paragraph break', () => {
    const text =
      'Besuch\n\nLandrätin Greta Wendlandt besichtigte die Werkstatt.\n\n„Hier wird Handwerk mit viel Leidenschaft gelebt.“';
    expect(quoted(text, 'de')).toEqual([]);
  });
});
