// Scores what the parser reads from a release's text alone (headline, date, publisher) against the gold files.
import { nameKey } from '../../src/domain/index.js';
import type { Language, Release } from '../../src/domain/index.js';
import { NotAReleaseError } from '../../src/errors/not-a-release-error.js';
import { parseRelease } from '../parse/parse-release.js';
import type { GoldFile } from './gold.js';

/** One field's tally: gold values, how many were read right, and values read where the gold has none. */
export interface FieldTally {
  /** Files whose gold states the field. */
  gold: number;
  /** Of those, files where the parser read it right. */
  correct: number;
  /** Files where the parser gave a value (right or wrong). */
  predicted: number;
  /** Values given where the gold has none (an invented date, a publisher the text does not name…). */
  invented: number;
}

/** Title, date and publisher accuracy of the parser over a set of gold files. */
export interface StructureReport {
  files: number;
  /** Files the parser refused as "not a release"; every gold file is a real release. */
  rejected: number;
  title: FieldTally;
  date: FieldTally;
  publisher: FieldTally;
  /** One line per wrong, missing or invented value, for the verbose report. */
  errors: string[];
}

const zero = (): FieldTally => ({ gold: 0, correct: 0, predicted: 0, invented: 0 });

/** Title key: case and quotation marks folded, spaces collapsed; other punctuation counts. */
export function structureTitleKey(title: string): string {
  return title
    .normalize('NFC')
    .toLowerCase()
    .replace(/[„“”‚‘’«»"'‹›]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * True when a parsed publisher names the gold publisher. Gold publishers carry notes
 * ("Kreis X (Pressestelle; distributed via …)", "Office Y, republished by …"): the parsed name must equal the
 * name before the notes (up to a parenthesis, or up to the first comma), a multi-word part of the notes, or be the
 * gold name without its trailing region ("Ministerium für X" for "Ministerium für X Land Y", three words at least).
 */
export function publisherMatches(parsed: string, gold: string): boolean {
  const key = nameKey(parsed);
  if (key === '') return false;
  const name = gold.split(/\s*(?:[(;]|\bvia\b|,?\s*\brepublished by\b|,?\s*\barchived on\b)\s*/u)[0]!;
  const notes = gold.slice(name.length).split(/\s*(?:[(),;/]|\bvia\b|\brepublished by\b|\bas named in\b)\s*/u);
  const names = [name, name.split(',')[0]!].map(nameKey);
  if (names.includes(key)) return true;
  if (notes.map(nameKey).some((part) => part === key && part.includes(' '))) return true;
  return key.split(' ').length >= 3 && names[0]!.startsWith(`${key} `);
}

function tally(t: FieldTally, gold: string | null, parsed: string | null, right: boolean): void {
  if (parsed !== null) t.predicted++;
  if (gold === null) {
    if (parsed !== null) t.invented++;
    return;
  }
  t.gold++;
  if (parsed !== null && right) t.correct++;
}

/** Parses every gold file's text without its metadata and tallies title, date and publisher against the gold. */
export function scoreStructure(golds: { file: string; gold: GoldFile }[], lang?: Language): StructureReport {
  const report: StructureReport = {
    files: 0,
    rejected: 0,
    title: zero(),
    date: zero(),
    publisher: zero(),
    errors: [],
  };
  for (const { file, gold } of golds) {
    if (lang && gold.lang !== lang) continue;
    report.files++;
    let release: Release;
    try {
      release = parseRelease(gold.text, { source: file });
    } catch (error) {
      if (!(error instanceof NotAReleaseError)) throw error;
      report.rejected++;
      report.errors.push(`${file}: rejected: ${error.message}`);
      continue;
    }
    const goldTitle = gold.title ?? null;
    const goldDate = gold.date ?? null;
    const goldPublisher = gold.publisher ?? null;
    // A title is always derived; only gold titles are scored, a derived one is no invention.
    if (goldTitle !== null) {
      const right = structureTitleKey(release.title) === structureTitleKey(goldTitle);
      tally(report.title, goldTitle, release.title, right);
      if (!right) report.errors.push(`${file}: title "${release.title}", gold "${goldTitle}"`);
    }
    const dateRight = release.date === goldDate;
    tally(report.date, goldDate, release.date, dateRight);
    if (!dateRight) report.errors.push(`${file}: date ${release.date ?? '-'}, gold ${goldDate ?? '-'}`);
    const publisherRight =
      release.publisher !== null && goldPublisher !== null && publisherMatches(release.publisher, goldPublisher);
    tally(report.publisher, goldPublisher, release.publisher, publisherRight);
    // The text names its publisher only sometimes, so only a wrong one is listed, not a missing one.
    if (release.publisher !== null && !publisherRight) {
      report.errors.push(`${file}: publisher "${release.publisher}", gold "${goldPublisher ?? '-'}"`);
    }
  }
  return report;
}

const ratio = (n: number, d: number): string => `${n}/${d} (${d === 0 ? '100.0' : ((100 * n) / d).toFixed(1)} %)`;

/** Formats the structure scores as report lines. */
export function formatStructure(r: StructureReport, opts: { verbose?: boolean } = {}): string[] {
  const lines = [
    `== structure (parsed from the text alone, ${r.files} files, ${r.rejected} rejected)`,
    `title      right ${ratio(r.title.correct, r.title.gold)} of releases with a gold title`,
    `date       right ${ratio(r.date.correct, r.date.gold)} of releases that state one; invented ${r.date.invented}`,
    `publisher  right ${ratio(r.publisher.correct, r.publisher.predicted)} of those read; found ${ratio(r.publisher.correct, r.publisher.gold)} of gold publishers`,
  ];
  if (opts.verbose) lines.push(...r.errors.map((e) => `   ${e}`));
  return lines;
}
