import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The layers and the direction of imports between them (README "Architecture"). Imports are relative, so each
// rule matches the folder names an import climbs into; one block per folder, as a later block replaces an earlier
// one's `no-restricted-imports` for the files both match.
const layers = [
  {
    files: ['src/**/*.ts'],
    forbid: '^(\\.\\./)+(ingest|app)/',
    why: 'src/ is the runtime and never imports ingest/ or app/; wire them together in app/ (the composition root)',
  },
  {
    files: ['src/domain/**/*.ts'],
    forbid: '^\\.\\./(?!(domain|errors)/)',
    why: 'src/domain holds plain types and imports only src/domain and src/errors',
  },
  {
    files: ['src/errors/**/*.ts'],
    forbid: '^\\.\\./(?!errors/)',
    why: 'src/errors imports nothing else of ours',
  },
  {
    files: ['src/ports/**/*.ts'],
    forbid: '^\\.\\./(?!(domain|errors|graph)/)',
    why: 'src/ports imports only src/domain, src/errors and src/graph types, never an adapter, the API, ingest/ or app/',
  },
  {
    files: ['src/graph/**/*.ts', 'src/search/**/*.ts'],
    forbid: '^(\\.\\./)+(stores|api|ingest|app)/',
    why: 'src/graph and src/search work on the ports and never import src/stores, src/api, ingest/ or app/',
  },
  {
    files: ['src/stores/**/*.ts'],
    forbid: '^(\\.\\./)+(api|ingest|app)/',
    why: 'src/stores (adapters) implement the ports and never import src/api, ingest/ or app/',
  },
  {
    files: ['src/api/**/*.ts'],
    forbid: '^(\\.\\./)+(stores|ingest|app)/',
    why: 'src/api works on the ports and never imports src/stores, ingest/ or app/; app/ opens the adapters and injects them',
  },
  {
    files: ['ingest/**/*.ts'],
    forbid: '^(\\.\\./)+(app|src/stores|src/api)/',
    why: 'ingest/ writes through the ports (src/ports/stores.ts), never through an adapter, the API or app/',
  },
  {
    files: ['web/**/*.ts', 'web/**/*.tsx'],
    forbid: '^(\\.\\./)+(src|ingest|app)/',
    why: 'web/ talks to the server over GraphQL only',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'web/dist/',
      'data/',
      '.neo4j/',
      '.neo4j-test/',
      'scripts/neo4j/target/',
      'test-results/',
      '**/*.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      // Type-only imports stay type-only (verbatimModuleSyntax relies on it).
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      // A leading underscore marks a deliberately unused value.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Detecting binary input and cleaning Word exports needs control characters in patterns.
      'no-control-regex': 'off',
    },
  },
  {
    // Extraction is a list of small named rules (README "Architecture"), and nothing in it keeps state between
    // releases at module level: what grows belongs to the extractor or tagger that owns it.
    files: ['ingest/extract/**/*.ts'],
    ignores: ['ingest/extract/gazetteer/build-gazetteer.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 79, skipBlankLines: false, skipComments: false }],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "Program > VariableDeclaration[kind='let'], Program > ExportNamedDeclaration > VariableDeclaration[kind='let']",
          message: 'no module-level mutable state in ingest/extract: keep it in the object that owns it',
        },
      ],
    },
  },
  ...layers.map(({ files, forbid, why }) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: forbid, message: why }] }] },
  })),
);
