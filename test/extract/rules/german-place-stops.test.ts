import { describe, expect, it } from 'vitest';
import { findGermanPlaces } from '../../../ingest/extract/de/places.js';
import { germanDoc, named } from './german-rules-helpers.js';

const places = (body: string): string[] => named(findGermanPlaces(germanDoc(body)));

describe('German towns as stops of a visit (de-plc-stop)', () => {
  it('takes a small known town after a visit verb and a pronoun, or after a stop noun and a copula', () => {
    expect(places('Am Nachmittag besuchte sie Oberrot und die Schule.')).toContain('de-plc-stop: Oberrot');
    expect(places('Die letzte Station war Vellberg, wo sie übernachtete.')).toContain('de-plc-stop: Vellberg');
  });

  it('leaves a homograph after a visit verb', () => {
    expect(places('Danach besuchte sie Essen und Trinken im Zelt.')).toEqual([]);
  });
});

describe('German itinerary items run together (de-plc-line-label)', () => {
  it('takes a town opening an item after a dash or a clock time', () => {
    expect(places('Das Programm: Kita – Quarnstedt: Rundgang durch den Ort.')).toContain(
      'de-plc-itinerary: Quarnstedt',
    );
    expect(places('Ab 10.30 Uhr Pölkenried, Besuch der Kita.')).toContain('de-plc-itinerary: Pölkenried');
  });

  it('takes an unknown name of settlement shape opening a paragraph before a colon', () => {
    expect(places('Kemmerode: Besichtigung der neuen Halle.')).toContain('de-plc-itinerary: Kemmerode');
  });

  it('leaves a word after a dash that opens no item', () => {
    expect(places('Die Halle – Pölkenried hat sie gebaut – ist neu.')).toEqual([]);
  });
});

describe('German double names of places (de-plc-double)', () => {
  it('takes a hyphenated name whose parts are known places or settlement names', () => {
    expect(places('Der Rat von Quarnstedt-Pölkenried tagte am Montag.')).toContain(
      'de-plc-double: Quarnstedt-Pölkenried',
    );
  });

  it('leaves a thing named by a place and a part that is a common word', () => {
    expect(places('Der Kurs des Taiwan-Dollar stieg am Montag.')).toEqual([]);
    expect(places('Die Quarnstedt-Stiftung tagte am Montag.')).toEqual([]);
  });
});

describe('German unknown names after a bare locative in a visit sentence (de-plc-visit-locative)', () => {
  it('takes an unknown name after "in", "nach" or "aus" when the sentence speaks of a visit', () => {
    expect(places('In Trebsal besichtigte die Ministerin die neue Kita.')).toContain('de-plc-visit-locative: Trebsal');
    expect(places('Danach ging es weiter nach Lüttwisch zur Feuerwehr.')).toContain('de-plc-visit-locative: Lüttwisch');
  });

  it('leaves the same words outside a visit sentence, and nouns and surnames inside one', () => {
    expect(places('In Trebsal gibt es eine neue Kita.')).toEqual([]);
    expect(places('Der Besuch fand in Kleingruppen statt, die Delegation kam aus Gründen der Zeit nicht.')).toEqual([]);
    expect(places('Anna Lüttwisch kam. Danach ging es weiter nach Lüttwisch.')).toEqual([]);
    expect(places('Beim Besuch der Wache waren Beamte in Zivil dabei.')).toEqual([]);
  });
});
