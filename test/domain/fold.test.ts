import { describe, expect, it } from 'vitest';
import { fold, nameKey } from '../../src/domain/index.js';

describe('fold', () => {
  it('lower-cases plain ASCII without changing anything else', () => {
    expect(fold('Kreishaus "Nord" - 2024')).toBe('kreishaus "nord" - 2024');
  });

  it('spells umlauts and ß out and drops other diacritics', () => {
    expect(fold('Landrätin Größe Café')).toBe('landraetin groesse cafe');
  });

  it('folds a decomposed umlaut like a composed one', () => {
    expect(fold('Mu\u0308hle')).toBe(fold('Mühle'));
  });

  it('unifies typographic dashes and quotes', () => {
    expect(fold('„Nord–Süd“')).toBe('"nord-sued"');
  });

  it('keys names on letters and digits only', () => {
    expect(nameKey('  Dr.  Anna-Lena  Mörk ')).toBe('dr anna lena moerk');
  });
});
