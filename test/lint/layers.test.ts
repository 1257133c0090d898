import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

/** The `no-restricted-imports` messages the project config gives `filePath` importing `source`. */
async function layerErrors(filePath: string, source: string): Promise<string[]> {
  const code = `import { value } from '${source}';\nexport const used = value;\n`;
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  expect(result!.messages.filter((m) => m.ruleId !== 'no-restricted-imports')).toEqual([]);
  return result!.messages.map((m) => m.message);
}

describe('lint rules for the direction of imports between layers', () => {
  it('fails an API file that imports ingest/, naming the rule and the fix', async () => {
    expect(await layerErrors('src/api/fake.ts', '../../ingest/x.js')).toEqual([
      expect.stringMatching(
        /'\.\.\/\.\.\/ingest\/x\.js'.*src\/api .*never imports .*ingest\/.*app\/ opens the adapters/,
      ),
    ]);
  });

  it('lets an API file import a port', async () => {
    expect(await layerErrors('src/api/fake.ts', '../ports/search-index.js')).toEqual([]);
    expect(await layerErrors('src/api/resolvers/fake.ts', '../../ports/stores.js')).toEqual([]);
  });

  it.each([
    ['src/api/resolvers/fake.ts', '../../stores/sqlite/x.js'],
    ['src/api/fake.ts', '../../app/cli/open-stores.js'],
    ['src/domain/fake.ts', '../ports/graph-store.js'],
    ['src/errors/fake.ts', '../domain/entity.js'],
    ['src/ports/fake.ts', '../stores/sqlite/x.js'],
    ['src/ports/fake.ts', '../api/cursor.js'],
    ['src/search/fake.ts', '../stores/sqlite/x.js'],
    ['src/stores/sqlite/fake.ts', '../../api/highlight.js'],
    ['src/stores/fake.ts', '../../ingest/write-release.js'],
    ['src/config.ts', '../app/cli/main.js'],
    ['ingest/run/fake.ts', '../../src/stores/sqlite/x.js'],
    ['ingest/fake.ts', '../src/api/context.js'],
    ['ingest/fake.ts', '../app/cli/main.js'],
    ['web/src/fake.ts', '../../src/ports/search-index.js'],
  ])('fails %s importing %s', async (file, source) => {
    expect(await layerErrors(file, source)).toHaveLength(1);
  });

  it.each([
    ['src/domain/fake.ts', '../errors/civic-error.js'],
    ['src/domain/fake.ts', './entity.js'],
    ['src/ports/fake.ts', '../domain/entity.js'],
    ['src/ports/fake.ts', '../graph/name-lookup.js'],
    ['src/stores/sqlite/fake.ts', '../../ports/search-index.js'],
    ['src/search/fake.ts', '../ports/graph-store.js'],
    ['ingest/run/fake.ts', '../../src/ports/stores.js'],
    ['ingest/fake.ts', '../src/domain/release.js'],
    ['app/cli/fake.ts', '../../ingest/run/run-ingest.js'],
    ['app/cli/fake.ts', '../../src/stores/sqlite/create-embedded-stores.js'],
  ])('lets %s import %s', async (file, source) => {
    expect(await layerErrors(file, source)).toEqual([]);
  });
});
