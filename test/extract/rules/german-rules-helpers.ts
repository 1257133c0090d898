import { parseRelease } from '../../../ingest/parse/parse-release.js';
import { analyze } from '../../../ingest/extract/nlp/analyze.js';
import type { Candidate, Doc } from '../../../ingest/extract/core/types.js';

/** A tokenised German release from a headline and body text. */
export function germanDoc(body: string, headline = 'Kurz gemeldet'): Doc {
  return analyze(parseRelease(`${headline}\n\n${body}`, { source: 'test.txt', language: 'de' }));
}

/** Candidates as "rule: name" strings, for compact assertions. */
export function named(cs: readonly Candidate[]): string[] {
  return cs.map((c) => `${c.rule}: ${c.name}`);
}
