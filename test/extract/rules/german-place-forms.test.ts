import { describe, expect, it } from 'vitest';
import { findGermanPlaces } from '../../../ingest/extract/de/places.js';
import { germanDoc, named } from './german-rules-helpers.js';

const places = (body: string): string[] => named(findGermanPlaces(germanDoc(body)));

describe('German place forms: slash pairs, town parts, route and visit cues', () => {
  it('each part of a slash pair is a place when one part is a known town', () => {
    expect(places('Rehna/Talkreis. Die neue Brücke ist fertig.')).toEqual(
      expect.arrayContaining(['de-plc-slash: Rehna', 'de-plc-slash: Talkreis']),
    );
    expect(places('Die Fraktion von CDU/CSU und die Leiter/innen kamen.')).toEqual([]);
  });

  it('a qualified town before a slash keeps its qualifier, the part after it is a place too', () => {
    expect(places('Offenbach a. Main/Talkreis. Die neue Brücke ist fertig.')).toEqual(
      expect.arrayContaining(['de-plc-qualified: Offenbach a. Main', 'de-plc-slash: Talkreis']),
    );
  });

  it('a known town with a compass or part suffix is one place', () => {
    expect(places('Auch Jarmen-Süd und Rehna-Mitte standen auf dem Programm.')).toEqual([
      'de-plc-town-part: Jarmen-Süd',
      'de-plc-town-part: Rehna-Mitte',
    ]);
    expect(places('Die Nord-Süd-Verbindung ist fertig.')).toEqual([]);
  });

  it('a small town after a route word or a visit verb is a place', () => {
    expect(places('Die Route führte über Rehna und durch Jarmen.')).toEqual([
      'de-plc-gaz-small: Rehna',
      'de-plc-gaz-small: Jarmen',
    ]);
    expect(places('Die Ministerin besuchte Rehna.')).toEqual(['de-plc-gaz-small: Rehna']);
  });
});

describe('German sites with a name after them, community buildings', () => {
  it('a site compound takes the one name word that ends the phrase after it', () => {
    expect(places('Der Empfang war in der Festhalle Kleinfurt.')).toContain('de-plc-site: Festhalle Kleinfurt');
    expect(places('In der Stadthalle Peter Lenz zu sehen war schön.')).toContain('de-plc-site: Stadthalle');
    expect(places('Die Sporthalle Nr. 2 ist neu.')).toContain('de-plc-site: Sporthalle');
  });

  it('community buildings are sites, churches and other houses are not', () => {
    expect(places('Danach ging es ins Bürgerhaus und ins Dorfgemeinschaftshaus.')).toEqual([
      'de-plc-site: Bürgerhaus',
      'de-plc-site: Dorfgemeinschaftshaus',
    ]);
    expect(places('Die Dorfkirche und das Hochhaus wurden saniert.')).toEqual([]);
  });
});

describe('German gazetteer places before an English body head', () => {
  it('a region before "Institute", "University" or "State" is part of a body name', () => {
    expect(places('Sie forschte am Ohio Institute of Technology.')).toEqual([]);
    expect(places('Sie forschte lange in Ohio.')).toEqual(['de-plc-gaz-region: Ohio']);
  });
});

describe('German genitives of regions', () => {
  it('the "-es" genitive of a region is the region; the genitive of a homograph city is the common noun', () => {
    expect(places('Die Wälder des Schwarzwaldes sind schön.')).toEqual(['de-plc-gaz-region: Schwarzwald']);
    expect(places('Nach dem Ende des Essens gingen sie.')).toEqual([]);
  });
});

describe('German itinerary lines', () => {
  it('a known town after a clock time or opening a line before a colon or comma is a stop', () => {
    const found = places(
      'Die Landrätin besucht am Montag drei Betriebe im Kreis. Das Programm:\n\n10.30 Uhr: Rehna, Firma Holz\n\n- Jarmen: Besuch der Schule',
    );
    expect(found).toEqual(expect.arrayContaining(['de-plc-itinerary: Rehna', 'de-plc-dateline: Jarmen']));
  });

  it('a homograph town opening a line is the word', () => {
    expect(
      places('Die Gäste wurden gut versorgt und blieben lange.\n\nEssen: Es gab Suppe und Brot für alle Gäste.'),
    ).toEqual([]);
  });
});

describe('Gazetteer regions under their common names', () => {
  it('countries the ISO list names only officially and regions abroad stand alone', () => {
    expect(places('Hilfe für Syrien und die Toskana wurde beschlossen.')).toEqual([
      'de-plc-gaz-region: Syrien',
      'de-plc-gaz-region: Toskana',
    ]);
  });
});
