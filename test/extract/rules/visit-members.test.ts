import { describe, expect, it } from 'vitest';
import { visitedPairs } from '../helpers.js';

const visited = visitedPairs;

describe('rule visit-members', () => {
  it('makes an organisation whose representatives travel with the visitor a visitor, not a stop', () => {
    const text =
      'Betriebsbesuch\n\nLandrätin Greta Wendlandt und Vertreter der Handwerkskammer Talland besuchten am Dienstag ' +
      'die Holzwerk Lenz GmbH.';
    const v = visited(text);
    expect(v).toContainEqual(['Greta Wendlandt', 'Holzwerk Lenz GmbH']);
    expect(v).toContainEqual(['Handwerkskammer Talland', 'Holzwerk Lenz GmbH']);
    expect(v).not.toContainEqual(['Greta Wendlandt', 'Handwerkskammer Talland']);
  });

  it('keeps an organisation the visitor visits a stop', () => {
    const text = 'Besuch\n\nLandrätin Greta Wendlandt besuchte am Dienstag die Handwerkskammer Talland.';
    const v = visited(text);
    expect(v).toContainEqual(['Greta Wendlandt', 'Handwerkskammer Talland']);
    expect(v.filter(([who]) => who === 'Handwerkskammer Talland')).toEqual([]);
  });
});
