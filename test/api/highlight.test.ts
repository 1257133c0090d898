import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../src/api/cursor.js';
import { excerptHtml, markRanges } from '../../src/api/highlight.js';

describe('highlighting from match ranges', () => {
  it('wraps each range in <mark> and HTML-escapes everything, marked or not', () => {
    const text = 'Fähre & Hafen <b>Ost</b>';
    expect(
      markRanges(text, [
        { start: 0, end: 5 },
        { start: 8, end: 13 },
      ]),
    ).toBe('<mark>Fähre</mark> &#38; <mark>Hafen</mark> &#60;b&#62;Ost&#60;/b&#62;');
    expect(markRanges('a<b', [{ start: 1, end: 2 }])).toBe('a<mark>&#60;</mark>b');
  });

  it('skips ranges that overlap, go backwards or leave the text instead of garbling the markup', () => {
    const text = 'eins zwei drei';
    const ranges = [
      { start: 5, end: 9 },
      { start: 6, end: 8 },
      { start: 0, end: 4 },
      { start: 10, end: 99 },
    ];
    expect(markRanges(text, ranges)).toBe('eins <mark>zwei</mark> drei');
  });

  it('puts an ellipsis where the excerpt is cut from the body', () => {
    const excerpt = { text: 'der Hafen wächst', matches: [{ start: 4, end: 9 }], cutBefore: true, cutAfter: false };
    expect(excerptHtml(excerpt)).toBe('… der <mark>Hafen</mark> wächst');
    expect(excerptHtml({ ...excerpt, cutBefore: false, cutAfter: true })).toBe('der <mark>Hafen</mark> wächst …');
    expect(excerptHtml({ text: '', matches: [], cutBefore: false, cutAfter: false })).toBe('');
  });
});

describe('page cursors', () => {
  it('round-trips an offset, reads a missing cursor as the first page and refuses a forged one', () => {
    expect(decodeCursor(encodeCursor(42))).toBe(42);
    expect(decodeCursor(undefined)).toBe(0);
    expect(decodeCursor('')).toBe(0);
    expect(() => decodeCursor('bogus')).toThrow(/invalid cursor "bogus"/);
  });
});
