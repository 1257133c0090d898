import { describe, expect, it } from 'vitest';
import { findGermanPlaces } from '../../../ingest/extract/de/places.js';
import { findGermanOrganisations } from '../../../ingest/extract/de/organisations.js';
import { compassRegion } from '../../../ingest/extract/de/place-region.js';
import { germanDoc, named } from './german-rules-helpers.js';

const places = (body: string): string[] => named(findGermanPlaces(germanDoc(body)));

describe('German regions', () => {
  it('a compass prefix on a known region or country is a region, also in the genitive', () => {
    expect(places('Betriebe aus Ostthüringen stellten sich vor.')).toContain('de-plc-compass: Ostthüringen');
    expect(places('Die Wirtschaft Nordbayerns wächst.')).toContain('de-plc-compass: Nordbayern');
    expect(places('Gäste aus Süd-Schwarzwald kamen.')).toContain('de-plc-compass: Süd-Schwarzwald');
  });

  it('a prefix on a word that is no region is no place', () => {
    expect(places('Der Nordwind bläst über die Felder.')).toEqual([]);
    expect(compassRegion('Südwestrundfunk')).toBeNull();
    expect(compassRegion('Westfalenhalle')).toBeNull();
    expect(compassRegion('Ostdeutschlands')).toBe('Ostdeutschland');
  });

  it('"Region" with a name is a place, not an organisation; the bare word is neither', () => {
    const found = findGermanOrganisations(
      germanDoc('Betriebe der Region Talland-Nord stellten aus. In der Region gibt es Arbeit.'),
    );
    expect(found.map((c) => `${c.type}: ${c.name}`)).toEqual(['Place: Region Talland-Nord']);
  });

  it('a compass compound that is also a district name is the region; hyphenated names before an area noun are a region', () => {
    expect(places('Gäste aus dem Ostallgäu kamen.')).toContain('de-plc-compass: Ostallgäu');
    expect(places('Gäste aus dem Lind-Aue-Gebiet kamen.')).toContain('de-plc-area: Lind-Aue-Gebiet');
    expect(places('Der Nord-Süd-Raum ist eine Achse.')).toEqual([]);
    expect(places('Das Gebiet am Fluss ist groß und wird bald ein Schutzgebiet.')).toEqual([]);
  });
});
