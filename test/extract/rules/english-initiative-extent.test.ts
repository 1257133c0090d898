import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers.js';

const initiatives = (body: string): string[] =>
  extractText(`News\n\n${body} More information is on the council website.`, 'en', '2024-04-10')
    .entities.filter((e) => e.type === 'Initiative')
    .map((e) => e.name);

describe('possessives and ordinals in English programme names (initiative-extent)', () => {
  it('keeps the possessive of an ordinary or royal noun in the name', () => {
    expect(initiatives('The Queen’s Award for Enterprise was given to Kelbridge Tools.')).toContain(
      'Queen’s Award for Enterprise',
    );
    expect(initiatives('The Children’s Book Festival starts in May.')).toContain('Children’s Book Festival');
  });

  it('leaves out the possessive of a body, an office holder, a time word or the end of a longer name', () => {
    const text =
      'Kelbridge Council’s Youth Awards are open. The tour is part of the Minister’s Budget Tour 2025. ' +
      'Yesterday’s Summer Festival was a success. The Department of Transport’s Better Roads Fund pays.';
    expect(initiatives(text).sort()).toEqual([
      'Better Roads Fund',
      'Budget Tour 2025',
      'Summer Festival',
      'Youth Awards',
    ]);
  });

  it('keeps an ordinal before "Annual" and a possessive inside an event name', () => {
    expect(initiatives('She spoke at the 12th Annual Rural Housing Conference in Kelbridge.')).toContain(
      '12th Annual Rural Housing Conference',
    );
    expect(initiatives('He spoke at the 3rd Annual Farming and Teachers’ Soil Symposium.')).toContain(
      '3rd Annual Farming and Teachers’ Soil Symposium',
    );
  });
});

describe('English honours by their head (en-ini-head, en-ini-head-of)', () => {
  it('reads medals, decorations and an honours system as initiatives', () => {
    const text =
      'The Northvale Medal for Volunteers recognizes volunteers. The Decorations for Bravery honour rescuers. ' +
      'The Meritorious Service Decorations (Civil Division) recognize deeds. The Kelbridge Honours System grew.';
    expect(initiatives(text)).toEqual(
      expect.arrayContaining([
        'Northvale Medal for Volunteers',
        'Decorations for Bravery',
        'Meritorious Service Decorations',
        'Kelbridge Honours System',
      ]),
    );
  });
});

describe('generic honours (en-ini-head)', () => {
  it('reads no plain metal medal or degree class as an initiative', () => {
    const text = 'She won a Gold Medal at the games. He graduated with First Class Honours from the college.';
    expect(initiatives(text)).toEqual([]);
  });
});

describe('rule en-ini-title-of', () => {
  it('reads the programme after a title and "of the" on its own', () => {
    expect(initiatives('They will act as Patrons of the Keep Northvale Tidy Awards, which Kelbridge hosts.')).toContain(
      'Keep Northvale Tidy Awards',
    );
  });
});
