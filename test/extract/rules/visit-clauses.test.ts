import { describe, expect, it } from 'vitest';
import { visitedPairs } from '../helpers.js';

const visited = visitedPairs;

describe('visit clauses and references', () => {
  it('does not make the persons of a clause that describes the stop its visitors', () => {
    const text =
      'Kreisbereisung\n\nLandrätin Greta Wendlandt war am Dienstag auf Kreisbereisung. Sie sprach mit vielen ' +
      'Menschen. Es ging um Fachkräfte. Den Auftakt bildete ein Besuch bei der Holzwerk Lenz GmbH, die von den ' +
      'Brüdern Jan Lenz, Ole Lenz und Tim Lenz geführt wird.';
    const v = visited(text);
    expect(v).toContainEqual(['Greta Wendlandt', 'Holzwerk Lenz GmbH']);
    expect(v.filter(([who]) => who !== 'Greta Wendlandt')).toEqual([]);
  });

  it('carries the visitor into a station sentence that names the visitor by title only', () => {
    const text =
      'Sommerreise\n\nLandrätin Greta Wendlandt besuchte am Montag die Holzwerk Lenz GmbH. ' +
      'Nächster Halt der Landrätin war die Bäckerei Korn GmbH.';
    expect(visited(text)).toContainEqual(['Greta Wendlandt', 'Bäckerei Korn GmbH']);
  });

  it('does not let a companion visit the body they lead', () => {
    const text =
      'Ministerin besucht Landkreis Talheim\n\nMinisterin Greta Wendlandt besuchte in Begleitung von Landrat ' +
      'Paul Riedl die Holzwerk Lenz GmbH. Landrat des Landkreises Talheim ist Paul Riedl.';
    const v = visited(text);
    expect(v).toContainEqual(['Paul Riedl', 'Holzwerk Lenz GmbH']);
    expect(v).not.toContainEqual(['Paul Riedl', 'Landkreis Talheim']);
  });
});
