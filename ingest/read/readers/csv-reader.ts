import { pipeline } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import { NotAReleaseError } from '../../../src/errors/not-a-release-error.js';
import { resolveMapping, type ResolvedMapping } from '../field-mapping.js';
import { formatBytes } from '../limits.js';
import type { ReadFailure, ReadItem } from '../raw-document.js';
import type { ReadContext } from '../read-context.js';
import type { ReadInput } from '../read-input.js';
import { recordItem } from '../record-document.js';
import { openTextStream } from '../text-stream.js';

interface Row {
  row: number;
  record: Record<string, string>;
}

/** The errors csv-parse reports while inside one broken record (it may report several). */
interface BrokenRecord {
  row: number;
  errors: CsvError[];
  /** The record's raw text up to its last error. */
  raw: string;
  /** The line the record starts on, and the last line an error was found on. */
  firstLine: number;
  lastLine: number;
}

/**
 * Reads a CSV/TSV export as a stream, one document per row (header row first, delimiter guessed for CSV).
 * A row with broken quoting or the wrong number of fields becomes one failure naming its row and line, and
 * reading goes on; an unclosed quote that swallows the rest of the file ends it with such a failure.
 */
export async function* readCsv(input: ReadInput, context: ReadContext): AsyncGenerator<ReadItem> {
  const text = await openTextStream(input);
  const failures: ReadFailure[] = [];
  let row = 0;
  let broken: BrokenRecord | null = null;
  let stopRow = Infinity;
  // The line the last record (or the header) ended on: a broken record starts on the next one.
  let lastLine = 1;
  const settle = (): void => {
    if (broken === null) return;
    const source = `${input.source}#row=${broken.row}`;
    failures.push({
      source,
      error: new NotAReleaseError(source, describe(broken, context.limits.maxRecordBytes)),
    });
    if (broken.errors.some((error) => error.code === 'CSV_MAX_RECORD_SIZE')) stopRow = broken.row;
    broken = null;
  };
  const parser = parse({
    delimiter: input.ext === '.tsv' ? '\t' : guessDelimiter(input.head.subarray(0, 65536).toString('latin1')),
    columns: (header: string[]) => header.map((name) => name.trim()),
    bom: true,
    raw: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: context.limits.maxRecordBytes,
    // Row numbers are assigned here, in parse order, so that failures and records interleave correctly.
    on_record: ({ record }: { record: Record<string, string> }, info: { lines: number }): Row => {
      settle();
      lastLine = info.lines;
      return { row: ++row, record };
    },
    on_skip: (error: CsvError | undefined, raw: string | undefined) => {
      if (broken === null || !sameRecord(broken, raw ?? '')) {
        settle();
        broken = { row: ++row, errors: [], raw: '', firstLine: lastLine + 1, lastLine: lastLine + 1 };
      }
      if (error) broken.errors.push(error);
      broken.raw = raw ?? '';
      const at = lineOf(error);
      if (at !== undefined) {
        broken.lastLine = Math.max(broken.lastLine, at);
        lastLine = broken.lastLine;
      }
    },
  });
  const rows = pipeline(text, parser, () => {}) as AsyncIterable<Row>;
  let mapping: ResolvedMapping | undefined;
  for await (const { row: number, record } of rows) {
    yield* drain(failures, number);
    if (number > stopRow) break;
    mapping ??= resolveMapping(Object.keys(record), context.mapping, input.source);
    yield recordItem((field) => record[field], mapping, input.source, number);
  }
  settle();
  yield* drain(failures, Infinity);
  if (row === 0) throw new NotAReleaseError(input.source, 'CSV has no data rows (only a header, or nothing)');
}

/**
 * Whether a further error belongs to the record of the last one (csv-parse reports each error, not each
 * record): its raw text continues that record's raw text, which csv-parse restarts at every new record.
 */
function sameRecord(broken: BrokenRecord, raw: string): boolean {
  return raw.length > broken.raw.length && raw.startsWith(broken.raw);
}

/** Yields the failures of rows before `row`, in order. */
function* drain(failures: ReadFailure[], row: number): Generator<ReadFailure> {
  while (failures.length > 0 && rowOf(failures[0]!) < row) yield failures.shift()!;
}

function rowOf(failure: ReadFailure): number {
  return Number(/#row=(\d+)$/u.exec(failure.source)?.[1] ?? 0);
}

function lineOf(error: CsvError | undefined): number | undefined {
  const lines = (error as (CsvError & { lines?: number }) | undefined)?.lines;
  return typeof lines === 'number' ? lines : undefined;
}

/**
 * What went wrong with a row, in words an archivist can act on; a quote left open says what it cost. When the
 * broken row ran over several lines, those lines are named: rows on them are lost with it, not silently.
 */
function describe(broken: BrokenRecord, maxRecordBytes: number): string {
  const reason = describeErrors(broken.errors, maxRecordBytes);
  if (broken.lastLine <= broken.firstLine || /rest of the file/u.test(reason)) return reason;
  return `${reason}; the broken row runs from line ${broken.firstLine} to line ${broken.lastLine}, so any rows on those lines are not read: fix the quoting there and read the file again`;
}

function describeErrors(errors: CsvError[], maxRecordBytes: number): string {
  const [first] = errors;
  if (!first) return 'row cannot be parsed';
  const line = (error: CsvError): string => `line ${String((error as CsvError & { lines?: number }).lines ?? '?')}`;
  const reason = ((): string => {
    switch (first.code) {
      case 'CSV_INVALID_CLOSING_QUOTE':
        return `broken quoting near ${line(first)}: a quote inside a quoted field must be doubled ("")`;
      case 'CSV_QUOTE_NOT_CLOSED':
        return `a quote opened near ${line(first)} is never closed`;
      case 'CSV_RECORD_INCONSISTENT_COLUMNS':
      case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
        return `wrong number of fields near ${line(first)} (${first.message.replace(/^Invalid Record Length: /u, '')}); check delimiters and quoting`;
      case 'CSV_MAX_RECORD_SIZE':
        return `row near ${line(first)} is over ${formatBytes(maxRecordBytes)}, usually a quote that is never closed`;
      default:
        return `cannot be parsed near ${line(first)} (${first.message})`;
    }
  })();
  const codes = new Set(errors.map((error) => error.code));
  if (codes.has('CSV_MAX_RECORD_SIZE')) {
    return first.code === 'CSV_MAX_RECORD_SIZE'
      ? `${reason}; the rest of the file is not read`
      : `${reason}; the row then grew over ${formatBytes(maxRecordBytes)}, so the rest of the file is not read`;
  }
  if (codes.has('CSV_QUOTE_NOT_CLOSED'))
    return `${reason}; the open quote swallowed the rest of the file, fix it and read the file again`;
  return reason;
}

/** The delimiter used most in the header line outside quotes: ",", ";" (German Excel), tab or "|". */
function guessDelimiter(head: string): string {
  const header = head.split(/\r?\n/u, 1)[0] ?? '';
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
    ['|', 0],
  ]);
  let quoted = false;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}
