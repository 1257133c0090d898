import { describe, expect, it } from 'vitest';
import { visitedPairs } from '../helpers.js';

const visited = visitedPairs;

describe('rule visit-delegation', () => {
  it('gives a member named with the visitor the stops the visitor made before', () => {
    const text =
      'Sommertour\n\nTalheim. Landrätin Greta Wendlandt besuchte am Montag die Holzwerk Lenz GmbH in Talheim. ' +
      'Landrätin Greta Wendlandt und Bürgermeister Jonas Elberfeld besichtigten danach die Grundschule Kleinfurt.';
    expect(visited(text)).toContainEqual(['Jonas Elberfeld', 'Holzwerk Lenz GmbH']);
  });

  it('does not give the others a stop that one member, named alone later, made', () => {
    const text =
      'Ministers on tour\n\nTomorrow, the Minister for Rural Affairs, Carys Lloyd, and the Minister for Housing, ' +
      'Owen Pryce, will be in Harwick to open the new Harwick Maker Centre. ' +
      'On Thursday, Minister Lloyd will visit the Northvale Dairy.';
    const v = visited(text, 'en');
    expect(v).toContainEqual(['Owen Pryce', 'Harwick Maker Centre']);
    expect(v).toContainEqual(['Carys Lloyd', 'Northvale Dairy']);
    expect(v).not.toContainEqual(['Owen Pryce', 'Northvale Dairy']);
  });

  it('shares nothing between visitors who are never named together', () => {
    const text =
      'Besuche\n\nLandrätin Greta Wendlandt besuchte am Montag die Holzwerk Lenz GmbH. ' +
      'Bürgermeister Jonas Elberfeld besuchte am Dienstag die Grundschule Kleinfurt.';
    const v = visited(text);
    expect(v).not.toContainEqual(['Jonas Elberfeld', 'Holzwerk Lenz GmbH']);
    expect(v).not.toContainEqual(['Greta Wendlandt', 'Grundschule Kleinfurt']);
  });
});
