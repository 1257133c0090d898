import { describe, expect, it } from 'vitest';
import { visitedPairs } from '../helpers.js';

const visited = visitedPairs;

const OPENING = 'Kreisbereisung\n\nTalheim. Landrätin Greta Wendlandt besuchte am Dienstag die Holzwerk Lenz GmbH. ';

describe('visiting party nouns and fellow travellers', () => {
  it('reads a party noun ("die Delegation") as the current visitors', () => {
    const v = visited(OPENING + 'Am Mittwoch besichtigte die Delegation die Grundschule Kleinfurt.');
    expect(v).toContainEqual(['Greta Wendlandt', 'Grundschule Kleinfurt']);
  });

  it('does not make a host who shows the guests round a visitor', () => {
    const v = visited(OPENING + 'Geschäftsführer Paul Riedl führte die Gäste durch die Bäckerei Korn GmbH.');
    expect(v.filter(([who]) => who === 'Paul Riedl')).toEqual([]);
  });

  it('adds a person after "gemeinsam mit" to the visitors', () => {
    const v = visited(
      OPENING + 'Gemeinsam mit Kreishandwerksmeister Lars Ostendorp besichtigte die Gruppe die Grundschule Kleinfurt.',
    );
    expect(v).toContainEqual(['Lars Ostendorp', 'Grundschule Kleinfurt']);
    expect(v).toContainEqual(['Greta Wendlandt', 'Grundschule Kleinfurt']);
  });

  it('does not add a person the visitor only talks with', () => {
    const v = visited(OPENING + 'Dort sprach sie mit Schulleiterin Anna Quast über die Grundschule Kleinfurt.');
    expect(v.filter(([who]) => who === 'Anna Quast')).toEqual([]);
  });
});
