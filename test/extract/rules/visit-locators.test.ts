import { describe, expect, it } from 'vitest';
import { visitedPairs } from '../helpers.js';

const visited = visitedPairs;

describe('places after a comma that only locate the mention before them', () => {
  it('does not make the town after a school and a comma a stop', () => {
    const text =
      'Minister visits schools\n\nMinister for Education Tom Fairley visited Harwick Primary School, Leeds, ' +
      'and Orlby Community School on Monday.';
    const v = visited(text, 'en');
    expect(v).toContainEqual(['Tom Fairley', 'Harwick Primary School']);
    expect(v).not.toContainEqual(['Tom Fairley', 'Leeds']);
  });

  it('does not make the state after a city and a comma a stop', () => {
    const text = 'Visit\n\nAdministrator Tom Fairley concluded his visit to Dayton, Ohio where he toured a lab.';
    const v = visited(text, 'en');
    expect(v).toContainEqual(['Tom Fairley', 'Dayton']);
    expect(v).not.toContainEqual(['Tom Fairley', 'Ohio']);
  });

  it('keeps every town of a list as a stop', () => {
    const text =
      'Tour\n\nLandrätin Greta Wendlandt besuchte am Montag die Gemeinden Kleinfurt, Nordheide und Oberhausen.';
    const v = visited(text);
    for (const to of ['Kleinfurt', 'Nordheide', 'Oberhausen']) expect(v).toContainEqual(['Greta Wendlandt', to]);
  });
});
