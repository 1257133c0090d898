import { describe, expect, it } from 'vitest';
import { visitedPairs } from '../helpers.js';

const visited = visitedPairs;

describe('visits stated in the passive', () => {
  it('German: the subject of "wurde von X besucht" is the stop', () => {
    const v = visited(
      'Besuch\n\nKleinfurt. Die Holzwerk Lenz GmbH wurde am Montag von Landrätin Greta Wendlandt besucht.',
    );
    expect(v).toContainEqual(['Greta Wendlandt', 'Holzwerk Lenz GmbH']);
  });

  it('English: the agent of "was visited by" is the visitor', () => {
    const v = visited(
      'Minister in Harwick\n\nThe Northvale Dairy was visited by the Minister for Rural Affairs, Carys Lloyd, on Monday.',
      'en',
    );
    expect(v).toContainEqual(['Carys Lloyd', 'Northvale Dairy']);
  });

  it('does not make an organisation before an active visit sentence a stop', () => {
    const v = visited(
      'Besuch\n\nKleinfurt. Im Auftrag der Talheimer Tafel e.V. besuchte Landrätin Greta Wendlandt die Holzwerk Lenz GmbH.',
    );
    expect(v).not.toContainEqual(['Greta Wendlandt', 'Talheimer Tafel e.V.']);
  });

  it('reads "Ziel der Fahrt war" after a visit as a stop of the visitor', () => {
    const v = visited(
      'Besuch\n\nKleinfurt. Landrätin Greta Wendlandt besuchte am Montag die Holzwerk Lenz GmbH. ' +
        'Ziel der Fahrt war am Nachmittag die Bäckerei Korn GmbH.',
    );
    expect(v).toContainEqual(['Greta Wendlandt', 'Bäckerei Korn GmbH']);
  });
});
