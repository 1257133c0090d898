/**
 * Splits a `.cypher` file into statements at `;`, skipping `//` and `/* *\/` comments and leaving
 * semicolons inside quotes and backticks alone.
 */
export function splitCypherStatements(text: string): string[] {
  const statements: string[] = [];
  let current = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    const next = text[i + 1];
    if (char === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
      continue;
    }
    if (char === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      current += ' ';
      continue;
    }
    if (char === "'" || char === '"' || char === '`') {
      const end = closingQuote(text, i);
      current += text.slice(i, end);
      i = end;
      continue;
    }
    if (char === ';') {
      statements.push(current);
      current = '';
      i++;
      continue;
    }
    current += char;
    i++;
  }
  statements.push(current);
  return statements.map((statement) => statement.trim()).filter(Boolean);
}

/** Index just past the quote closing the one at `start` (backslash escapes, doubled backticks). */
function closingQuote(text: string, start: number): number {
  const quote = text[start]!;
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '\\' && quote !== '`') {
      i += 2;
      continue;
    }
    if (text[i] === quote) return i + 1;
    i++;
  }
  return text.length;
}
