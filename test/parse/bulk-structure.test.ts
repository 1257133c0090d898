import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { structureTitleKey } from '../../ingest/eval/structure.js';
import { parseRelease } from '../../ingest/parse/parse-release.js';
import { isReadFailure, readDocuments, type RawDocument } from '../../ingest/read/read-documents.js';

// Real releases that are not in the development corpus: a year of police releases (../shared/bulk/README.md).
// Each text starts with its release number ("Nr. 0841") and states no publication date of its own.
const BULK = join(import.meta.dirname, '../../../shared/bulk/berlin_polizei_2023.csv');
const COUNT = 600;

async function firstReleases(): Promise<RawDocument[]> {
  const docs: RawDocument[] = [];
  for await (const item of readDocuments(BULK)) {
    if (isReadFailure(item) || !item.meta.title) continue;
    docs.push(item);
    if (docs.length === COUNT) break;
  }
  return docs;
}

/** The release text without the headline that the CSV export put in front of it. */
function bodyOf(doc: RawDocument): string {
  const title = doc.meta.title!;
  return doc.raw.startsWith(title) ? doc.raw.slice(title.length).trim() : doc.raw;
}

describe('parseRelease on real releases outside the corpus', () => {
  it('reads the headline exactly, takes the release number for no headline and invents no date', async () => {
    const docs = await firstReleases();
    expect(docs).toHaveLength(COUNT);
    let titleRight = 0;
    for (const doc of docs) {
      const body = bodyOf(doc);
      const withHeadline = parseRelease(`${doc.meta.title!}\n\n${body}`, { source: doc.meta.source });
      if (structureTitleKey(withHeadline.title) === structureTitleKey(doc.meta.title!)) titleRight++;
      const textOnly = parseRelease(body, { source: doc.meta.source });
      expect(textOnly.title).not.toMatch(/^Nr\.?\s*\d/u);
      // Event dates ("am 12.03.2023") are not publication dates; only "heute, den …" dates the text itself.
      if (textOnly.date !== null) expect(body).toMatch(/\bheute\b/iu);
    }
    expect(titleRight / COUNT).toBeGreaterThanOrEqual(0.99);
  }, 60_000);
});
