// Runs parse + extract over a directory of gold files and scores the result.
import type { Language, Release } from '../../src/domain/index.js';
import { createReleaseExtractor } from '../extract/create-extractor.js';
import { goldRelease, readGoldDir, type GoldFile } from './gold.js';
import { ADDED_FILES, aggregate, type EvalReport } from './report.js';
import { scoreFile, type FileScore } from './score.js';
import { scoreStructure } from './structure.js';

/** Options of an evaluation run. */
export interface EvalOptions {
  /** Keep per-file details (always collected; kept for the formatter's verbose mode). */
  verbose?: boolean;
  /** Only files of this language. */
  lang?: Language;
  /** Parser to use instead of ingest/parse (tests). */
  parse?: (file: string, gold: GoldFile) => Release;
}

/** Evaluates the extractor on every gold file in a directory. */
export function evaluateDirectory(dir: string, opts: EvalOptions = {}): EvalReport {
  const parse = opts.parse ?? goldRelease;
  const extractRelease = createReleaseExtractor();
  const files: FileScore[] = [];
  let extractMs = 0;
  const golds = readGoldDir(dir);
  for (const { file, gold } of golds) {
    if (opts.lang && gold.lang !== opts.lang) continue;
    const t0 = performance.now();
    const extraction = extractRelease(parse(file, gold));
    extractMs += performance.now() - t0;
    files.push(scoreFile(file, gold, extraction));
  }
  return {
    dir,
    scopes: {
      de: aggregate(files.filter((f) => f.lang === 'de')),
      en: aggregate(files.filter((f) => f.lang === 'en')),
      all: aggregate(files),
      added: aggregate(files.filter((f) => ADDED_FILES.test(f.file))),
    },
    files,
    extractMs,
    structure: scoreStructure(golds, opts.lang),
  };
}
