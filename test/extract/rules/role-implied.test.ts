import { describe, expect, it } from 'vitest';
import { entity, extractText, triples, visitedPairs } from '../helpers.js';

const roles = (text: string, lang: 'de' | 'en' = 'de'): [string, string | null][] =>
  triples(extractText(text, lang, '2024-05-02'))
    .filter(([t]) => t === 'HOLDS_ROLE')
    .map(([, who, to]) => [who, to]);

const visits = (text: string): [string, string | null][] => visitedPairs(text, 'de', '2024-05-02');

describe('German state titles imply the one Land of the release', () => {
  it('gives a Ministerpräsident the state the release names', () => {
    const text =
      'Empfang\n\nIm Anschluss empfing Ministerpräsident Jonas Elberfeld die Gäste. Das Treffen fand in Thüringen statt.';
    expect(roles(text)).toContainEqual(['Jonas Elberfeld', 'Thüringen']);
  });

  it('gives a Staatssekretär the state the release names', () => {
    const text =
      'Gespräch\n\nAnschließend traf sie den Staatssekretär für Landwirtschaft, Paul Riedl. Beide sprachen über Schulen in Thüringen.';
    expect(roles(text)).toContainEqual(['Paul Riedl', 'Thüringen']);
  });

  it('gives a federal minister no Land', () => {
    const text = 'Antrittsbesuch\n\nBundesfamilienministerin Greta Wendlandt reiste am Montag nach Thüringen.';
    expect(roles(text)).toContainEqual(['Greta Wendlandt', null]);
  });
});

describe('a town in the genitive before a mayor title', () => {
  it('gives "Gaildorfs Bürgermeister" the town', () => {
    const text =
      'Betriebsbesuch\n\nZum Termin kamen Landrätin Greta Wendlandt und Gaildorfs Bürgermeister Jonas Elberfeld nach Gaildorf und Murrhardt.';
    expect(roles(text)).toContainEqual(['Jonas Elberfeld', 'Gaildorf']);
  });

  it('still lets the mayor visit the town he governs', () => {
    const text =
      'Besuch\n\nBürgermeister Jonas Elberfeld besuchte am Montag Gaildorf und die Firma Holzwerk Lenz GmbH.';
    expect(visits(text)).toContainEqual(['Jonas Elberfeld', 'Gaildorf']);
  });
});

describe('compound titles whose first part names a kind of body', () => {
  it('gives a Hochschulpräsident the one Hochschule', () => {
    const text =
      'Besuch\n\nDer Minister besuchte die Hochschule Talheim. Hochschulpräsident Jonas Elberfeld zeigte sich erfreut über den Besuch.';
    expect(roles(text)).toContainEqual(['Jonas Elberfeld', 'Hochschule Talheim']);
  });

  it('does not give a Bundespräsident a body whose name starts with "Bundes"', () => {
    const text = 'Festakt\n\nBundespräsident Jonas Elberfeld sprach vor der Bundesagentur für Arbeit in Talheim.';
    expect(roles(text)).toContainEqual(['Jonas Elberfeld', null]);
  });
});

describe('a firm title next to a firm', () => {
  it('gives the Geschäftsführer the firm named in the sentence before, not an earlier firm', () => {
    const text =
      'Kreisbereisung\n\nZuerst ging es zur Holzwerk Lenz GmbH. Nächster Halt war die Talwerk Kleinfurt GmbH. Geschäftsführer Jonas Elberfeld führte die Gäste durch die Halle.';
    expect(roles(text)).toContainEqual(['Jonas Elberfeld', 'Talwerk Kleinfurt GmbH']);
  });
});

describe('a party in brackets after a name', () => {
  it('is no role organisation of a state minister when the state is named', () => {
    const text =
      'Besuch\n\nWissenschaftsministerin Greta Wendlandt (SPD) besuchte die Hochschule Talheim. Sie lobte die Forschung in Bayern.';
    const r = roles(text).filter(([who]) => who === 'Greta Wendlandt');
    expect(r).toContainEqual(['Greta Wendlandt', 'Bayern']);
    expect(r).not.toContainEqual(['Greta Wendlandt', 'SPD']);
  });
});

describe('rule de-predicative-role: coordinated titles and appointments', () => {
  it('gives each coordinated predicate title the organisation of the last ("ist derzeit A und B der X")', () => {
    const text =
      'Neue Spitze\n\nJonas Elberfeld ist derzeit Prokurist und Kaufmännischer Leiter der Talwerk Kleinfurt GmbH und lebt in Talheim.';
    const x = extractText(text, 'de', '2024-05-02');
    const rs = x.relations.filter((r) => r.type === 'HOLDS_ROLE').map((r) => r.title);
    expect(rs).toContain('Prokurist');
    expect(rs).toContain('Kaufmännischer Leiter der Talwerk Kleinfurt GmbH');
    expect(roles(text).filter(([, to]) => to === 'Talwerk Kleinfurt GmbH')).toHaveLength(2);
  });

  it('reads an appointment "bestellte X zum neuen Geschäftsführer der Y" as a role at Y', () => {
    const text =
      'Wechsel\n\nDer Aufsichtsrat bestellte Jonas Elberfeld zum neuen Geschäftsführer der Talwerk Kleinfurt GmbH mit Wirkung zum 1. Juli.';
    expect(roles(text)).toContainEqual(['Jonas Elberfeld', 'Talwerk Kleinfurt GmbH']);
  });
});

describe('German apposition titles', () => {
  it('end before a bracket ("Hauptgeschäftsführerin der X (THK), …")', () => {
    const text =
      'Sitzung\n\nGreta Wendlandt, Hauptgeschäftsführerin der Talländischen Handwerkskammer (THK), sprach zur Versammlung.';
    const x = extractText(text, 'de', '2024-05-02');
    const titles = x.relations.filter((r) => r.type === 'HOLDS_ROLE').map((r) => r.title);
    expect(titles).toContain('Hauptgeschäftsführerin der Talländischen Handwerkskammer');
  });
});

describe('English title organisations', () => {
  it('gives a "Minister for X" the Department of X the release names', () => {
    const text =
      'Minister visits schools\n\nMinister for Rural Affairs Ann Vale today visited two schools in Eastbury. The Department of Rural Affairs has invested in both.';
    expect(roles(text, 'en')).toContainEqual(['Ann Vale', 'Department of Rural Affairs']);
  });

  it('drops a dateline before a spaced dash from the title, and gives a title led by a body that body', () => {
    const text =
      'Visit\n\nEastbury, 16 April 2007 -- OECD Director-General, Dr Ann Vale, spent the day visiting clinics in Eastbury. She said the OECD would help.';
    const x = extractText(text, 'en', '2007-04-16');
    expect(x.relations.filter((r) => r.type === 'HOLDS_ROLE').map((r) => r.title)).toContain('OECD Director-General');
    expect(roles(text, 'en')).toContainEqual(['Ann Vale', 'OECD']);
  });

  it('ends a name after a title before a common word of a Title Case headline', () => {
    const x = extractText('Minister Owen Pryce Concludes Visit to Eastbury\n\nThe Minister said he was pleased.', 'en');
    expect(x.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Owen Pryce']);
  });

  it('reads "Taoiseach" as a title', () => {
    const x = extractText('Visit\n\nTaoiseach Owen Pryce today visited Eastbury University.', 'en');
    expect(entity(x, 'Person', 'Owen Pryce')?.roles.map((r) => r.title)).toContain('Taoiseach');
  });
});

describe('rule de-fronted-als-role', () => {
  it('gives a role that opens the sentence ("Als Vorsitzende des X begrüßte Y") to the person after the verb', () => {
    const text =
      'Jahresfeier\n\nGreta Wendlandt lud ein. Als Vorsitzende des Heimatvereins Talheim begrüßte Wendlandt die Gäste im Saal.';
    expect(roles(text)).toContainEqual(['Greta Wendlandt', 'Heimatverein Talheim']);
  });

  it('does not give the role to a person named after a body that is the subject', () => {
    const text =
      'Förderung\n\nAls Partner des Projekts unterstützt die Talwerk Kleinfurt GmbH die Schule von Rektor Jonas Elberfeld.';
    const x = extractText(text, 'de', '2024-05-02');
    expect(entity(x, 'Person', 'Jonas Elberfeld')?.roles.map((r) => r.title)).not.toContain('Partner des Projekts');
  });
});

describe('titles that are no office', () => {
  it('keeps a prize winner or a profession on the person without HOLDS_ROLE', () => {
    const text =
      'Forschung\n\nIm Labor erläuterte Professor Jonas Elberfeld, der diesjährige Talland-Preisträger, seine Arbeit. Leiter wird der 35-jährige Jurist Paul Riedl.';
    const x = extractText(text, 'de', '2024-05-02');
    const titles = x.relations.filter((r) => r.type === 'HOLDS_ROLE').map((r) => r.title ?? '');
    expect(titles.some((t) => /Preisträger|Jurist/.test(t))).toBe(false);
  });
});

describe('a mayor with the town after the name', () => {
  it('gives "Bürgermeisterin X aus Y" the town Y even when the release names several towns', () => {
    const text =
      'Treffen\n\nZum Treffen in Gaildorf kam Bürgermeisterin Eva Kunzmann aus Murrhardt. Sie sprachen über Schulen.';
    expect(roles(text)).toContainEqual(['Eva Kunzmann', 'Murrhardt']);
  });
});
