export { evaluateDirectory, type EvalOptions } from './evaluate.js';
export { formatReport, aggregate, type EvalReport, type ScopeReport } from './report.js';
export { scoreFile, toScores, type FileScore, type Scores, type Counts } from './score.js';
export { titleKey, titlesMatch } from './titles.js';
export { readGold, readGoldDir, goldRelease, type GoldFile, type GoldEntity, type GoldRelation } from './gold.js';
export {
  scoreStructure,
  formatStructure,
  structureTitleKey,
  publisherMatches,
  type StructureReport,
} from './structure.js';
export { evaluateGermEval, formatChunkReport, readGermEval, scoreChunks, type ChunkReport } from './germeval.js';
