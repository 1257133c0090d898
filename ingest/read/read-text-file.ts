import { readFile, stat } from 'node:fs/promises';
import iconv from 'iconv-lite';
import type { SourceMeta } from '../../src/domain/release.js';
import { NotAReleaseError } from '../../src/errors/not-a-release-error.js';

/** A document as read from its source, before parsing. */
export interface RawDocument {
  raw: string;
  meta: SourceMeta;
}

const MAX_BYTES = 20 * 1024 * 1024;

/** Reads a plain-text or Markdown file, decoding UTF-8 (with or without BOM) and UTF-16 with BOM. */
export async function readTextFile(path: string): Promise<RawDocument> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new NotAReleaseError(path, 'not a regular file');
    if (info.size === 0) throw new NotAReleaseError(path, 'file is empty');
    if (info.size > MAX_BYTES) throw new NotAReleaseError(path, `file is larger than ${MAX_BYTES / 1024 / 1024} MB`);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof NotAReleaseError) throw error;
    throw new NotAReleaseError(path, `cannot read file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return { raw: decode(bytes, path), meta: { source: path, title: undefined } };
}

function decode(bytes: Buffer, path: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.includes(0)) throw new NotAReleaseError(path, 'looks binary (contains NUL bytes), not a text release');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(body);
  // Invalid UTF-8 decodes to U+FFFD; old German archives are mostly Windows-1252 („ “ € included).
  if (text.includes('\uFFFD')) return iconv.decode(body, 'win1252');
  return text;
}
