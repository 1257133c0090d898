import { describe, expect, it } from 'vitest';
import { findGermanOrganisations } from '../../../ingest/extract/de/organisations.js';
import { germanDoc, named } from './german-rules-helpers.js';

const orgs = (body: string): string[] => named(findGermanOrganisations(germanDoc(body)));

describe('German religious bodies', () => {
  it('a confession adjective makes "Kirche" a body, with its seat and in the nominative', () => {
    expect(orgs('Die Evangelische Kirche in Talland und Nordheide lädt ein.')).toContain(
      'de-org-faith: Evangelische Kirche in Talland und Nordheide',
    );
    expect(orgs('Ein Vertreter der Neuapostolischen Kirche Kleinfurt sprach.')).toContain(
      'de-org-faith: Neuapostolische Kirche Kleinfurt',
    );
  });

  it('a church without a confession adjective is no body', () => {
    expect(orgs('In der Kirche sang der Chor.')).toEqual([]);
    expect(orgs('Die alte Kirche wird saniert.')).toEqual([]);
  });

  it('religious communities are organisation heads: "Jüdische Landesgemeinde X"', () => {
    expect(orgs('Sie traf Vertreter der Jüdischen Landesgemeinde Talland.')).toContain(
      'de-org-compound: Jüdische Landesgemeinde Talland',
    );
    expect(orgs('Die Israelitische Kultusgemeinde Talheim feiert.')).toContain(
      'de-org-compound: Israelitische Kultusgemeinde Talheim',
    );
  });
});

describe('German hotels, inns and offices with a name', () => {
  it('a hotel or inn head and the words after it are one business, also common nouns', () => {
    expect(orgs('Die Gäste wurden im Hotel Seeblick empfangen.')).toContain('de-org-hotel: Hotel Seeblick');
    expect(orgs('Danach ging es in den Gasthof Zur Krone.')).toContain('de-org-hotel: Gasthof Zur Krone');
    expect(orgs('Der Chef des Hotels Lindenhof begrüßte sie.')).toContain('de-org-hotel: Hotel Lindenhof');
  });

  it('a hotel head alone is no business', () => {
    expect(orgs('Im Hotel übernachteten viele Gäste.')).toEqual([]);
  });

  it('an office compound with a name is a business: "Ingenieurbüro X", "Jugendberatungsbüro KoMM"', () => {
    expect(orgs('Das Ingenieurbüro Brandt & Kessel plant die Brücke.')).toContain(
      'de-org-trade: Ingenieurbüro Brandt & Kessel',
    );
    expect(orgs('Er besuchte das Jugendberatungsbüro KoMM in Talheim.')).toContain(
      'de-org-trade: Jugendberatungsbüro KoMM',
    );
  });
});

describe('German bodies plural in form', () => {
  it('"Stadtwerke" is one body, also in the dative', () => {
    expect(orgs('Die Versammlung tagte in den Talheimer Stadtwerken.')).toContain(
      'de-org-compound: Talheimer Stadtwerke',
    );
    expect(orgs('Die Kleinfurter Verkehrsbetriebe fahren öfter.')).toContain(
      'de-org-compound: Kleinfurter Verkehrsbetriebe',
    );
  });

  it('bare "Stadtwerke" is only an alias of a named one', () => {
    const c = findGermanOrganisations(germanDoc('Die Stadtwerke erhöhen die Preise.'));
    expect(c.every((x) => x.partial)).toBe(true);
  });
});

describe('German schools and remits', () => {
  it('a Gymnasium is a school head, bare only an alias', () => {
    expect(orgs('Die Schüler des Gymnasiums Kleinfurt lernen.')).toContain('de-org-compound: Gymnasium Kleinfurt');
    expect(orgs('Im Gymnasium lernen viele.').filter((x) => !x.startsWith('de-org-bare'))).toEqual([]);
  });

  it('a school named by its site: "Grundschule am Lindenberg", "Gymnasium an der Talaue"', () => {
    expect(orgs('Die Grundschule am Lindenberg feiert.')).toContain('de-org-compound: Grundschule am Lindenberg');
    expect(orgs('Das Gymnasium an der Talaue lädt ein.')).toContain('de-org-compound: Gymnasium an der Talaue');
    expect(orgs('Die Grundschule am Montag bleibt zu.').join()).not.toContain('am Montag');
  });

  it('a capitalised adjective in the remit goes on with its noun', () => {
    expect(orgs('Das Zentrum für Seelische Gesundheit öffnet.')).toContain(
      'de-org-compound: Zentrum für Seelische Gesundheit',
    );
    expect(orgs('Das Institut für Angewandte Informatik forscht.')).toContain(
      'de-org-prefix: Institut für Angewandte Informatik',
    );
  });
});

describe('German Red Cross societies', () => {
  it('adjective + "Rotes Kreuz" is one body in the nominative', () => {
    expect(orgs('Helfer des Deutschen Roten Kreuzes kamen.')).toContain('de-org-red-cross: Deutsches Rotes Kreuz');
    expect(orgs('Das Rote Kreuz baut ein Zelt auf.')).toContain('de-org-red-cross: Rotes Kreuz');
  });

  it('a cross without "Rot-" is no body', () => {
    expect(orgs('Am Kreuz Talheim staut es sich.')).toEqual([]);
  });
});
