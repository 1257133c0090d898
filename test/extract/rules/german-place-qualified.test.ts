import { describe, expect, it } from 'vitest';
import { findGermanPlaces } from '../../../ingest/extract/de/places.js';
import { findGermanOrganisations } from '../../../ingest/extract/de/organisations.js';
import { germanDoc, named } from './german-rules-helpers.js';

const places = (body: string): string[] => named(findGermanPlaces(germanDoc(body)));
const orgs = (body: string): string[] => named(findGermanOrganisations(germanDoc(body)));

describe('German places with a qualifier', () => {
  it('a bracketed landscape or river after a known place is part of one place', () => {
    expect(places('Die Gäste kamen aus Rehna (Mecklenburg) und blieben.')).toContain(
      'de-plc-qualified: Rehna (Mecklenburg)',
    );
    expect(places('Die Gäste kamen aus Jarmen (Peene) und blieben.')).toEqual(['de-plc-qualified: Jarmen (Peene)']);
  });

  it('abbreviated joins ("a.", "a.d.", "a. d.") make one place, also for a name after a locative', () => {
    expect(places('Die Reise führte nach Wendholm a. Main zurück.')).toContain('de-plc-qualified: Wendholm a. Main');
    expect(places('Die Reise führte nach Wendholm a.d. Lindstraße zurück.')).toContain(
      'de-plc-qualified: Wendholm a.d. Lindstraße',
    );
    expect(places('Die Reise führte nach Wendholm a. d. Ruhr zurück.')).toContain(
      'de-plc-qualified: Wendholm a. d. Ruhr',
    );
  });

  it('a spelled join after a known place takes one name word ("Jarmen an der Peene")', () => {
    expect(places('Die Gäste kamen aus Jarmen an der Peene zum Fest.')).toContain(
      'de-plc-qualified: Jarmen an der Peene',
    );
  });

  it('a party, an acronym or a street after the place is no qualifier', () => {
    expect(places('Die Gäste kamen aus Talheim (CDU) zum Fest.').join()).not.toContain('qualified');
    expect(places('Das Fest ist in Talheim am Marktplatz.').join()).not.toContain('qualified');
    expect(places('Das Fest ist in Berlin am Alten Rathaus.').join()).not.toContain('qualified');
  });

  it('a territory organisation keeps the qualifier of its place with the closing bracket', () => {
    expect(orgs('Die Stadt Rehna (Mecklenburg) lädt zum Fest ein.')).toContain(
      'de-org-prefix: Stadt Rehna (Mecklenburg)',
    );
  });
});
