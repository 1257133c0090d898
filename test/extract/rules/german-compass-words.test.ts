import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers.js';

const names = (text: string): string[] => extractText(text, 'de').entities.map((e) => `${e.type}: ${e.name}`);

describe('German compass words', () => {
  it('alone name no place or body, but stay in the names they qualify', () => {
    const found = names(
      'Einbruch in Talheim\n\nDie Ermittlungen führt das Kommissariat der Polizeidirektion 4 (Süd). Zeugen in Talheim-Süd und in Nordheide-Ost sahen den Wagen.',
    );
    expect(found.filter((n) => /: (?:Süd|Ost|Nord|West)$/.test(n))).toEqual([]);
    expect(found).toContain('Organisation: Polizeidirektion 4');
    expect(found).toContain('Place: Talheim-Süd');
  });
});
