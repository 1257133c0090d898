import { describe, expect, it } from 'vitest';
import { buildFilter, dayNumber, inList, quoteFilterValue } from '../../src/stores/meilisearch/meili-filter.js';

/**
 * Reads a double-quoted value the way Meilisearch's filter parser does
 * (crates/filter-parser/src/value.rs): find the closing quote skipping backslash pairs, replace
 * `\"` by `"`, then resolve backslash escapes (`\\` → `\`).
 */
function parseQuoted(expression: string): { value: string; rest: string } {
  expect(expression[0]).toBe('"');
  let i = 1;
  let escapedQuote = false;
  for (; i < expression.length && expression[i] !== '"'; i++) {
    if (expression[i] === '\\') {
      i++;
      if (expression[i] === '"') escapedQuote = true;
    }
  }
  expect(i, `unterminated value in ${expression}`).toBeLessThan(expression.length);
  let raw = expression.slice(1, i);
  if (escapedQuote) raw = raw.replaceAll('\\"', '"');
  let value = '';
  for (let j = 0; j < raw.length; j++) {
    if (raw[j] !== '\\') {
      value += raw[j];
      continue;
    }
    const next = raw[++j];
    if (next !== '\\' && next !== '"') throw new Error(`the server would reject the escape \\${next ?? ''}`);
    value += next;
  }
  return { value, rest: expression.slice(i + 1) };
}

describe('Meilisearch filter expressions', () => {
  const tricky = [
    'MeißelArbeit',
    'Amt "Nord"',
    'C:\\Pfad\\',
    '\\"',
    'a\\\\"b',
    "O'Brien",
    'x" OR publisher = "y',
    'publisher = 1 AND (',
    'NOT IN [ ] TO EXISTS',
    '',
    'ünïcödé 🚀',
  ];

  it('quotes values so the server reads back exactly the original string', () => {
    for (const value of tricky) {
      const { value: parsed, rest } = parseQuoted(quoteFilterValue(value));
      expect(parsed, value).toBe(value);
      expect(rest, value).toBe('');
    }
  });

  it('keeps an injected quote inside the value', () => {
    expect(quoteFilterValue('x" OR publisher = "y')).toBe('"x\\" OR publisher = \\"y"');
  });

  it('lists values with IN and turns ISO days into sortable numbers', () => {
    expect(inList('language', ['de', 'en'])).toBe('language IN ["de", "en"]');
    expect(dayNumber('2024-05-02')).toBe(20240502);
  });

  it('builds one AND-ed expression per filter field and one per required entity', () => {
    expect(
      buildFilter({
        publisher: ['Landkreis Osnabrück', 'Amt "Nord"'],
        language: ['de'],
        dateFrom: '2024-01-01',
        dateTo: '2024-12-31',
        entityIds: ['per:anja-ahlerding', 'ini:gruene-strasse'],
        types: ['Person', 'Initiative'],
      }),
    ).toEqual([
      'publisher IN ["Landkreis Osnabrück", "Amt \\"Nord\\""]',
      'language IN ["de"]',
      'day >= 20240101',
      'day <= 20241231',
      'entity_ids = "per:anja-ahlerding"',
      'entity_ids = "ini:gruene-strasse"',
      'entity_types IN ["Person", "Initiative"]',
    ]);
    expect(buildFilter({})).toEqual([]);
  });
});
