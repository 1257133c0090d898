import { describe, expect, it } from 'vitest';
import { parseRelease } from '../../../ingest/parse/parse-release.js';
import { analyze } from '../../../ingest/extract/nlp/analyze.js';
import { recogniseEnglish } from '../../../ingest/extract/en/recognise.js';
import { sitePlace } from '../../../ingest/extract/en/place-rules.js';
import { makeRun } from '../../../ingest/extract/en/proposals.js';

/** The English rules' places (no tagger) of an invented release. */
const places = (headline: string, body: string): string[] =>
  recogniseEnglish(analyze(parseRelease(`${headline}\n\n${body}`, { source: 'test.txt', language: 'en' })))
    .candidates.filter((c) => c.type === 'Place')
    .map((c) => c.name);

describe('English place forms', () => {
  it('a title-case visit verb before a site is no part of its name', () => {
    const doc = analyze(parseRelease('Headline\n\nMinister to Visit Harbour Island', { source: 't', language: 'en' }));
    const a = doc.tokens.findIndex((t) => t.text === 'Visit');
    const proposals = sitePlace.apply(makeRun(doc, a, a + 2), { doc, found: [], lastTitle: null }) ?? [];
    expect(proposals.map((p) => (p.kind === 'candidate' ? p.candidate.name : p.kind))).toEqual(['Harbour Island']);
  });

  it('an unknown name after "at/to" that ", in X" locates is a place', () => {
    expect(places('Clinic visit', 'She visited a clinic at Talbourne, in Kerrow, on Monday.')).toContain('Talbourne');
    expect(places('Clinic visit', 'She spoke at Talbourne about the plans.')).not.toContain('Talbourne');
  });

  it("a saint's name is no place", () => {
    expect(places('Parade', 'The town marks St Patrick’s Day with a parade.')).not.toContain('Patrick');
  });

  it('US states are regions, named anywhere', () => {
    expect(places('Visit', 'She toured the plant in Dayton, Ohio, and flew on to Maine.')).toEqual(
      expect.arrayContaining(['Ohio', 'Maine']),
    );
  });
});
