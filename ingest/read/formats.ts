/** The input formats readDocuments knows. */
export type Format = 'text' | 'html' | 'docx' | 'pdf' | 'csv' | 'tsv' | 'json' | 'jsonl' | 'feed' | 'eml' | 'zip';

/** Which reader a file extension stands for; content sniffing may overrule it. */
export const FORMAT_BY_EXTENSION: ReadonlyMap<string, Format> = new Map<string, Format>([
  ['.txt', 'text'],
  ['.text', 'text'],
  ['.md', 'text'],
  ['.markdown', 'text'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.xhtml', 'html'],
  ['.docx', 'docx'],
  ['.pdf', 'pdf'],
  ['.csv', 'csv'],
  ['.tsv', 'tsv'],
  ['.json', 'json'],
  ['.jsonl', 'jsonl'],
  ['.ndjson', 'jsonl'],
  ['.rss', 'feed'],
  ['.atom', 'feed'],
  ['.xml', 'feed'],
  ['.eml', 'eml'],
  ['.zip', 'zip'],
]);

/** File extensions (lower case, with dot) that folder walks and zip archives pick up. */
export const SUPPORTED_EXTENSIONS: ReadonlySet<string> = new Set(FORMAT_BY_EXTENSION.keys());

/** Formats read as a stream record by record, so the whole-document size limit does not apply to them. */
export const STREAMED_FORMATS: ReadonlySet<Format> = new Set<Format>(['csv', 'tsv', 'jsonl', 'zip']);
