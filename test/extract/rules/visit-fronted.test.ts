import { describe, expect, it } from 'vitest';
import { visitedPairs } from '../helpers.js';

const visited = visitedPairs;

describe('rule visit-fronted', () => {
  it('a programme sentence that opens with its place and names the visitor by pronoun states a stop', () => {
    const text =
      'Betriebsbesuch\n\nLandrätin Greta Wendlandt besuchte am Montag die Holzwerk Lenz GmbH. ' +
      'In der Bäckerei Korn GmbH erfuhr sie, wie Lehrlinge ausgebildet werden.';
    expect(visited(text)).toContainEqual(['Greta Wendlandt', 'Bäckerei Korn GmbH']);
  });

  it('not when someone else is named there (the host may be the one acting)', () => {
    const text =
      'Betriebsbesuch\n\nLandrätin Greta Wendlandt besuchte am Montag die Holzwerk Lenz GmbH. ' +
      'In der Bäckerei Korn GmbH dankte Meister Paul Riedl ihr für den Einsatz.';
    expect(visited(text).filter(([, to]) => to === 'Bäckerei Korn GmbH')).toEqual([]);
  });

  it('not outside a visit programme', () => {
    const text = 'Ausbildung\n\nIn der Bäckerei Korn GmbH lernen Lehrlinge das Handwerk, sagt sie.';
    expect(visited(text)).toEqual([]);
  });
});
