import { describe, expect, it } from 'vitest';
import { findGermanPlaces } from '../../../ingest/extract/de/places.js';
import { germanDoc, named } from './german-rules-helpers.js';

const streets = (body: string): string[] =>
  named(findGermanPlaces(germanDoc(body))).filter((p) => p.startsWith('de-plc-street'));

describe('German streets and squares', () => {
  it('a street compound is a place, with its house number when one follows', () => {
    expect(streets('Die Landrätin ging durch die Lindenstraße zum Markt.')).toEqual(['de-plc-street: Lindenstraße']);
    expect(streets('Das Büro liegt in der Talgasse 4a.')).toEqual(['de-plc-street: Talgasse 4a']);
    expect(streets('Die Ausstellung ist in der Kastanienallee zu sehen.')).toEqual(['de-plc-street: Kastanienallee']);
  });

  it('a place adjective and a street noun are one street', () => {
    expect(streets('Der Umzug führt über die Kleinfurter Straße 12 zum Rathaus.')).toEqual([
      'de-plc-street: Kleinfurter Straße 12',
    ]);
    expect(streets('Die Baustelle an der Bremer Allee ist fertig.')).toEqual(['de-plc-street: Bremer Allee']);
  });

  it('"-weg", "-ring" and abbreviated streets count only with a house number', () => {
    expect(streets('Der Verein zieht in den Birkenweg 12 um.')).toEqual(['de-plc-street: Birkenweg 12']);
    expect(streets('Die Praxis ist in der Mühlenstr. 7 zu finden.')).toEqual(['de-plc-street: Mühlenstr. 7']);
    expect(streets('Der Radweg und der Schulweg werden saniert.')).toEqual([]);
  });

  it('kinds of road and common nouns after an -er noun are no street', () => {
    expect(streets('Die Bundesstraße und die Einkaufsstraße werden gesperrt.')).toEqual([]);
    expect(streets('Sie will dem Nachfolger Platz machen.')).toEqual([]);
    expect(streets('Die Seestraße 2024 wird neu gebaut.')).toEqual(['de-plc-street: Seestraße']);
  });
});

describe('German streets: kinds and names written apart', () => {
  it('a street compound after an indefinite article is a kind of street', () => {
    expect(streets('Die Region hat eine eigene Weinstraße bekommen.')).toEqual([]);
  });

  it('a first name written apart before the street belongs to it', () => {
    expect(streets('Das Büro liegt in der Ben Lindstraße.')).toEqual(['de-plc-street: Ben Lindstraße']);
  });
});
