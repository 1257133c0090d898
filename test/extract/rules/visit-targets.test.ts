import { describe, expect, it } from 'vitest';
import { extractText, triples } from '../helpers.js';

const visited = (text: string, lang: 'de' | 'en' = 'de'): [string, string | null][] =>
  triples(extractText(text, lang, '2024-06-03'))
    .filter(([t]) => t === 'VISITED')
    .map(([, who, to]) => [who, to]);

describe('visit targets', () => {
  it('does not make an organisation named before the visitor and the cue a destination', () => {
    const v = visited(
      'Minister visit\n\nFollowing the Harwick Trust report, Carys Lloyd visited Kelby Bay Academy on Monday.',
      'en',
    );
    expect(v).toEqual([['Carys Lloyd', 'Kelby Bay Academy']]);
  });

  it('does not make the body on whose behalf the visit is made a destination ("Im Auftrag der X")', () => {
    const v = visited(
      'Sommerreise\n\nIm Auftrag der Holzwerk Lenz GmbH besuchte Bürgermeister Jonas Elberfeld die Bäckerei Korn GmbH.',
    );
    expect(v).toEqual([['Jonas Elberfeld', 'Bäckerei Korn GmbH']]);
  });

  it('keeps a fronted place before the visitor as a destination ("In Kleinfurt …")', () => {
    const v = visited(
      'Sommerreise\n\nIn Kleinfurt besuchte Landrätin Greta Wendlandt am Montag die Bäckerei Korn GmbH.',
    );
    expect(v).toContainEqual(['Greta Wendlandt', 'Bäckerei Korn GmbH']);
    expect(v).toContainEqual(['Greta Wendlandt', 'Kleinfurt']);
  });
});
