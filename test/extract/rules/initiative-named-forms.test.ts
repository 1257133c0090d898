import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers.js';

const found = (body: string) =>
  extractText(`Meldung\n\n${body} Weitere Auskünfte gibt die Verwaltung.`, 'de', '2024-04-10').entities.filter(
    (e) => e.type === 'Initiative',
  );
const initiatives = (body: string): string[] => found(body).map((e) => e.name);

describe('rule de-ini-named-head', () => {
  it('takes a capitalised adjective and noun after a network or programme noun as its name', () => {
    expect(initiatives('Das Netzwerk Grüne Wege hilft Familien in Talheim.')).toContain('Netzwerk Grüne Wege');
    const e = found('Im Rahmen des Förderprogramms Lebendige Dörfer wurden Wege gebaut.')[0];
    expect(e?.name).toBe('Förderprogramm Lebendige Dörfer');
    expect(e?.aliases).toContain('Lebendige Dörfer');
  });

  it('takes two nouns after a programme noun and one noun after a compound head', () => {
    expect(initiatives('Die Mittel stammen aus dem Programm Zukunft Dorf.')).toContain('Programm Zukunft Dorf');
    expect(initiatives('Mit dem Aktionsplan Teilhabe will der Kreis Barrieren abbauen.')).toContain(
      'Aktionsplan Teilhabe',
    );
  });

  it('takes two capitalised words after a plural network or project noun as the name', () => {
    expect(initiatives('Sie sprach über Projekte der Netzwerke Gute Nachbarn in Talheim.')).toContain(
      'Netzwerke Gute Nachbarn',
    );
    expect(initiatives('Die Netzwerke Kleinfurt arbeiten zusammen. Die Projekte Familien helfen.')).toEqual([]);
  });

  it('takes no name after a head with an indefinite article', () => {
    expect(initiatives('Durch eine Initiative Junger Bürger wurde die Tafel gerettet.')).toEqual([]);
    expect(initiatives('Er drohte, über ein soziales Netzwerk Urlaubsfotos zu zeigen.')).toEqual([]);
  });

  it('takes a campaign noun with its name, and a rare single noun after a bare head', () => {
    expect(initiatives('Mit der Aktion Saubere Ufer sammelten Schüler Müll.')).toContain('Aktion Saubere Ufer');
    expect(initiatives('Das Projekt Sternlauf läuft seit 2020.')).toContain('Projekt Sternlauf');
    expect(initiatives('Die Aktion Wunschbaum beginnt im Mai.')).toContain('Aktion Wunschbaum');
  });

  it('takes no ordinary noun after a bare head and no office or group ending like a campaign', () => {
    const text =
      'Das Projekt Ausbildung läuft. Das Projekt Gebäudesanierung beginnt. ' +
      'Die Redaktion Neue Medien lädt ein. Die Fraktion Freie Wähler tagt.';
    expect(initiatives(text)).toEqual([]);
  });

  it('takes no plural object, date word, first name or place after the head', () => {
    const text =
      'Weil das Förderprogramm Familien unterstützt, ist es beliebt. Das Projekt endet Ende Mai. ' +
      'Leiter des Projekts Anna Berger lobt. Das Landesprogramm Rostock läuft.';
    expect(initiatives(text)).toEqual([]);
  });
});

describe('rule de-ini-journey', () => {
  it('names an official tour by its season compound, with the year', () => {
    expect(initiatives('Auf ihrer Herbstreise 2025 machte die Ministerin Station in Talheim.')).toEqual([
      'Herbstreise 2025',
    ]);
  });

  it('takes a purpose compound in the same release as another name of the season tour', () => {
    const e = found('Die Sommertour führte nach Talheim. Die Informationsreise endete am Abend.');
    expect(e.map((x) => x.name)).toEqual(['Sommertour']);
    expect(e[0]?.aliases).toContain('Informationsreise');
  });

  it('finds no tour in other travel compounds nor in a purpose compound alone', () => {
    expect(initiatives('Die Dienstreise führte nach Talheim. Die Informationsreise endete am Abend.')).toEqual([]);
  });
});

describe('rule de-ini-honour', () => {
  it('finds an order of merit with the awarding state in the genitive', () => {
    expect(initiatives('Frau Ebert wurde mit dem Verdienstorden des Landes Talmark ausgezeichnet.')).toContain(
      'Verdienstorden des Landes Talmark',
    );
  });

  it('finds a cross of merit with its class and puts a genitive in the nominative', () => {
    expect(initiatives('Mit dem Bundesverdienstkreuz am Bande wurde Jens Ebert geehrt.')).toContain(
      'Bundesverdienstkreuz am Bande',
    );
    expect(initiatives('Die Verleihung des Bundesverdienstkreuzes an Jens Ebert fand statt.')).toContain(
      'Bundesverdienstkreuz',
    );
  });

  it('finds no honour in a sports medal, a plain pin or a plural ending like an order', () => {
    const text = 'Die Läuferin gewann eine Goldmedaille. Sie trug eine Anstecknadel. Die Zahl von Raubmorden sank.';
    expect(initiatives(text)).toEqual([]);
  });
});

describe('rule de-ini-quoted-before', () => {
  it('takes a quoted name before a hyphen and a cue word, the cue form as an alias', () => {
    const e = found('Die Kita nimmt am „Kleine Hände“-Programm des Landes teil.');
    expect(e.map((x) => x.name)).toContain('Kleine Hände');
    expect(e.find((x) => x.name === 'Kleine Hände')?.aliases).toContain('Kleine Hände“-Programm');
  });

  it('takes a quoted name that a naming verb gives to a cue word, and an award title after "als"', () => {
    expect(initiatives('„Talheim liest“ heißt das Projekt der Bücherei.')).toContain('Talheim liest');
    expect(initiatives('Die Schule wurde als „Grüne Schule am Bach“ ausgezeichnet.')).toContain('Grüne Schule am Bach');
  });

  it('finds no initiative in a quotation without such a word after it', () => {
    expect(initiatives('„Wir freuen uns sehr“, sagte die Leiterin. „Das Dorf lebt“ ist sein Motto.')).toEqual([]);
  });
});

describe('naming frames of programme compounds', () => {
  it('finds a bare programme compound that money comes from', () => {
    expect(initiatives('Die Gemeinde erhält Fördermittel aus der Heckenpflegeförderung.')).toContain(
      'Heckenpflegeförderung',
    );
    expect(initiatives('Der Bau wird aus dem Uferfonds gefördert.')).toContain('Uferfonds');
  });

  it('finds no programme in a compound that only says whose programme it is, nor without money', () => {
    const text =
      'Die Mittel kommen aus dem Förderprogramm. Im Rahmen des Landesprogramms wird gebaut. Die Frage der Heckenpflegeförderung bleibt offen.';
    expect(initiatives(text)).toEqual([]);
  });
});

describe('rule de-ini-compound with a bare compound', () => {
  it('takes the bare compound as a short form of the award the release names in full', () => {
    const e = found(
      'Der Heckenpreis des Landkreises Talmark ging an Anna Ebert. Der Heckenpreis ist mit Ruhm verbunden.',
    );
    expect(e.map((x) => x.name)).toEqual(['Heckenpreis des Landkreises Talmark']);
  });

  it('takes no bare award compound that the release never names in full', () => {
    expect(initiatives('Die Schule wurde mit dem Umweltpreis ausgezeichnet.')).toEqual([]);
  });
});

describe('rule de-ini-acronym', () => {
  it('takes a programme name spelled out before its abbreviation, the abbreviation as an alias', () => {
    const e = found('Gefördert wird der Bau aus dem Fonds für ländliche Wege (FLW) des Landes.');
    expect(e.map((x) => x.name)).toContain('Fonds für ländliche Wege');
    expect(e.find((x) => x.name === 'Fonds für ländliche Wege')?.aliases).toContain('FLW');
  });

  it('lets a compound give two letters and puts a genitive law in the nominative', () => {
    expect(initiatives('Es gilt der Kern des Talmärker Heckenschutzgesetzes (THSG) seit Mai.')).toContain(
      'Talmärker Heckenschutzgesetz',
    );
    expect(initiatives('Die Regeln des Heckenschutzgesetzes (HSG) gelten seit Mai.')).toContain('Heckenschutzgesetz');
  });

  it('takes no name whose initials do not spell the abbreviation, nor a body without a programme word', () => {
    expect(
      initiatives('Das Programm der Stadt Talheim (XYZ) und die Talheimer Wegegemeinschaft (TWG) laden ein.'),
    ).toEqual([]);
  });
});

describe('quoted names in guillemets and hyphenated season tours', () => {
  it('takes a name in guillemets after a cue and a model-project cue', () => {
    expect(initiatives('Das Programm »Gute Nachbarn« startet im Mai.')).toContain('Gute Nachbarn');
    expect(initiatives('Das Modellvorhaben „Dorfladen plus“ läuft.')).toContain('Dorfladen plus');
  });

  it('takes a season tour written with a hyphen, not another hyphenated trip', () => {
    expect(initiatives('Die Sommer-Tour führte nach Talheim.')).toEqual(['Sommer-Tour']);
    expect(initiatives('Die Dienst-Reise führte nach Talheim.')).toEqual([]);
  });
});
