import { describe, expect, it } from 'vitest';
import { extractText, triples } from '../helpers.js';

const visited = (text: string, lang: 'de' | 'en' = 'de'): [string, string | null][] =>
  triples(extractText(text, lang, '2024-06-03'))
    .filter(([t]) => t === 'VISITED')
    .map(([, who, to]) => [who, to]);

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
