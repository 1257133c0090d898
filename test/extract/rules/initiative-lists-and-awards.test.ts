import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers.js';

const initiatives = (body: string): string[] =>
  extractText(`Meldung\n\n${body} Weitere Auskünfte gibt die Verwaltung.`, 'de', '2024-04-10')
    .entities.filter((e) => e.type === 'Initiative')
    .map((e) => e.name);

describe('rule de-ini-quoted-list', () => {
  it('takes each quoted example after a programme noun and "wie" as an initiative', () => {
    expect(initiatives('Sie lobte Forschungsprojekte wie der "sprechende Rollator" und "leichte Ziegel".')).toEqual([
      'sprechende Rollator',
      'leichte Ziegel',
    ]);
    expect(initiatives('Sie nannte Projekte wie „Grüne Höfe“, „Talheim liest“ sowie „Kleine Forscher“.')).toEqual([
      'Grüne Höfe',
      'Talheim liest',
      'Kleine Forscher',
    ]);
  });

  it('takes no quotation after other nouns with "wie" nor a long quotation', () => {
    const text =
      'Er nannte Angebote wie „Kochen mit Kindern“. Die Reaktion wie „Das geht nicht“ überraschte. ' +
      'Programme wie „wir wollen das so nicht und sagen es laut und deutlich“ hörte man oft.';
    expect(initiatives(text)).toEqual([]);
  });
});

describe('rule de-ini-eponym', () => {
  it('takes an award named after a person as a hyphen compound, genitive in the nominative', () => {
    expect(initiatives('Zuvor sprach sie. Der Clara-Weidner-Preis ging an Anna Klee.')).toContain(
      'Clara-Weidner-Preis',
    );
    expect(initiatives('Zuvor sprach sie. Die Verleihung des Ottilie-Brandt-Preises fand statt.')).toContain(
      'Ottilie-Brandt-Preis',
    );
    expect(initiatives('Zuvor sprach sie. Die Hans-Ulrich-Kamm-Medaille wurde verliehen.')).toContain(
      'Hans-Ulrich-Kamm-Medaille',
    );
  });

  it('takes no medal whose first part names no person', () => {
    expect(initiatives('Zuvor sprach sie. Die Gold-Medaille ging an die Schule.')).toEqual([]);
  });
});

describe('rule de-ini-law-title', () => {
  it('takes a law or ordinance with its full title of several nouns', () => {
    expect(initiatives('Zuvor sprach sie. Das Gesetz zur Stärkung der ländlichen Pflege tritt in Kraft.')).toContain(
      'Gesetz zur Stärkung der ländlichen Pflege',
    );
    expect(initiatives('Zuvor sprach sie. Die Verordnung über die Förderung von Dorfläden gilt ab Mai.')).toContain(
      'Verordnung über die Förderung von Dorfläden',
    );
  });

  it('takes no title of a single noun and stops before a place', () => {
    expect(initiatives('Zuvor sprach sie. Das Gesetz zur Umsetzung wird beraten.')).toEqual([]);
    expect(initiatives('Zuvor sprach sie. Das Gesetz zum Schutz von Mooren in Talheim gilt.')).toContain(
      'Gesetz zum Schutz von Mooren',
    );
  });
});

describe('awards named by an adjective, a bare award word and what it is for', () => {
  it('takes a national, state or town adjective + Preis/Medaille + "für" complement, in the nominative', () => {
    expect(initiatives('Zuvor sprach sie. Sie erhielt den Bayerischen Preis für Baukultur.')).toContain(
      'Bayerischer Preis für Baukultur',
    );
    expect(initiatives('Zuvor sprach sie. Sie erhielt den Rostocker Preis für Kunst und Kultur 2024.')).toContain(
      'Rostocker Preis für Kunst und Kultur 2024',
    );
    expect(initiatives('Zuvor sprach sie. Die Deutsche Medaille für ländliche Entwicklung ging an ihn.')).toContain(
      'Deutsche Medaille für ländliche Entwicklung',
    );
  });

  it('takes no bare award word without a complement, a recipient after "für die" or prices', () => {
    const text =
      'Zuvor sprach sie. Der Deutsche Preis steigt. Der Deutsche Preis für die Gemeinde wurde gelobt. ' +
      'Die Rostocker Preise für Wohnungen steigen.';
    expect(initiatives(text)).toEqual([]);
  });
});
