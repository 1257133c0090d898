// Unlabelled German text for the word clusters: release exports (CSV etc.) tokenised as the tagger sees releases.
import { readDocuments, isReadFailure } from '../../ingest/read/read-documents.js';
import { parseRelease } from '../../ingest/parse/parse-release.js';
import { analyze } from '../../ingest/extract/nlp/analyze.js';
import { sentenceWords } from '../../ingest/extract/ner/doc-words.js';

/** Sentences (as tagger words) of every release in the export files; unreadable records are skipped and counted. */
export async function releaseSentences(files: readonly string[], log?: (line: string) => void): Promise<string[][]> {
  const out: string[][] = [];
  for (const file of files) {
    let releases = 0;
    let skipped = 0;
    for await (const item of readDocuments(file)) {
      if (isReadFailure(item)) {
        skipped++;
        continue;
      }
      try {
        // the same tokenisation as at inference, so the cluster table knows the words the tagger will look up
        const doc = analyze(parseRelease(item.raw, { source: item.meta.source, language: 'de' }));
        for (const s of doc.sentences) out.push(sentenceWords(doc, s).words);
        releases++;
      } catch {
        skipped++; // not a release (e.g. empty text): no text for the clusters, nothing else depends on it
      }
    }
    log?.(`${file}: ${releases} releases${skipped ? `, ${skipped} skipped` : ''}`);
  }
  return out;
}
