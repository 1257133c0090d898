/** Size limits that keep one bad input from exhausting memory. */
export interface ReadLimits {
  /** Largest document read into memory whole (text, HTML, DOCX, PDF, JSON, feed, e-mail, nested zip). */
  maxFileBytes: number;
  /**
   * Largest text of one document (UTF-8 bytes) handed to parsing; a press release is a few kB, and parse and
   * extract cost grows with the text, so anything larger is refused before it is parsed.
   */
  maxDocumentBytes: number;
  /** Largest single CSV row or JSONL line. */
  maxRecordBytes: number;
  /** Most entries a zip may list. */
  maxZipEntries: number;
  /** Most bytes the readable entries of one zip may expand to. */
  maxZipTotalBytes: number;
  /** How deep archives (zip in zip, e-mail attachments) are followed. */
  maxDepth: number;
}

/** 50 MB per file, 1 MB of text per document, 5 MB per record, 10,000 entries and 1 GB per zip, three levels. */
export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxDocumentBytes: 1024 * 1024,
  maxRecordBytes: 5 * 1024 * 1024,
  maxZipEntries: 10_000,
  maxZipTotalBytes: 1024 * 1024 * 1024,
  maxDepth: 3,
};

/** "50 MB", "1.5 kB": sizes as people read them in messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${round(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}

function round(value: number): string {
  return value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}

/** The refusal of a document over `maxDocumentBytes`, naming its size, the limit and the setting. */
export function documentTooLargeReason(bytes: number, limit: number): string {
  return `too large for one press release: ${formatBytes(bytes)} of text, over the ${formatBytes(limit)} limit (--max-document-bytes); split it into releases or raise --max-document-bytes`;
}
