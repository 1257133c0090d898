import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

/** The rule ids the project config reports for `code` as a file at `filePath`. */
async function ruleIds(filePath: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return result!.messages.map((m) => m.ruleId);
}

const longFunction = (lines: number): string =>
  `export function rule(): number {\n  let n = 0;\n${'  n += 1;\n'.repeat(lines - 4)}  return n;\n}\n`;

describe('lint rules that keep extraction a list of small stateless rules', () => {
  it('fails an extraction function of 80 lines and lets one of 79 pass', async () => {
    expect(await ruleIds('ingest/extract/de/fake.ts', longFunction(80))).toEqual(['max-lines-per-function']);
    expect(await ruleIds('ingest/extract/de/fake.ts', longFunction(79))).toEqual([]);
  });

  it('fails module-level mutable state in extraction, exported or not', async () => {
    expect(await ruleIds('ingest/extract/core/fake.ts', 'let seen = 0;\nexport const next = () => ++seen;\n')).toEqual([
      'no-restricted-syntax',
    ]);
    expect(
      await ruleIds(
        'ingest/extract/core/fake.ts',
        'export let seen = 0;\nexport function bump(): void {\n  seen += 1;\n}\n',
      ),
    ).toEqual(['no-restricted-syntax']);
    expect(await ruleIds('ingest/extract/core/fake.ts', 'export const TABLE = new Set(["a"]);\n')).toEqual([]);
  });

  it('leaves long functions outside extraction to review', async () => {
    expect(await ruleIds('ingest/parse/fake.ts', longFunction(120))).toEqual([]);
  });
});
