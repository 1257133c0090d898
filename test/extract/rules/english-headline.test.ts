import { describe, expect, it } from 'vitest';
import { parseRelease } from '../../../ingest/parse/parse-release.js';
import { analyze } from '../../../ingest/extract/nlp/analyze.js';
import { recogniseEnglish } from '../../../ingest/extract/en/recognise.js';

/** Names the English rules (no tagger) find in an invented release with the given headline. */
const names = (headline: string, body: string) =>
  recogniseEnglish(
    analyze(parseRelease(`${headline}\n\n${body}`, { source: 'test.txt', language: 'en' })),
  ).candidates.map((c) => c.name);

describe('English title-case headlines (en-headline-only)', () => {
  it('drops a name read only in a title-case headline', () => {
    const x = names('Orlwick Celebrates Record Year For Tourism', 'The town will consult residents in June.');
    expect(x).toEqual([]);
  });

  it('keeps a headline name that the body repeats', () => {
    const x = names('Tarnby Leisure Centre: Doors Open Again After Refit', 'Tarnby Leisure Centre reopened on Monday.');
    expect(x.filter((n) => n === 'Tarnby Leisure Centre')).toHaveLength(2);
  });

  it('keeps names in a sentence-case headline', () => {
    const x = names('New plans for Bright Harbour unveiled in the town', 'The town will consult residents in June.');
    expect(x).toContain('Bright Harbour');
  });
});
