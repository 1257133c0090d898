import { describe, expect, it } from 'vitest';
import { parseRelease } from '../../../ingest/parse/parse-release.js';
import { analyze, setupNlp } from '../../../ingest/extract/nlp/analyze.js';
import { capitalisedRuns } from '../../../ingest/extract/en/runs.js';

const release = (text: string, language: 'de' | 'en') => parseRelease(text, { source: 'test.txt', language });
const tagsOf = (text: string, language: 'de' | 'en') =>
  analyze(release(text, language)).tokens.map((t) => [t.text, [...t.tags].sort().join(',')]);

describe('nlp setup', () => {
  it('tags German cue words without any prior setup call (analyze sets compromise up itself)', () => {
    const doc = analyze(release('Neuer Radweg\n\nDie Ortsvorsteherin sagte, der Radweg sei fertig.', 'de'));
    expect(doc.tokens.find((t) => t.text === 'sagte')?.tags.has('DeSpeech')).toBe(true);
  });

  it('is idempotent: a second and third setup leave the tagging unchanged', () => {
    const text = 'Neuer Radweg\n\nDie Ortsvorsteherin besuchte Kleinfurt und sagte, der Radweg sei fertig.';
    const once = tagsOf(text, 'de');
    setupNlp();
    setupNlp();
    expect(tagsOf(text, 'de')).toEqual(once);
  });
});

describe('English capitalised runs', () => {
  const text = 'Harbour news\n\nThe Coast Authority and Kelby Forge Trust signed a deal.';
  const runs = (split: boolean): string[] => {
    const doc = analyze(release(text, 'en'));
    const s = doc.sentences[doc.sentences.length - 1]!;
    return capitalisedRuns(doc, s, () => split).map(([a, b]) =>
      doc.text.slice(doc.tokens[a]!.start, doc.tokens[b]!.end),
    );
  };

  it('ends a run before "and" when the split test passed in says so', () => {
    expect(runs(true)).toEqual(expect.arrayContaining(['The Coast Authority', 'Kelby Forge Trust']));
  });

  it('keeps "X and Y" as one run when the split test passed in says no', () => {
    expect(runs(false)).toContain('The Coast Authority and Kelby Forge Trust');
  });
});
