/** Languages civicgraph extracts from. */
export type Language = 'de' | 'en';

/** Metadata a reader knows about a document before parsing (file path, CMS fields, feed entries). */
export interface SourceMeta {
  /** File path or URL the text came from; identifies "the same release" across re-ingests. */
  source: string;
  title?: string | undefined;
  date?: string | undefined;
  publisher?: string | undefined;
  language?: Language | undefined;
  url?: string | undefined;
}

/**
 * A parsed press release. `text` is the canonical text every offset refers to:
 * title, subtitle, body paragraphs, caption and credit, then the contact block, joined by blank lines.
 */
export interface Release {
  /** `rel_` + 16 hex digits of the SHA-256 of `text` without its closing contact block. */
  id: string;
  source: string;
  url: string | null;
  title: string;
  subtitle: string | null;
  /** ISO date `YYYY-MM-DD`, from the text or metadata. */
  date: string | null;
  /** Place named in the dateline ("Osnabrück." / "LONDON –"). */
  dateline: string | null;
  publisher: string | null;
  language: Language;
  paragraphs: string[];
  caption: string | null;
  photoCredit: string | null;
  /** The contact block; when present, `text` ends with it. */
  contact: string | null;
  links: string[];
  text: string;
}
