/** One line of a stream, numbered from 1; an overlong line is reported instead of kept. */
export type NumberedLine = { number: number; text: string } | { number: number; tooLong: true };

/**
 * Splits a text stream into lines without ever holding more than `maxChars` of one line: a longer line is
 * skipped up to its end and reported as `tooLong`, and the lines after it are read as usual.
 */
export async function* boundedLines(chunks: AsyncIterable<string>, maxChars: number): AsyncGenerator<NumberedLine> {
  let number = 1;
  let pending = '';
  let overflow = false;
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf('\n'); end >= 0; end = chunk.indexOf('\n', start)) {
      const piece = chunk.slice(start, end);
      yield overflow || pending.length + piece.length > maxChars
        ? { number, tooLong: true }
        : { number, text: (pending + piece).replace(/\r$/u, '') };
      number++;
      pending = '';
      overflow = false;
      start = end + 1;
    }
    const rest = chunk.slice(start);
    if (overflow || pending.length + rest.length > maxChars) {
      overflow = true;
      pending = '';
    } else {
      pending += rest;
    }
  }
  if (overflow) yield { number, tooLong: true };
  else if (pending !== '') yield { number, text: pending.replace(/\r$/u, '') };
}
