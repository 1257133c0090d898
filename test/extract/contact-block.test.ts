import { describe, expect, it } from 'vitest';
import { entity, extractText, triples } from './helpers.js';

const RELEASE = `Landrat eröffnet neue Kita in Talheim

Talheim. Landrat Peter Kranich hat am Montag die neue Kita in Talheim eröffnet. „Hier wachsen Kinder gut auf“, sagte Kranich.

Pressekontakt:
Pressesprecherin Maria Feldhuber
Landratsamt Talland, Am Markt 3, 97070 Würzburg
Telefon 01234 5678`;

describe('the contact block of a release', () => {
  it('gives its press officer as a person with her title', () => {
    const x = extractText(RELEASE, 'de');
    expect(entity(x, 'Person', 'Maria Feldhuber')?.roles.map((r) => r.title)).toEqual(['Pressesprecherin']);
  });

  it('gives no places from its postal address', () => {
    const x = extractText(RELEASE, 'de');
    expect(entity(x, 'Place', 'Würzburg')).toBeUndefined();
    expect(entity(x, 'Place', 'Talheim')).toBeDefined();
  });

  it('gives no visits or quotes to the press officer', () => {
    const x = extractText(RELEASE, 'de');
    const hers = triples(x).filter(([type, from]) => from === 'Maria Feldhuber' && type !== 'HOLDS_ROLE');
    expect(hers).toEqual([]);
    expect(triples(x)).toContainEqual(['QUOTED_IN', 'Peter Kranich', null]);
  });
});
