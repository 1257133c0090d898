import { describe, expect, it } from 'vitest';
import { extractText, triples } from '../helpers.js';

const visited = (text: string, lang: 'de' | 'en' = 'de'): [string, string | null][] =>
  triples(extractText(text, lang, '2024-06-03'))
    .filter(([t]) => t === 'VISITED')
    .map(([, who, to]) => [who, to]);

describe('hosts, companions and the headline visitor', () => {
  it('gives a title-only headline visit to the first visitor named, even when the body names no stop', () => {
    const text =
      'Ministerin besucht Holzwerk Lenz GmbH\n\nMinisterin Greta Wendlandt informierte sich am Montag über die ' +
      'Ausbildung. Sie lobte das Engagement.';
    expect(visited(text)).toContainEqual(['Greta Wendlandt', 'Holzwerk Lenz GmbH']);
  });

  it('German passive host: the agent after "von" hosts, the pronoun subject is the visitor', () => {
    const text =
      'Besuch\n\nBundesminister Paul Riedl besuchte am Freitag den Landkreis Talheim. Im Kreishaus Talheim wurde er ' +
      'von Landrätin Greta Wendlandt empfangen.';
    const v = visited(text);
    expect(v).toContainEqual(['Paul Riedl', 'Kreishaus Talheim']);
    expect(v.filter(([who]) => who === 'Greta Wendlandt')).toEqual([]);
  });

  it('an active verb of accompanying sends the subject where the object goes (de and en)', () => {
    const de =
      'Besuch\n\nBundesminister Paul Riedl besuchte am Freitag die Holzwerk Lenz GmbH. Landrätin Greta Wendlandt ' +
      'begleitete den Minister.';
    expect(visited(de)).toContainEqual(['Greta Wendlandt', 'Holzwerk Lenz GmbH']);
    const en =
      'Visit\n\nMinister Owen Pryce visited the Harwick Water Lab on Monday. Councillor Carys Lloyd accompanied the ' +
      'Minister.';
    expect(visited(en, 'en')).toContainEqual(['Carys Lloyd', 'Harwick Water Lab']);
  });
});
