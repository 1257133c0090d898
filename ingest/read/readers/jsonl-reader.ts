import { NotAReleaseError } from '../../../src/errors/not-a-release-error.js';
import { resolveMapping } from '../field-mapping.js';
import { isObject, jsonFields, jsonPaths } from '../json-record.js';
import { formatBytes } from '../limits.js';
import type { ReadItem } from '../raw-document.js';
import type { ReadContext } from '../read-context.js';
import type { ReadInput } from '../read-input.js';
import { recordItem } from '../record-document.js';
import { boundedLines } from '../text-lines.js';
import { openTextStream } from '../text-stream.js';

/** Reads JSON Lines as a stream, one document per line; `#row=N` is the line number, blank lines are skipped. */
export async function* readJsonl(input: ReadInput, context: ReadContext): AsyncGenerator<ReadItem> {
  const text = await openTextStream(input);
  let count = 0;
  for await (const line of boundedLines(text, context.limits.maxRecordBytes)) {
    const source = `${input.source}#row=${line.number}`;
    try {
      if ('tooLong' in line) {
        count++;
        throw new NotAReleaseError(source, `line is over ${formatBytes(context.limits.maxRecordBytes)}; skipped`);
      }
      if (line.text.trim() === '') continue;
      count++;
      let record: unknown;
      try {
        record = JSON.parse(line.text);
      } catch (error) {
        throw new NotAReleaseError(source, `invalid JSON (${(error as Error).message})`);
      }
      if (!isObject(record)) throw new NotAReleaseError(source, 'line is not a JSON object');
      yield recordItem(
        jsonFields(record),
        resolveMapping(jsonPaths(record), context.mapping, source, { optionalMayBeMissing: true }),
        input.source,
        line.number,
      );
    } catch (error) {
      if (!(error instanceof NotAReleaseError)) throw error;
      yield { source, error };
    }
  }
  if (count === 0) throw new NotAReleaseError(input.source, 'JSON Lines file has no records');
}
