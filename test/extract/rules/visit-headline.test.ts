import { describe, expect, it } from 'vitest';
import { visitedPairs } from '../helpers.js';

const visited = (text: string): [string, string | null][] => visitedPairs(text);

describe('rule visit-headline', () => {
  it('gives a headline visit stated by title only to the visitor named later', () => {
    const v = visited(
      'Landrätin besucht Betriebe in Talheim\n\nKleinfurt. Landrätin Greta Wendlandt hat am Mittwoch ' +
        'die Holzwerk Lenz GmbH besucht.',
    );
    expect(v).toContainEqual(['Greta Wendlandt', 'Talheim']);
  });

  it('does not give a headline visit to a visitor whose title does not fit', () => {
    const v = visited(
      'Minister besucht Betriebe in Talheim\n\nKleinfurt. Landrätin Greta Wendlandt hat am Mittwoch ' +
        'die Holzwerk Lenz GmbH besucht.',
    );
    expect(v).not.toContainEqual(['Greta Wendlandt', 'Talheim']);
  });
});
