import { describe, expect, it } from 'vitest';
import { visitedPairs } from '../helpers.js';

const visited = (text: string): [string, string | null][] => visitedPairs(text);

describe('German presence and arrival cues', () => {
  it('reads "war am Montag in X" as a visit to X', () => {
    const v = visited('Besuch\n\nKleinfurt. Ministerin Greta Wendlandt war am Montag in Talheim.');
    expect(v).toContainEqual(['Greta Wendlandt', 'Talheim']);
  });

  it('reads "kam nach X" with a pronoun as a stop of the visitor', () => {
    const v = visited(
      'Besuch\n\nKleinfurt. Ministerin Greta Wendlandt besuchte am Montag die Holzwerk Lenz GmbH. ' +
        'Sie kam am Dienstag nach Oberbach.',
    );
    expect(v).toContainEqual(['Greta Wendlandt', 'Oberbach']);
  });

  it('does not read a statement about an office ("war lange im Kreistag tätig") as a visit', () => {
    const v = visited('Porträt\n\nKleinfurt. Ministerin Greta Wendlandt war lange Jahre im Kreistag Talland tätig.');
    expect(v).toEqual([]);
  });
});
