import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers.js';

const initiatives = (text: string): string[] =>
  extractText(text, 'de', '2024-04-10')
    .entities.filter((e) => e.type === 'Initiative')
    .map((e) => e.name);

describe('rule de-initiative-form', () => {
  it('finds a programme compound named with an acronym or name before a hyphen', () => {
    expect(initiatives('Neue Mittel\n\nDie Schule erhält Geld aus der MINT-Förderung des Landes.')).toContain(
      'MINT-Förderung',
    );
  });

  it('finds the object of "im Rahmen der …" when it is a programme compound', () => {
    expect(
      initiatives('Spielplatz fertig\n\nDer Spielplatz wurde im Rahmen der Dorferneuerungsförderung neu gebaut.'),
    ).toContain('Dorferneuerungsförderung');
  });

  it('finds a prize compound with a place and year and takes the nominative after a genitive', () => {
    expect(initiatives('Ehrung\n\nDie Verleihung des Kulturpreises Kleinfurt 2024 fand im Rathaus statt.')).toContain(
      'Kulturpreis Kleinfurt 2024',
    );
  });

  it('finds no initiative in ordinary compounds without a name ("ein Geldpreis", "eine Spritztour")', () => {
    const text =
      'Gewinnspiel\n\nDer Sieger erhält einen Geldpreis. Danach ging es auf eine Spritztour. Das Förderprogramm läuft aus.';
    expect(initiatives(text)).toEqual([]);
  });

  it('finds no initiative in the bare head after "im Rahmen des"', () => {
    expect(initiatives('Aktion\n\nIm Rahmen des Programms wurden Bäume gepflanzt.')).toEqual([]);
  });
});

describe('English initiatives by their head word', () => {
  it('finds "X Fund", "X Strategy" and "X Programme"', () => {
    const x = extractText(
      'Funding announced\n\nThe Coastal Communities Fund will support 12 projects. The council launched its Active Travel Strategy and the Young Carers Programme on Monday.',
      'en',
    );
    expect(x.entities.filter((e) => e.type === 'Initiative').map((e) => e.name)).toEqual([
      'Coastal Communities Fund',
      'Active Travel Strategy',
      'Young Carers Programme',
    ]);
  });
});

describe('rule de-initiative-form with a bracketed short form', () => {
  const names = (text: string) => extractText(text, 'de', '2024-04-10').entities.filter((e) => e.type === 'Initiative');

  it('finds a programme compound followed by its abbreviation in brackets, the abbreviation as an alias', () => {
    const found = names('Neues Recht\n\nSeit Mai gilt das Heckenschutzgesetz (HSchG) in allen Gemeinden.');
    expect(found.map((e) => e.name)).toEqual(['Heckenschutzgesetz']);
    expect(found[0]?.aliases).toContain('HSchG');
  });

  it('gives the short form to the whole coordinated name, not its last part, and takes no year in brackets', () => {
    const text =
      'Neues Recht\n\nEs gilt das Wald- und Wiesengesetz (WWG) sowie das Förderprogramm (2024) in allen Gemeinden.';
    expect(names(text).map((e) => e.name)).toEqual(['Wald- und Wiesengesetz']);
  });
});

describe('rule de-initiative-form: versions, action plans and laws', () => {
  it('takes a version number after a programme compound ("Talpakt 2.0")', () => {
    expect(initiatives('Neue Mittel\n\nDie Schulen erhalten Geld aus dem Talpakt 2.0 des Landes.')).toContain(
      'Talpakt 2.0',
    );
  });

  it('takes no amount with a thousands point as a version', () => {
    const found = initiatives('Neue Mittel\n\nAus dem Förderprogramm 5.000 Euro für Talheim bereitgestellt.');
    expect(found.some((n) => /5\.000/.test(n))).toBe(false);
  });

  it('finds an action plan named before a hyphen', () => {
    expect(initiatives('Klimaschutz\n\nDer Kreistag beschloss den KLIMO-Aktionsplan für Talheim.')).toContain(
      'KLIMO-Aktionsplan',
    );
  });

  it('finds a law compound that says what it rules, not a generic law', () => {
    const found = initiatives(
      'Neues Recht\n\nDas Heckenpflegegesetz tritt in Kraft. Ein Landesgesetz regelt die Gebühren seit Mai.',
    );
    expect(found).toEqual(['Heckenpflegegesetz']);
  });

  it('finds no law named only as the rule an offence is against', () => {
    const text = 'Anzeige\n\nGegen den Mann wird wegen eines Verstoßes gegen das Heckenpflegegesetz ermittelt.';
    expect(initiatives(text)).toEqual([]);
  });
});
