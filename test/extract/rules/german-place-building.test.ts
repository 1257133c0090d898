import { describe, expect, it } from 'vitest';
import { findGermanPlaces } from '../../../ingest/extract/de/places.js';
import { buildingGender } from '../../../ingest/extract/de/place-building.js';
import { germanDoc, named } from './german-rules-helpers.js';

const places = (body: string): string[] => named(findGermanPlaces(germanDoc(body)));

describe('German named buildings', () => {
  it('an age adjective and a building noun are one place, in the nominative by the noun gender', () => {
    expect(places('Die Ausstellung im Neuen Palais ist eröffnet.')).toContain('de-plc-building: Neues Palais');
    expect(places('Das Konzert in der Alten Kapelle war ausverkauft.')).toContain('de-plc-building: Alte Kapelle');
    expect(places('Der Markt am Alten Speicher beginnt um zehn.')).toContain('de-plc-building: Alter Speicher');
  });

  it('compounds of house and mill nouns count, and the genitive is undone', () => {
    expect(places('Die Renovierung des Alten Kornhauses beginnt.')).toContain('de-plc-building: Altes Kornhaus');
    expect(places('Die Führung durch die Neue Wassermühle dauert eine Stunde.')).toContain(
      'de-plc-building: Neue Wassermühle',
    );
  });

  it('no building at the sentence start, after other adjectives, or for plurals and other nouns', () => {
    expect(places('Neue Häuser entstehen bald.')).toEqual([]);
    expect(places('Sie sprach über die Neue Mitte und die Evangelische Kirche.')).toEqual([]);
    expect(places('Er stellte eine Kleine Anfrage im Rat.')).toEqual([]);
    expect(buildingGender('Kornhaus')).toBe('n');
    expect(buildingGender('Anfrage')).toBeNull();
  });
});
