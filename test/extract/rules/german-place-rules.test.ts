import { describe, expect, it } from 'vitest';
import { findGermanPlaces, PLACE_RULES } from '../../../ingest/extract/de/places.js';
import { germanDoc, named } from './german-rules-helpers.js';

const places = (body: string): string[] => named(findGermanPlaces(germanDoc(body)));

describe('German place rules', () => {
  it('are tried in a fixed order: qualified places, dateline, streets, sites, gazetteer', () => {
    expect(PLACE_RULES.map((r) => r.name)).toEqual([
      'de-plc-qualified',
      'de-plc-dateline',
      'de-plc-slash',
      'de-plc-town-part',
      'de-plc-street',
      'de-plc-building',
      'de-plc-town-site',
      'de-plc-area',
      'de-plc-site',
      'de-plc-site-prefix',
      'de-plc-site-quoted',
      'de-plc-locality',
      'de-plc-toponym-pair',
      'de-plc-gaz',
      'de-plc-genitive',
      'de-plc-line-label',
      'de-plc-compass',
      'de-plc-double',
      'de-plc-toponym',
      'de-plc-visit-locative',
    ]);
  });

  it('a bare U-/S-Bahnhof is no place, a named one is', () => {
    expect(places('Streit auf dem U-Bahnhof eskaliert.')).toEqual([]);
    expect(places('Am S-Bahnhof Talheim-Nord stieg er aus.').some((n) => n.endsWith(': S-Bahnhof Talheim-Nord'))).toBe(
      true,
    );
  });

  it('a town name after a determiner is a thing named like it, no place ("mit seinem Toyota")', () => {
    const found = places('Er fuhr mit seinem Toyota gegen einen Mercedes in Hamburg, die Türkei schickte Hilfe.');
    expect(found.filter((n) => /Toyota|Mercedes/.test(n))).toEqual([]);
    expect(found).toEqual(
      expect.arrayContaining([expect.stringMatching(/: Hamburg$/), expect.stringMatching(/: Türkei$/)]),
    );
  });

  it('dateline: a gazetteer town or an upper-case word opening the paragraph', () => {
    expect(places('Jarmen. Die neue Brücke ist fertig.')).toContain('de-plc-dateline: Jarmen');
    expect(places('OBERWEILER – Die neue Brücke ist fertig.')).toContain('de-plc-dateline: OBERWEILER');
  });

  it('site: a building word, named by an adjective in the nominative ("im Historischen Rathaus")', () => {
    expect(places('Der Rat tagte im Historischen Rathaus über den Haushalt.')).toContain(
      'de-plc-site: Historisches Rathaus',
    );
    expect(places('Der Rat tagte im Alten Rathaus über den Haushalt.')).toContain('de-plc-building: Altes Rathaus');
  });

  it('site prefix: "Campus" needs a name after it, alone it is no place', () => {
    expect(places('Die Messe findet auf dem Campus Lindenau statt.')).toContain('de-plc-site: Campus Lindenau');
    expect(places('Die Messe findet auf dem Campus statt.')).toEqual([]);
  });

  it('quoted house: „Haus des Gastes“ is a site', () => {
    expect(places('Die Ausstellung ist im „Haus des Gastes“ zu sehen.')).toContain(
      'de-plc-site-quoted: Haus des Gastes',
    );
  });

  it('gazetteer: countries and big cities stand alone, a small town needs a locative', () => {
    expect(places('Gäste aus Schweden besuchten das Werk.')).toContain('de-plc-gaz-country: Schweden');
    expect(places('Die Delegation traf Vertreter von Wuppertal.')).toContain('de-plc-gaz-big: Wuppertal');
    expect(places('Das Fest beginnt in Rehna am Abend.')).toContain('de-plc-gaz-small: Rehna');
    expect(places('Rehna ist schön, sagte der Gast beim Fest.').filter((p) => p.includes('gaz'))).toEqual([]);
  });

  it('gazetteer: a list after a place continues it ("in Jarmen, Rehna und Hemmingen")', () => {
    const found = places('Die Busse fahren ab Montag in Jarmen, Rehna und Hemmingen.');
    expect(found).toEqual(
      expect.arrayContaining(['de-plc-gaz-small: Jarmen', 'de-plc-gaz-small: Rehna', 'de-plc-gaz-mid: Hemmingen']),
    );
  });

  it('gazetteer: the genitive of a big place is the place ("Wuppertals Schulen")', () => {
    expect(places('Wuppertals Schulen bekommen neue Tablets.')).toContain('de-plc-gaz-big: Wuppertal');
  });

  it('"-platz" as a rank or position is no site, a named square is', () => {
    expect(places('Die Mannschaft verteidigte ihren Tabellenplatz am Sonntag.')).toEqual([]);
    expect(places('Das Konzert findet auf dem Lindenplatz statt.')).toContain('de-plc-site: Lindenplatz');
  });

  it('a region or country word right after a title or a first name is a surname, no place', () => {
    expect(places('Danach sprach Ministerin Sachsen mit den Gästen über das Saarland.')).toEqual([
      'de-plc-gaz-region: Saarland',
    ]);
    expect(places('Am Abend lobte Jonas Friesland die Helfer.')).toEqual([]);
  });
});
