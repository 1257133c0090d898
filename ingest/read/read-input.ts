import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { NotAReleaseError } from '../../src/errors/not-a-release-error.js';
import { formatBytes } from './limits.js';

/** How many leading bytes are kept for format sniffing and encoding detection. */
export const HEAD_BYTES = 1024 * 1024;

/** One thing to read: a file on disk, or an entry of an archive or e-mail. */
export interface ReadInput {
  /** File path or `archive.zip!/entry`: names the input in sources and messages. */
  source: string;
  /** Lower-case extension of the file or entry name, with the dot ('' if none). */
  ext: string;
  /** Size in bytes (for archive entries: the declared uncompressed size). */
  size: number;
  /** The first bytes (up to HEAD_BYTES), for sniffing. */
  head: Buffer;
  /** Path on disk, when the input is a file (lets zip reading use random access). */
  path?: string;
  /** The whole content; fails with a clear error above `limit` bytes. */
  bytes(limit: number): Promise<Buffer>;
  /** The content as a fresh byte stream. */
  stream(): Promise<Readable>;
}

/** Lower-case extension of a file or entry name ("" for none). */
export function extensionOf(name: string): string {
  return extname(name).toLowerCase();
}

/** Opens a file on disk as a `ReadInput`; throws NotAReleaseError when it is not a readable regular file. */
export async function fileInput(path: string): Promise<ReadInput> {
  let size: number;
  let head: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new NotAReleaseError(path, 'not a regular file');
    size = info.size;
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(Math.min(size, HEAD_BYTES));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof NotAReleaseError) throw error;
    throw new NotAReleaseError(path, `cannot read file (${errorCode(error)})`);
  }
  return {
    source: path,
    ext: extensionOf(path),
    size,
    head,
    path,
    bytes: async (limit) => {
      tooLarge(path, size, limit);
      return readAll(createReadStream(path), limit, path);
    },
    stream: async () => createReadStream(path),
  };
}

/** Wraps bytes already in memory (an e-mail attachment, a nested archive) as a `ReadInput`. */
export function bufferInput(source: string, name: string, bytes: Buffer): ReadInput {
  return {
    source,
    ext: extensionOf(name),
    size: bytes.length,
    head: bytes.subarray(0, HEAD_BYTES),
    bytes: async (limit) => {
      tooLarge(source, bytes.length, limit);
      return bytes;
    },
    stream: async () => Readable.from([bytes]),
  };
}

/** Collects a byte stream, stopping with a clear error once it passes `limit`. */
export async function readAll(stream: Readable, limit: number, source: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      total += bytes.length;
      tooLarge(source, total, limit);
      chunks.push(bytes);
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks);
}

/** Throws when `size` is over `limit`, naming both and the fix. */
export function tooLarge(source: string, size: number, limit: number): void {
  if (size > limit) {
    throw new NotAReleaseError(
      source,
      `too large: over the ${formatBytes(limit)} size limit for one document (it would be read into memory whole); split it or raise limits.maxFileBytes`,
    );
  }
}

// The errno code ("ENOENT", "EACCES") or message of an I/O error.
function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
}
