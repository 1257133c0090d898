import { describe, expect, it } from 'vitest';
import { findGermanPlaces } from '../../../ingest/extract/de/places.js';
import { germanDoc, named } from './german-rules-helpers.js';

const localities = (body: string): string[] =>
  named(findGermanPlaces(germanDoc(body))).filter((p) => p.startsWith('de-plc-locality'));

describe('German localities after a settlement noun', () => {
  it('a singular settlement noun names one locality, without the noun', () => {
    expect(localities('Der Landrat besuchte den Ortsteil Steinhausen und das Dorf Lindwerder.')).toEqual([
      'de-plc-locality: Steinhausen',
      'de-plc-locality: Lindwerder',
    ]);
    expect(localities('Im Stadtteil Talheim-Nord sprach er mit Bürgern.')).toEqual(['de-plc-locality: Talheim-Nord']);
  });

  it('two-word names: a name prefix or an adjective with its noun', () => {
    expect(localities('Im Ortsteil Bad Kleinfurt wird gebaut.')).toEqual(['de-plc-locality: Bad Kleinfurt']);
    expect(localities('Im Ortsteil Talheimer Feld wird gebaut.')).toEqual(['de-plc-locality: Talheimer Feld']);
  });

  it('a plural settlement noun names each locality of the list after it', () => {
    expect(localities('Die Gemeinden Kleinfurt, Lindwerder und Talheim waren die nächsten Stationen.')).toEqual([
      'de-plc-locality: Kleinfurt',
      'de-plc-locality: Lindwerder',
      'de-plc-locality: Talheim',
    ]);
  });

  it('common nouns, titles and first names after the noun are no locality', () => {
    expect(localities('Den Kommunen Unterstützung zu geben ist wichtig.')).toEqual([]);
    expect(localities('In den Ortsteilen gibt es Probleme.')).toEqual([]);
    expect(localities('Die Orte Peter und Paul feiern.')).toEqual([]);
    expect(localities('Im Dorf Bürgermeister Lenz zu treffen war schön.')).toEqual([]);
  });
});
