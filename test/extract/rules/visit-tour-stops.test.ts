import { describe, expect, it } from 'vitest';
import { visitedPairs } from '../helpers.js';

const visited = visitedPairs;

const OPENING =
  'Tour\n\nTalheim. Ministerin Greta Wendlandt und Landrat Paul Riedl besuchten am Montag die Holzwerk Lenz GmbH. ';

describe('stops of a touring party named with their hosts', () => {
  it('takes a fronted stop whose host explains something to the party', () => {
    const v = visited(OPENING + 'In der Bäckerei Korn GmbH erläuterte Inhaberin Sabine Korn den Gästen die Abläufe.');
    expect(v).toContainEqual(['Greta Wendlandt', 'Bäckerei Korn GmbH']);
    expect(v).toContainEqual(['Paul Riedl', 'Bäckerei Korn GmbH']);
    expect(v.filter(([who]) => who === 'Sabine Korn')).toEqual([]);
  });

  it('reads the subject right after a host verb in second place as the host', () => {
    const v = visited(
      OPENING + 'Bei der Bäckerei Korn GmbH begrüßte Inhaberin Sabine Korn die Ministerin und den Landrat.',
    );
    expect(v).toContainEqual(['Greta Wendlandt', 'Bäckerei Korn GmbH']);
    expect(v).toContainEqual(['Paul Riedl', 'Bäckerei Korn GmbH']);
    expect(v.filter(([who]) => who === 'Sabine Korn')).toEqual([]);
  });

  it('does not make the person thanked after a new subject the visitor', () => {
    const text =
      'Tour\n\nTalheim. Beim Besuch der Bäckerei Korn GmbH dankte Ministerin Greta Wendlandt Bürgermeister ' +
      'Jonas Elberfeld für die Unterstützung.';
    expect(visited(text)).not.toContainEqual(['Jonas Elberfeld', 'Bäckerei Korn GmbH']);
  });

  it('takes the travellers named after "ging es für"', () => {
    const v = visited(OPENING + 'Am zweiten Tag ging es für die Ministerin und den Landrat zur Bäckerei Korn GmbH.');
    expect(v).toContainEqual(['Paul Riedl', 'Bäckerei Korn GmbH']);
  });

  it('reads a party that is at or arrives at a place as visiting it', () => {
    expect(visited(OPENING + 'Am Nachmittag war die Delegation in der Bäckerei Korn GmbH.')).toContainEqual([
      'Greta Wendlandt',
      'Bäckerei Korn GmbH',
    ]);
    expect(visited(OPENING + 'Um 14 Uhr traf die Delegation in der Bäckerei Korn GmbH ein.')).toContainEqual([
      'Paul Riedl',
      'Bäckerei Korn GmbH',
    ]);
  });

  it('coordinates visitors across a role apposition', () => {
    const text =
      'Tour\n\nTalheim. Greta Wendlandt, Landrätin des Landkreises Talheim, und Jonas Elberfeld, Bürgermeister ' +
      'der Gemeinde Kleinfurt, besuchten am Montag die Holzwerk Lenz GmbH.';
    const v = visited(text);
    expect(v).toContainEqual(['Jonas Elberfeld', 'Holzwerk Lenz GmbH']);
    expect(v).not.toContainEqual(['Greta Wendlandt', 'Gemeinde Kleinfurt']);
  });

  it('reads "beide" as the current visitors', () => {
    const text =
      'Tour\n\nTalheim. Zu Gast bei der Holzwerk Lenz GmbH waren am Montag Landrätin Greta Wendlandt und ' +
      'Bürgermeister Jonas Elberfeld. Im Anschluss besichtigten beide die Bäckerei Korn GmbH.';
    expect(visited(text)).toContainEqual(['Jonas Elberfeld', 'Bäckerei Korn GmbH']);
  });
});

describe('visitors coordinated across postnominal titles, possessives and affiliations', () => {
  const tour = (visitors: string): [string, string | null][] =>
    visited(`Tour\n\nTalheim. ${visitors} besuchten am Montag die Holzwerk Lenz GmbH.`);

  it('coordinates across a postnominal MdL', () => {
    expect(tour('Jonas Elberfeld MdL und Mira Hollweg MdB')).toContainEqual(['Mira Hollweg', 'Holzwerk Lenz GmbH']);
  });

  it('coordinates a colleague or deputy named with a possessive', () => {
    expect(tour('Die Abgeordnete Mira Hollweg und ihr Kollege Jonas Elberfeld')).toContainEqual([
      'Jonas Elberfeld',
      'Holzwerk Lenz GmbH',
    ]);
    expect(tour('Landrätin Greta Wendlandt mit ihrem Stellvertreter Tom Berger')).toContainEqual([
      'Tom Berger',
      'Holzwerk Lenz GmbH',
    ]);
  });

  it('coordinates across the body a visitor comes from', () => {
    expect(
      tour('Jonas Elberfeld vom Talheimer Heimatverein und Mira Hollweg von der Kreisverwaltung Talheim'),
    ).toContainEqual(['Mira Hollweg', 'Holzwerk Lenz GmbH']);
  });
});

describe('more ways a tour names its next stop', () => {
  it('reads "Nächstes Ziel", "Programmpunkt" and "Zwischenstopp" as stations', () => {
    for (const line of [
      'Nächstes Ziel war die Bäckerei Korn GmbH.',
      'Ein weiterer Programmpunkt war die Bäckerei Korn GmbH.',
      'Einen Zwischenstopp legte die Gruppe bei der Bäckerei Korn GmbH ein.',
    ])
      expect(visited(OPENING + line)).toContainEqual(['Paul Riedl', 'Bäckerei Korn GmbH']);
  });

  const EN_OPENING =
    'Tour\n\nLeeds. Economy Minister Tom Fairley and Councillor Jane Cole visited Harwick Dairy Ltd on Monday. ';

  it('reads English endings and itinerary inversions as stops of the party', () => {
    for (const line of [
      'The visit ended at Orlby Boatworks Ltd.',
      'The day concluded with a visit to Orlby Boatworks Ltd.',
      'Also on the itinerary was Orlby Boatworks Ltd.',
      'Later, both met staff at Orlby Boatworks Ltd.',
    ])
      expect(visited(EN_OPENING + line, 'en')).toContainEqual(['Tom Fairley', 'Orlby Boatworks Ltd']);
  });

  it('takes a fronted stop whose host shows "them" round', () => {
    const v = visited(
      EN_OPENING + 'At Orlby Boatworks Ltd, managing director Ann Blake showed them the new production line.',
      'en',
    );
    expect(v).toContainEqual(['Jane Cole', 'Orlby Boatworks Ltd']);
    expect(v.filter(([who]) => who === 'Ann Blake')).toEqual([]);
  });
});

describe('owners named in a programme line', () => {
  it('lets a line with a firm and its owner after "von" carry the visitors', () => {
    const text =
      'Tour\n\nTalheim. Landrätin Greta Wendlandt und Bürgermeister Jonas Elberfeld besuchten am Montag die ' +
      'Gemeinden Kleinfurt und Nordheide.\n\nZwei Betriebe standen auf dem Tagesprogramm: die Bäckerei Korn GmbH ' +
      'und die Firma Holzbau Lenz von Ole Lenz.';
    const v = visited(text);
    expect(v).toContainEqual(['Greta Wendlandt', 'Holzbau Lenz']);
    expect(v.filter(([who]) => who === 'Ole Lenz')).toEqual([]);
  });
});

describe('a visit noun whose visitors follow a colon', () => {
  it('makes what had the visit the stop ("hatte hohen Besuch: A und B …")', () => {
    const text =
      'Tour\n\nTalheim. Die Holzwerk Lenz GmbH hatte am Montag hohen Besuch: Ministerin Greta Wendlandt und ' +
      'Landrat Paul Riedl informierten sich über die Produktion.';
    const v = visited(text);
    expect(v).toContainEqual(['Greta Wendlandt', 'Holzwerk Lenz GmbH']);
    expect(v).toContainEqual(['Paul Riedl', 'Holzwerk Lenz GmbH']);
  });
});

describe('more German visit phrases of a tour', () => {
  const stop = (clause: string): [string, string | null][] =>
    visited(`Tour\n\nTalheim. Ministerin Greta Wendlandt und Landrat Paul Riedl ${clause}`);

  it('reads "machten Halt bei", "schauten … vorbei" and "erkundeten" as visits', () => {
    for (const clause of [
      'machten am Montag Halt bei der Holzwerk Lenz GmbH.',
      'schauten am Montag bei der Holzwerk Lenz GmbH vorbei.',
      'erkundeten am Montag die Holzwerk Lenz GmbH.',
    ])
      expect(stop(clause)).toContainEqual(['Paul Riedl', 'Holzwerk Lenz GmbH']);
  });

  it('reads meeting the staff or pupils of a body as visiting it', () => {
    expect(stop('trafen sich am Montag mit Beschäftigten der Holzwerk Lenz GmbH.')).toContainEqual([
      'Greta Wendlandt',
      'Holzwerk Lenz GmbH',
    ]);
  });
});

describe('hosts on itinerary lines', () => {
  it('lets an itinerary line that names its host carry the visitors', () => {
    const text =
      'Sommertour\n\nTalheim. Sozialministerin Greta Wendlandt war gemeinsam mit Landrätin Anna Quast im Landkreis ' +
      'unterwegs.\n\nDas Programm:\n– 9.30 Uhr: Seniorenzentrum Lindenhof (Leiterin Eva Brandt)\n' +
      '– 11 Uhr: Begrüßung durch Bürgermeister Jonas Elberfeld im Rathaus Kleinfurt\n';
    const v = visited(text);
    expect(v).toContainEqual(['Greta Wendlandt', 'Seniorenzentrum Lindenhof']);
    expect(v).toContainEqual(['Anna Quast', 'Rathaus Kleinfurt']);
    expect(v.filter(([who]) => who === 'Eva Brandt' || who === 'Jonas Elberfeld')).toEqual([]);
  });
});
