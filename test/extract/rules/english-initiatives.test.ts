import { describe, expect, it } from 'vitest';
import { parseRelease } from '../../../ingest/parse/parse-release.js';
import { analyze } from '../../../ingest/extract/nlp/analyze.js';
import { recogniseEnglish } from '../../../ingest/extract/en/recognise.js';

const initiatives = (body: string): [string, string][] =>
  recogniseEnglish(analyze(parseRelease(`Headline\n\n${body}`, { source: 'test.txt', language: 'en' })))
    .candidates.filter((c) => c.type === 'Initiative')
    .map((c) => [c.name, c.rule]);

describe('English initiatives from their form', () => {
  it('reads a programme head before "of" inside a name (en-ini-head-of)', () => {
    expect(initiatives('Pupils marked the International Day of Forests with a walk.')).toEqual([
      ['International Day of Forests', 'en-ini-head-of'],
    ]);
  });

  it('keeps a name ending in an organisation head an organisation ("Festival of Light Trust")', () => {
    expect(initiatives('Grants went to the Festival of Light Trust last year.')).toEqual([]);
  });

  it('reads named events, prizes and schemes by their head word', () => {
    expect(initiatives('The Kelby Cup and the Harbour Arts Exhibition drew crowds.').map(([n]) => n)).toEqual([
      'Kelby Cup',
      'Harbour Arts Exhibition',
    ]);
    expect(initiatives('Students can apply for the Marwick Scholarship until May.')).toContainEqual([
      'Marwick Scholarship',
      'en-ini-head',
    ]);
  });

  it('reads a quoted name after a cue and a naming word, small words inside allowed (en-ini-quoted)', () => {
    expect(initiatives('The council launched a scheme called ‘Walk to School’ in May.')).toEqual([
      ['Walk to School', 'en-ini-quoted'],
    ]);
  });

  it('does not read a quoted sentence as a name', () => {
    expect(initiatives('The campaign, “We are all in this together”, was praised.')).toEqual([]);
  });
});
