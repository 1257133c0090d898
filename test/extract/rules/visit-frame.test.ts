import { describe, expect, it } from 'vitest';
import { visitedPairs } from '../helpers.js';

const visited = visitedPairs;

describe('rule visit-frame', () => {
  it('carries the visitor into itinerary lines that name no person', () => {
    const text =
      'Kreisbereisung\n\nLandrätin Greta Wendlandt besuchte am Dienstag die Gemeinde Talheim. Das Programm:\n\n' +
      '– Talheim (10 Uhr): Besuch bei der Holzwerk Lenz GmbH\n' +
      '– Kleinfurt (13 Uhr): Rundgang durch die Grundschule Kleinfurt\n';
    const v = visited(text);
    expect(v).toContainEqual(['Greta Wendlandt', 'Holzwerk Lenz GmbH']);
    expect(v).toContainEqual(['Greta Wendlandt', 'Grundschule Kleinfurt']);
  });

  it('carries the visitor into a "Station" sentence without a person', () => {
    const text =
      'Sommerreise\n\nBürgermeister Jonas Elberfeld besuchte am Montag die Holzwerk Lenz GmbH in Talheim. ' +
      'Letzte Station war die Bäckerei Korn GmbH.';
    expect(visited(text)).toContainEqual(['Jonas Elberfeld', 'Bäckerei Korn GmbH']);
  });

  it('reads a travel cue with a person as a visit ("headed to")', () => {
    const text =
      'Minister on tour\n\nThe Minister for Rural Affairs, Carys Lloyd, headed to the University of Harwick on Monday.';
    expect(visited(text, 'en')).toContainEqual(['Carys Lloyd', 'University of Harwick']);
  });

  it('does not make a place that only locates a company a stop ("die in X ansässige …")', () => {
    const text = 'Betriebsbesuch\n\nLandrätin Greta Wendlandt besuchte die in Kleinfurt ansässige Holzwerk Lenz GmbH.';
    const v = visited(text);
    expect(v).toContainEqual(['Greta Wendlandt', 'Holzwerk Lenz GmbH']);
    expect(v.filter(([, to]) => to === 'Kleinfurt')).toEqual([]);
  });

  it('does not make the organiser of the visit a stop', () => {
    const text =
      'Besuch\n\nAuf Einladung der Talheimer Tafel e.V. besuchte Landrätin Greta Wendlandt die Holzwerk Lenz GmbH.';
    const v = visited(text);
    expect(v).toContainEqual(['Greta Wendlandt', 'Holzwerk Lenz GmbH']);
    expect(v.filter(([, to]) => to === 'Talheimer Tafel e.V.')).toEqual([]);
  });
});

describe('host and party', () => {
  it('a host who welcomes the visitor is not the visitor', () => {
    const text = 'Besuch\n\nIm Rathaus Talheim begrüßte Bürgermeister Jonas Elberfeld die Ministerin Greta Wendlandt.';
    const v = visited(text);
    expect(v.filter(([who]) => who === 'Jonas Elberfeld')).toEqual([]);
  });

  it('a person coordinated with the visitor shares the stops', () => {
    const text =
      'Besuch\n\nLandrätin Greta Wendlandt besuchte die Holzwerk Lenz GmbH. ' +
      'Greta Wendlandt und Paul Riedl zeigten sich danach beeindruckt von der Werkstatt.';
    expect(visited(text)).toContainEqual(['Paul Riedl', 'Holzwerk Lenz GmbH']);
  });

  it('carries the visitor into a visit-noun sentence without a person right after the visit', () => {
    const text =
      'Besuch\n\nLandrätin Greta Wendlandt besuchte am Montag die Gemeinde. ' +
      'Auf dem Programm standen Besuche bei der Holzwerk Lenz GmbH und der Bäckerei Korn GmbH.';
    const v = visited(text);
    expect(v).toContainEqual(['Greta Wendlandt', 'Holzwerk Lenz GmbH']);
    expect(v).toContainEqual(['Greta Wendlandt', 'Bäckerei Korn GmbH']);
  });

  it('does not carry the visitor into a visit-noun sentence far from the visit', () => {
    const text =
      'Besuch\n\nLandrätin Greta Wendlandt besuchte am Montag die Gemeinde. Danach wurde gegessen. ' +
      'Später sprach man über Geld. Der Besuch der Holzwerk Lenz GmbH ist für jeden kostenlos.';
    expect(visited(text)).toEqual([]);
  });
});

describe('visit-frame tours and programme lines', () => {
  it('gives the towns of a tour headline without a person to the release visitors', () => {
    const text =
      'Sommerreise durch Oberbach\n\nTalheim. Landrätin Greta Wendlandt besuchte am Dienstag die Holzwerk Lenz GmbH.';
    expect(visited(text)).toContainEqual(['Greta Wendlandt', 'Oberbach']);
  });

  it('reads a stop named before "auf dem Programm" as a stop', () => {
    const text =
      'Besuch\n\nLandrätin Greta Wendlandt besuchte am Dienstag die Holzwerk Lenz GmbH. ' +
      'Am Nachmittag stand noch die Grundschule Kleinfurt auf dem Programm.';
    expect(visited(text)).toContainEqual(['Greta Wendlandt', 'Grundschule Kleinfurt']);
  });

  it('reads "stopped off at" with a pronoun as a stop of the visitor', () => {
    const text =
      'Minister in Harwick\n\nThe Minister for Rural Affairs, Carys Lloyd, visited the Northvale Dairy on Monday. ' +
      'She stopped off at the Harwick Maker Centre on her way home.';
    expect(visited(text, 'en')).toContainEqual(['Carys Lloyd', 'Harwick Maker Centre']);
  });

  it('does not read a headline without any visit in the release as a tour', () => {
    const text = 'Reise durch Oberbach\n\nTalheim. Die Grundschule Kleinfurt sucht Lehrkräfte.';
    expect(visited(text)).toEqual([]);
  });
});

describe('visit-frame itinerary lists', () => {
  it('reads a list after a visit sentence and a lead-in as itinerary lines', () => {
    const text =
      'Kreisbereisung\n\nLandrätin Greta Wendlandt besuchte am Dienstag die Gemeinde Talheim. Das Programm:\n\n' +
      '– Holzwerk Lenz GmbH\n– Grundschule Kleinfurt\n';
    const v = visited(text);
    expect(v).toContainEqual(['Greta Wendlandt', 'Holzwerk Lenz GmbH']);
    expect(v).toContainEqual(['Greta Wendlandt', 'Grundschule Kleinfurt']);
  });

  it('does not read a bullet list of other matters as stops', () => {
    const text =
      'Board meeting\n\nThe Minister for Rural Affairs, Carys Lloyd, visited the Northvale Dairy on Monday.\n\n' +
      'The Board also received updates on:\n\n• the Harwick Maker Centre;\n• the Kelby Harbour Trust.\n';
    const v = visited(text, 'en');
    expect(v).toContainEqual(['Carys Lloyd', 'Northvale Dairy']);
    expect(v.filter(([, to]) => to !== 'Northvale Dairy')).toEqual([]);
  });
});

describe('visit-party hosts', () => {
  it('does not make the person who was visited a member of the party, even when a caption names both', () => {
    const text =
      'Antrittsbesuch\n\nKammerpräsident Paul Riedl hat am Montag Landrätin Greta Wendlandt im Kreishaus Talheim ' +
      'besucht. Beide sprachen über die Ausbildung in den Betrieben der Region.\n\n' +
      'Bildzeile: Kammerpräsident Paul Riedl und Landrätin Greta Wendlandt.';
    const v = visited(text);
    expect(v).toContainEqual(['Paul Riedl', 'Kreishaus Talheim']);
    expect(v.filter(([who]) => who === 'Greta Wendlandt')).toEqual([]);
  });

  it('still gives the stops to a fellow traveller the caption coordinates with the visitor', () => {
    const text =
      'Besuch\n\nKammerpräsident Paul Riedl besuchte am Montag das Kreishaus Talheim. Dort sprach er über ' +
      'die Ausbildung in den Betrieben der Region.\n\n' +
      'Bildzeile: Kammerpräsident Paul Riedl und Bürgermeister Jonas Elberfeld.';
    expect(visited(text)).toContainEqual(['Jonas Elberfeld', 'Kreishaus Talheim']);
  });
});
