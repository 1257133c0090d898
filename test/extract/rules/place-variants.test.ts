import { describe, expect, it } from 'vitest';
import { buildEntities, resolveOverlaps } from '../../../ingest/extract/core/entities.js';
import type { Candidate } from '../../../ingest/extract/core/types.js';
import { germanDoc } from './german-rules-helpers.js';

/** Place candidates for every occurrence of the given names, grouped into entities. */
function placeEntities(body: string, names: string[]): { name: string; aliases: string[] }[] {
  const doc = germanDoc(body);
  const cands: Candidate[] = [];
  for (const n of names)
    for (let i = doc.text.indexOf(n); i >= 0; i = doc.text.indexOf(n, i + 1))
      if (!/\p{L}/u.test(doc.text[i + n.length] ?? ''))
        cands.push({ type: 'Place', name: n, start: i, end: i + n.length, confidence: 0.7, rule: 'test' });
  return buildEntities(doc, resolveOverlaps(cands, new Set()), /^$/).map((e) => ({
    name: e.name,
    aliases: [...e.aliases],
  }));
}

describe('place spelling variants', () => {
  it('a place named once with one letter missing is the place named more often', () => {
    const body = 'In Lindenmünster war Empfang. In Lindemünster gab es Kuchen. Lindenmünster feierte.';
    expect(placeEntities(body, ['Lindenmünster', 'Lindemünster'])).toEqual([
      { name: 'Lindenmünster', aliases: ['Lindemünster'] },
    ]);
  });

  it('short names and names that differ in the first letter stay apart', () => {
    expect(placeEntities('In Talheim und Thalheim, in Talheim wieder.', ['Talheim', 'Thalheim'])).toHaveLength(2);
    expect(placeEntities('In Lindwerder und Klindwerder, in Lindwerder.', ['Lindwerder', 'Klindwerder'])).toHaveLength(
      2,
    );
  });
});
