import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { NotAReleaseError } from '../../../src/errors/not-a-release-error.js';
import { SUPPORTED_EXTENSIONS } from '../formats.js';
import { formatBytes } from '../limits.js';
import type { ReadItem } from '../raw-document.js';
import type { ReadContext } from '../read-context.js';
import { extensionOf, HEAD_BYTES, readAll, type ReadInput } from '../read-input.js';
import { readDocx } from './docx-reader.js';

interface Member {
  name: string;
  entry: Entry;
}

// Office Open XML and OpenDocument files are zips too; their marker entries tell them apart.
const OFFICE: { marker: string; reason?: string }[] = [
  { marker: 'word/document.xml' },
  { marker: 'xl/workbook.xml', reason: 'is an Excel workbook, which is not supported; export the sheet as CSV' },
  { marker: 'ppt/presentation.xml', reason: 'is a PowerPoint file, which is not supported; export it as PDF' },
  { marker: 'content.xml', reason: 'is an OpenDocument file, which is not supported; save it as DOCX or PDF' },
];

/**
 * Reads every entry of a zip archive in a supported format with the normal dispatch (nested folders and
 * zips included), sourced `archive.zip!/folder/entry.txt`. Hidden entries and other file types are skipped
 * as in folder walks. Guards against zip bombs: too many entries or too many uncompressed bytes stop the
 * whole archive; a damaged or encrypted entry only fails itself.
 */
export async function* readZip(input: ReadInput, context: ReadContext): AsyncGenerator<ReadItem> {
  const zip = await openZip(input, context);
  try {
    const members = await listMembers(zip, input.source, context);
    const names = new Set(members.map((member) => member.name));
    const office =
      names.has('[Content_Types].xml') || names.has('mimetype')
        ? OFFICE.find(({ marker }) => names.has(marker))
        : undefined;
    if (office) {
      if (office.reason) throw new NotAReleaseError(input.source, office.reason);
      yield* readDocx(input, context);
      return;
    }
    const readable = members.filter(({ name }) => isReadable(name));
    if (readable.length === 0) {
      throw new NotAReleaseError(
        input.source,
        `zip has no entries of a supported type (${[...SUPPORTED_EXTENSIONS].join(' ')})`,
      );
    }
    const total = readable.reduce((sum, { entry }) => sum + entry.uncompressedSize, 0);
    if (total > context.limits.maxZipTotalBytes) {
      throw new NotAReleaseError(
        input.source,
        `zip would expand to ${formatBytes(total)}, over the ${formatBytes(context.limits.maxZipTotalBytes)} limit (zip bomb guard); unpack it and read the folder`,
      );
    }
    for (const member of readable) {
      const source = `${input.source}!/${member.name}`;
      const problem = entryProblem(member.entry, context);
      if (problem) {
        yield { source, error: new NotAReleaseError(source, problem) };
        continue;
      }
      let entryInput: ReadInput;
      try {
        entryInput = await memberInput(zip, member, source);
      } catch (error) {
        yield { source, error: damaged(source, error) };
        continue;
      }
      yield* context.dispatch(entryInput, { ...context, depth: context.depth + 1 });
    }
  } finally {
    zip.close();
  }
}

async function openZip(input: ReadInput, context: ReadContext): Promise<ZipFile> {
  // Names are decoded below, so that one bad name fails its entry instead of the whole archive.
  const options = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true };
  try {
    return input.path !== undefined
      ? await yauzl.openPromise(input.path, options)
      : await yauzl.fromBufferPromise(await input.bytes(context.limits.maxFileBytes), options);
  } catch (error) {
    if (error instanceof NotAReleaseError) throw error;
    throw new NotAReleaseError(
      input.source,
      `zip archive cannot be opened, the file is truncated or damaged (${(error as Error).message})`,
    );
  }
}

async function listMembers(zip: ZipFile, source: string, context: ReadContext): Promise<Member[]> {
  if (zip.entryCount > context.limits.maxZipEntries) {
    throw new NotAReleaseError(
      source,
      `zip lists ${zip.entryCount} entries, over the limit of ${context.limits.maxZipEntries} (zip bomb guard); unpack it and read the folder`,
    );
  }
  const members: Member[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      const raw = entry.fileName as unknown as Buffer;
      const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, false);
      members.push({ name, entry });
    }
  } catch (error) {
    throw new NotAReleaseError(source, `zip directory is damaged (${(error as Error).message})`);
  }
  return members;
}

/** Folders, hidden files, macOS resource forks and unsupported types are skipped like in a folder walk. */
function isReadable(name: string): boolean {
  if (name.endsWith('/')) return false;
  if (name.split('/').some((part) => part.startsWith('.') || part === '__MACOSX')) return false;
  return SUPPORTED_EXTENSIONS.has(extensionOf(name));
}

function entryProblem(entry: Entry, context: ReadContext): string | null {
  if (entry.isEncrypted()) return 'entry is encrypted; unpack the archive with its password and read the folder';
  if (!entry.canDecodeFileData())
    return `entry uses compression method ${entry.compressionMethod}, which cannot be read; repack the archive`;
  if (context.depth >= context.limits.maxDepth)
    return `nested more than ${context.limits.maxDepth} archives deep; not read`;
  return null;
}

/** An entry as a ReadInput: the head is read up front for sniffing, the content is streamed again on demand. */
async function memberInput(zip: ZipFile, member: Member, source: string): Promise<ReadInput> {
  const stream = async (): Promise<Readable> => {
    try {
      return await zip.openReadStreamPromise(member.entry);
    } catch (error) {
      throw damaged(source, error);
    }
  };
  return {
    source,
    ext: extensionOf(member.name),
    size: member.entry.uncompressedSize,
    head: await readHead(await stream(), source),
    bytes: async (limit) => {
      try {
        return await readAll(await stream(), limit, source);
      } catch (error) {
        throw damaged(source, error);
      }
    },
    stream,
  };
}

async function readHead(stream: Readable, source: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      chunks.push(chunk as Buffer);
      length += (chunk as Buffer).length;
      if (length >= HEAD_BYTES) break;
    }
  } catch (error) {
    throw damaged(source, error);
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).subarray(0, HEAD_BYTES);
}

/** A read error of an entry (bad compressed data, wrong size) as a failure of that entry. */
function damaged(source: string, error: unknown): NotAReleaseError {
  if (error instanceof NotAReleaseError) return error;
  return new NotAReleaseError(source, `entry is damaged (${(error as Error).message}); repack the archive`);
}
