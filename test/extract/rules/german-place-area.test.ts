import { describe, expect, it } from 'vitest';
import { findGermanPlaces } from '../../../ingest/extract/de/places.js';
import { germanDoc } from './german-rules-helpers.js';

const places = (body: string): string[] =>
  findGermanPlaces(germanDoc(body)).map((c) => `${c.rule}: ${c.name}${c.aliases ? ` [${c.aliases.join('|')}]` : ''}`);

describe('German named areas and grounds (de-plc-area)', () => {
  it('names building land and estates by their quoted or field name, with that name as alias', () => {
    expect(places('Er besichtigte das Neubaugebiet „Am Lindenhang“ in Kleinfurt.')).toContain(
      'de-plc-area: Neubaugebiet Am Lindenhang [Am Lindenhang]',
    );
    expect(places('Die Firma zieht ins Gewerbegebiet Auf der Heide.')).toContain(
      'de-plc-area: Gewerbegebiet Auf der Heide [Auf der Heide]',
    );
  });

  it('names a ground by an adjective and a noun after a site compound', () => {
    expect(places('Danach ging es zum Windpark Hohe Warte.')).toContain(
      'de-plc-area: Windpark Hohe Warte [Hohe Warte]',
    );
  });

  it('leaves an area head without a name, and an adjective that starts a longer phrase', () => {
    expect(places('Das Baugebiet wird erschlossen.')).toEqual([]);
    expect(places('Der Unfall geschah am Lindenpark Ecke Talstraße.')).not.toContain(
      'de-plc-area: Lindenpark Ecke Talstraße [Ecke Talstraße]',
    );
    expect(places('Im Stadtpark Alte Bäume Fällen ist verboten.')).not.toContain(
      'de-plc-area: Stadtpark Alte Bäume [Alte Bäume]',
    );
  });
});

describe('German town genitives (de-plc-genitive)', () => {
  it('takes a known town in the genitive before or after its noun', () => {
    expect(places('Am Montag lobte Wolfhagens Bürgermeister die Helfer.')).toContain(
      'de-plc-genitive: Wolfhagen [Wolfhagens]',
    );
    expect(places('Er kennt die Geschichte Eppingens sehr gut.')).toContain('de-plc-genitive: Eppingen [Eppingens]');
  });

  it('leaves genitives with an article and first names', () => {
    expect(places('Er ist Leiter des Frankfurter Bundes für Bildung.')).toEqual([]);
    expect(places('Am Abend stand dort noch Peters Auto vor dem Haus.')).toEqual([]);
  });
});
