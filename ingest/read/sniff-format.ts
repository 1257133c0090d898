import iconv from 'iconv-lite';
import { NotAReleaseError } from '../../src/errors/not-a-release-error.js';
import { detectEncoding } from './decode-text.js';
import { FORMAT_BY_EXTENSION, type Format } from './formats.js';

// Signatures of binary formats nobody should feed to a text reader, and what to do instead.
const UNSUPPORTED: { magic: number[]; reason: string }[] = [
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    reason: 'is a legacy Microsoft Office file (.doc/.xls/.ppt), which is not supported; save it as DOCX or PDF',
  },
  {
    magic: [0x7b, 0x5c, 0x72, 0x74, 0x66],
    reason: 'is an RTF document, which is not supported; save it as DOCX or plain text',
  },
  { magic: [0x89, 0x50, 0x4e, 0x47], reason: 'is a PNG image, not a text document' },
  { magic: [0xff, 0xd8, 0xff], reason: 'is a JPEG image, not a text document' },
  { magic: [0x47, 0x49, 0x46, 0x38], reason: 'is a GIF image, not a text document' },
  { magic: [0x1f, 0x8b], reason: 'is gzip-compressed; unpack it first' },
  {
    magic: [0x52, 0x61, 0x72, 0x21],
    reason: 'is a RAR archive, which is not supported; unpack it or repack it as zip',
  },
  {
    magic: [0x37, 0x7a, 0xbc, 0xaf],
    reason: 'is a 7-Zip archive, which is not supported; unpack it or repack it as zip',
  },
];
const SIGNED: Partial<Record<Format, string>> = { pdf: 'PDF', docx: 'DOCX (zip)', zip: 'zip' };

const FEED = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[\s\S]*?\?>\s*)*<(?:rss|feed|rdf:RDF)\b/iu;
const HTML = /^(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/iu;

/**
 * Picks the reader for an input: file signatures win over the extension (a `.txt` that is really a PDF or
 * zip), text-like inputs are sniffed for HTML, feeds and e-mail, and the extension decides the rest.
 * Throws NotAReleaseError for recognised formats that cannot be read (images, legacy Office, RAR, …).
 */
export function detectFormat(source: string, ext: string, head: Buffer): Format {
  if (head.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) {
    return ext === '.docx' ? 'docx' : 'zip';
  }
  const unsupported = UNSUPPORTED.find(({ magic }) => startsWith(head, magic));
  if (unsupported) throw new NotAReleaseError(source, unsupported.reason);
  const byExtension = FORMAT_BY_EXTENSION.get(ext);
  const signed = byExtension ? SIGNED[byExtension] : undefined;
  if (signed) {
    throw new NotAReleaseError(source, `does not start with a ${signed} signature: the file is damaged or mislabelled`);
  }
  if (byExtension !== undefined && byExtension !== 'text') return byExtension;
  return sniffText(head) ?? 'text';
}

/** HTML, feed or e-mail recognised from the first characters of a text-like input. */
function sniffText(head: Buffer): Format | null {
  const sample = head.subarray(0, 8192);
  const encoding = detectEncoding(sample);
  if (encoding === null) return null;
  const text = iconv.decode(sample, encoding).trimStart();
  if (FEED.test(text)) return 'feed';
  if (HTML.test(text)) return 'html';
  if (looksLikeEmail(text)) return 'eml';
  return null;
}

/** A header block ("Name: value" lines up to a blank line) with From: and a header only mail has. */
function looksLikeEmail(text: string): boolean {
  const end = text.search(/\r?\n\r?\n/u);
  if (end < 0) return false;
  const names = new Set<string>();
  for (const line of text.slice(0, end).split(/\r?\n/u)) {
    if (/^[ \t]/u.test(line)) continue;
    const header = /^([!-9;-~]+):/u.exec(line);
    if (!header) return false;
    names.add(header[1]!.toLowerCase());
  }
  return names.has('from') && ['message-id', 'mime-version', 'received', 'return-path'].some((name) => names.has(name));
}

function startsWith(head: Buffer, magic: number[]): boolean {
  return magic.every((byte, i) => head[i] === byte);
}
