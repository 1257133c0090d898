// Aggregates file scores into a report and formats it as text.
import { ENTITY_TYPES } from '../../src/domain/index.js';
import type { EntityType, Language } from '../../src/domain/index.js';
import {
  REL_TYPES,
  addCounts,
  toScores,
  type Counts,
  type FileScore,
  type ScoredRelation,
  type Scores,
} from './score.js';
import { formatStructure, type StructureReport } from './structure.js';

/** Micro-averaged scores for a set of files. */
export interface ScopeReport {
  files: number;
  entities: Record<EntityType | 'all', Scores>;
  relations: Record<ScoredRelation | 'all', Scores>;
  roles: { total: number; correct: number; accuracy: number };
}

/** The whole evaluation. */
export interface EvalReport {
  dir: string;
  scopes: Record<Language | 'all', ScopeReport> & { added?: ScopeReport };
  files: FileScore[];
  /** Wall time of parse + extract over all files. */
  extractMs: number;
  /** Headline, date and publisher as the parser reads them from the text alone. */
  structure?: StructureReport;
}

/** Files added to the corpus after the rules were written (de-a-*, de-b-*, en-c-*): the figure for unseen text. */
export const ADDED_FILES = /^(?:de-a|de-b|en-c)-/;

const zero = (): Counts => ({ gold: 0, pred: 0, hitGold: 0, hitPred: 0 });

/** Sums file scores into one micro-averaged scope. */
export function aggregate(files: FileScore[]): ScopeReport {
  const ent = Object.fromEntries([...ENTITY_TYPES, 'all'].map((t) => [t, zero()])) as Record<
    EntityType | 'all',
    Counts
  >;
  const rel = Object.fromEntries([...REL_TYPES, 'all'].map((t) => [t, zero()])) as Record<
    ScoredRelation | 'all',
    Counts
  >;
  let total = 0;
  let correct = 0;
  for (const f of files) {
    for (const t of ENTITY_TYPES) {
      ent[t] = addCounts(ent[t], f.entities[t]);
      ent.all = addCounts(ent.all, f.entities[t]);
    }
    for (const t of REL_TYPES) {
      rel[t] = addCounts(rel[t], f.relations[t]);
      rel.all = addCounts(rel.all, f.relations[t]);
    }
    total += f.roles.total;
    correct += f.roles.correct;
  }
  const mapScores = <K extends string>(r: Record<K, Counts>): Record<K, Scores> =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, toScores(v as Counts)])) as Record<K, Scores>;
  return {
    files: files.length,
    entities: mapScores(ent),
    relations: mapScores(rel),
    roles: { total, correct, accuracy: total === 0 ? 1 : correct / total },
  };
}

const pct = (x: number): string => x.toFixed(2).padStart(5);

function scopeTable(name: string, s: ScopeReport): string[] {
  const lines = [`== ${name} (${s.files} files)`, `${'category'.padEnd(14)} gold  pred   hit     P     R    F1`];
  const row = (label: string, c: Scores): string =>
    `${label.padEnd(14)} ${String(c.gold).padStart(4)}  ${String(c.pred).padStart(4)}  ${String(c.hitGold).padStart(4)} ${pct(c.precision)} ${pct(c.recall)} ${pct(c.f1)}`;
  for (const t of [...ENTITY_TYPES, 'all'] as const) lines.push(row(t === 'all' ? 'entities' : t, s.entities[t]));
  lines.push(
    `${'role-title'.padEnd(14)} ${String(s.roles.total).padStart(4)}        ${String(s.roles.correct).padStart(4)}             ${pct(s.roles.accuracy)}`,
  );
  for (const t of [...REL_TYPES, 'all'] as const) lines.push(row(t === 'all' ? 'relations' : t, s.relations[t]));
  return lines;
}

/** Formats a report as a plain-text table; verbose adds per-file misses and false positives. */
export function formatReport(report: EvalReport, opts: { verbose?: boolean } = {}): string {
  const lines: string[] = [
    `Evaluation of ${report.dir}: ${report.files.length} releases, parse+extract ${report.extractMs.toFixed(0)} ms`,
  ];
  for (const scope of ['de', 'en', 'all'] as const) {
    if (report.scopes[scope].files === 0) continue;
    lines.push('', ...scopeTable(scope, report.scopes[scope]));
  }
  const added = report.scopes.added;
  if (added && added.files > 0) lines.push('', ...scopeTable('added files de-a-*, de-b-*, en-c-*', added));
  if (report.structure) lines.push('', ...formatStructure(report.structure, opts));
  if (opts.verbose) {
    for (const f of report.files) {
      lines.push('', `-- ${f.file} (${f.lang})`);
      for (const m of f.misses) lines.push(`   miss  ${m}`);
      for (const p of f.falsePositives) lines.push(`   extra ${p}`);
      for (const r of f.roleErrors) lines.push(`   role  ${r}`);
    }
  }
  return lines.join('\n');
}
