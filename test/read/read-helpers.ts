import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import yazl from 'yazl';
import {
  isReadFailure,
  readDocuments,
  type RawDocument,
  type ReadFailure,
  type ReadOptions,
} from '../../ingest/read/read-documents.js';

/** A temporary folder per test, removed afterwards. */
export interface TempDir {
  path: string;
  /** Writes a file (string as UTF-8) and returns its path. */
  write(name: string, content: string | Uint8Array): string;
  remove(): void;
}

export function makeTempDir(): TempDir {
  const path = mkdtempSync(join(tmpdir(), 'civicgraph-read-'));
  return {
    path,
    write: (name, content) => {
      const file = join(path, name);
      writeFileSync(file, content);
      return file;
    },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}

/** Everything readDocuments yields for `path`, split into documents and failures (in order within each). */
export async function readAll(
  path: string,
  options?: ReadOptions,
): Promise<{ docs: RawDocument[]; failures: ReadFailure[] }> {
  const docs: RawDocument[] = [];
  const failures: ReadFailure[] = [];
  for await (const item of readDocuments(path, options)) {
    if (isReadFailure(item)) failures.push(item);
    else docs.push(item);
  }
  return { docs, failures };
}

/** The failure messages of a read, for compact assertions. */
export function messages(failures: ReadFailure[]): string[] {
  return failures.map((failure) => failure.error.message);
}

/** Builds a zip in memory; `store` entries are not compressed (lets tests corrupt their bytes in place). */
export async function makeZip(entries: { name: string; content: string | Buffer; store?: boolean }[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const { name, content, store } of entries) {
    if (name.endsWith('/')) zip.addEmptyDirectory(name);
    else zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content), name, { compress: !store });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const escapeXml = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** A minimal Word document (the three parts Word and mammoth need) with one `<w:p>` per paragraph. */
export async function makeDocx(paragraphs: string[]): Promise<Buffer> {
  const body = paragraphs
    .map((text) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`)
    .join('');
  return makeZip([
    {
      name: '[Content_Types].xml',
      content:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      content:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
    },
    {
      name: 'word/document.xml',
      content:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    },
  ]);
}

/** A one-page PDF with each line drawn at its baseline `y` (gaps decide paragraphs); no lines → no text layer. */
export async function makePdf(
  lines: { text: string; y: number; size?: number }[],
  options: { userPassword?: string; drawBox?: boolean } = {},
): Promise<Buffer> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const page = document.addPage([595, 842]);
  for (const { text, y, size } of lines) page.drawText(text, { x: 50, y, size: size ?? 11, font });
  // A "scan": only graphics, like an image page without OCR.
  if (options.drawBox) page.drawRectangle({ x: 40, y: 40, width: 500, height: 700 });
  if (options.userPassword) document.encrypt({ userPassword: options.userPassword, ownerPassword: 'owner-secret' });
  return Buffer.from(await document.save());
}
