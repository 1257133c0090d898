import { describe, expect, it } from 'vitest';
import { entity, extractText } from './helpers.js';

describe('a town and its body', () => {
  it('a place X and the body "Stadt X" in one release are one entity, X its alias', () => {
    const x = extractText(
      'Neue Bücherei\n\nDie Stadt Rinteln eröffnet eine Bücherei. Viele Familien in Rinteln freuen sich über das neue Angebot am Markt.',
      'de',
    );
    const town = entity(x, 'Organisation', 'Stadt Rinteln');
    expect(town?.aliases).toContain('Rinteln');
    expect(entity(x, 'Place', 'Rinteln')).toBeUndefined();
  });

  it('a district "Landkreis X" stays apart from the town X', () => {
    const x = extractText(
      'Neue Bücherei\n\nDer Landkreis Meppen fördert eine Bücherei. Viele Familien in Meppen freuen sich über das neue Angebot am Markt.',
      'de',
    );
    expect(entity(x, 'Organisation', 'Landkreis Meppen')).toBeDefined();
    expect(entity(x, 'Place', 'Meppen')).toBeDefined();
  });
});
