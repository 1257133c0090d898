import { describe, expect, it } from 'vitest';
import { visitedPairs } from '../helpers.js';

const visited = visitedPairs;

describe('German programme words', () => {
  it('reads a Besuchs- compound as a visit cue that continues the programme ("Das Besuchsprogramm endete in X")', () => {
    const text =
      'Sommerreise\n\nLandrätin Greta Wendlandt besuchte am Montag die Holzwerk Lenz GmbH. Sie sprach mit der ' +
      'Belegschaft. Das Besuchsprogramm endete in Bornheim.';
    expect(visited(text)).toContainEqual(['Greta Wendlandt', 'Bornheim']);
  });

  it('reads a walk through a place as a visit ("bei ihrem Gang durch")', () => {
    const text = 'Sommerreise\n\nLandrätin Greta Wendlandt sprach bei ihrem Gang durch Bornheim mit Händlern.';
    expect(visited(text)).toContainEqual(['Greta Wendlandt', 'Bornheim']);
  });
});

describe('German visitors and phrases', () => {
  it('does not make the person who invites the visitor ("Auf Einladung von Bürgermeister A")', () => {
    const text =
      'Besuch\n\nAuf Einladung von Bürgermeister Paul Riedl informierte sich Landrätin Greta Wendlandt über das ' +
      'Neubaugebiet in Bornheim.';
    const v = visited(text);
    expect(v).toContainEqual(['Greta Wendlandt', 'Bornheim']);
    expect(v.filter(([who]) => who === 'Paul Riedl')).toEqual([]);
  });

  it('reads a visit phrase that starts with an umlaut ("überzeugte sich vom Baufortschritt an der X")', () => {
    const text = 'Besuch\n\nLandrätin Greta Wendlandt überzeugte sich vom Baufortschritt an der Grundschule Talheim.';
    expect(visited(text)).toContainEqual(['Greta Wendlandt', 'Grundschule Talheim']);
  });
});
