import { describe, expect, it } from 'vitest';
import { parseRelease } from '../../../ingest/parse/parse-release.js';
import { analyze } from '../../../ingest/extract/nlp/analyze.js';
import { recogniseEnglish } from '../../../ingest/extract/en/recognise.js';

/** The English rules' candidates (no tagger) for a one-paragraph invented release, as [type, name]. */
const recognise = (body: string) =>
  recogniseEnglish(analyze(parseRelease(`Headline\n\n${body}`, { source: 'test.txt', language: 'en' }))).candidates.map(
    (c) => [c.type, c.name],
  );

describe('English one reading per name (en-one-reading)', () => {
  it('reads a weak organisation guess as the place another rule found under the same name', () => {
    const x = recognise('The fund opened in Carrow Dene last year. It will help the people of Carrow Dene.');
    expect(x.filter(([, n]) => n === 'Carrow Dene').map(([t]) => t)).toEqual(['Place', 'Place']);
  });

  it('keeps the organisation guess when no rule read the name otherwise', () => {
    expect(recognise('The fund will help the people of Carrow Dene.')).toContainEqual(['Organisation', 'Carrow Dene']);
  });
});
