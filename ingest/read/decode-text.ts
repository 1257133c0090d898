import chardet from 'chardet';
import iconv from 'iconv-lite';
import { NotAReleaseError } from '../../src/errors/not-a-release-error.js';
import { fixMojibake } from './fix-mojibake.js';

/** Encoding names as iconv-lite knows them. */
export type EncodingName = string;

const LATIN = /^(?:windows-125[0247]|iso-8859-(?:1|2|9|13|15))$/iu;

/**
 * Guesses the encoding of `sample` (the start of a file): BOMs first, then BOM-less UTF-16 by its NUL pattern,
 * then valid UTF-8, then chardet. Single-byte Latin guesses become Windows-1252, the superset old German
 * archives use. Returns null for binary data (NUL bytes that are not UTF-16).
 */
export function detectEncoding(sample: Buffer, declared?: string): EncodingName | null {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf8';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf16be';
  const utf16 = bomLessUtf16(sample);
  if (utf16) return utf16;
  if (sample.includes(0)) return null;
  const validUtf8 = isUtf8(sample);
  if (declared && iconv.encodingExists(declared)) {
    const isUtf8Name = /^utf-?8$/iu.test(declared);
    // A page that declares UTF-8 but is not is usually Windows-1252; a declared single-byte set is trusted.
    if (!isUtf8Name || validUtf8) return isUtf8Name ? 'utf8' : normaliseLatin(declared);
  }
  if (validUtf8) return 'utf8';
  const [best] = chardet.analyse(sample);
  // Short German text often gets a low-confidence CJK guess; only a confident non-Latin answer is believed.
  if (best && best.confidence >= 70 && !LATIN.test(best.name) && iconv.encodingExists(best.name)) return best.name;
  return 'windows-1252';
}

/**
 * Decodes a whole document to a string with the detected encoding and repairs double-encoded UTF-8.
 * Throws NotAReleaseError for binary data.
 */
export function decodeText(bytes: Buffer, source: string, declared?: string): string {
  const encoding = detectEncoding(bytes.subarray(0, 1024 * 1024), declared);
  if (encoding === null) {
    throw new NotAReleaseError(
      source,
      'looks binary (contains NUL bytes), not text; if it is a document of another kind, give it the matching extension',
    );
  }
  return fixMojibake(iconv.decode(bytes, encoding));
}

function normaliseLatin(name: string): EncodingName {
  return /^(?:iso-?8859-1|latin-?1|us-ascii|ascii)$/iu.test(name) ? 'windows-1252' : name;
}

/** Whether the bytes are valid UTF-8; a sequence cut off at the end of the sample does not count against it. */
function isUtf8(sample: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** UTF-16 without a BOM: text in Latin script has a NUL in every other byte (high byte first in BE). */
function bomLessUtf16(sample: Buffer): 'utf16le' | 'utf16be' | null {
  const length = Math.min(sample.length, 4096) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  const guess =
    oddZeros / pairs > 0.3 && evenZeros / pairs < 0.05
      ? 'utf16le'
      : evenZeros / pairs > 0.3 && oddZeros / pairs < 0.05
        ? 'utf16be'
        : null;
  // Binary data can show the same NUL pattern; real text decodes to mostly letters, digits, punctuation and spaces.
  return guess && looksLikeText(iconv.decode(sample.subarray(0, length), guess)) ? guess : null;
}

function looksLikeText(text: string): boolean {
  const readable = text.match(/[\p{L}\p{N}\p{P}\p{S}\s]/gu)?.length ?? 0;
  return text.length > 0 && readable / text.length >= 0.9;
}
