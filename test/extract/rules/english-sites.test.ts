import { describe, expect, it } from 'vitest';
import { parseRelease } from '../../../ingest/parse/parse-release.js';
import { analyze } from '../../../ingest/extract/nlp/analyze.js';
import { recogniseEnglish } from '../../../ingest/extract/en/recognise.js';
import { isGenericPlural, isHeadlessCommonPhrase } from '../../../ingest/extract/en/generic-names.js';
import type { Candidate, Token } from '../../../ingest/extract/core/types.js';

/** The English rules' candidates (no tagger) for a one-paragraph invented release. */
const recognise = (body: string) =>
  recogniseEnglish(analyze(parseRelease(`Headline\n\n${body}`, { source: 'test.txt', language: 'en' })));
const named = (body: string, name: string): Candidate | undefined =>
  recognise(body).candidates.find((c) => c.name === name);
/** The tokens of one invented sentence. */
const words = (phrase: string): Token[] => {
  const doc = analyze(
    parseRelease(`Headline\n\nOn Monday residents met the ${phrase} in the hall.`, {
      source: 'test.txt',
      language: 'en',
    }),
  );
  const at = doc.text.indexOf(phrase);
  return doc.tokens.filter((t) => t.start >= at && t.end <= at + phrase.length);
};

describe('English building places (en-plc-building)', () => {
  it('reads a centre named by its use as a place', () => {
    expect(named('The club trains at the Marlowe Leisure Centre each week.', 'Marlowe Leisure Centre')).toMatchObject({
      type: 'Place',
      rule: 'en-plc-building',
    });
  });

  it('reads a farm as a place', () => {
    expect(named('Pupils went to Quillby Farm on Friday.', 'Quillby Farm')?.type).toBe('Place');
  });

  it('keeps a centre for a subject as an organisation', () => {
    expect(
      named('The work is led by the Brindle Centre for Coastal Studies.', 'Brindle Centre for Coastal Studies')?.type,
    ).toBe('Organisation');
  });

  it('keeps a centre without a use word as an organisation', () => {
    expect(named('The grant went to the Orlick Research Centre last year.', 'Orlick Research Centre')?.type).toBe(
      'Organisation',
    );
  });
});

describe('English site heads and places', () => {
  it('reads a lighthouse and an airport as places (en-plc-site)', () => {
    const x = recognise('Crews checked the Skerrow Lighthouse and flew from Penwick Airport.');
    expect(x.candidates.filter((c) => c.type === 'Place').map((c) => c.name)).toEqual([
      'Skerrow Lighthouse',
      'Penwick Airport',
    ]);
  });

  it('reads a name ending in a water or land word as a place (en-plc-site)', () => {
    expect(named('Volunteers cleared Oxley Brook near the old mill.', 'Oxley Brook')?.type).toBe('Place');
    expect(named('Trains stop at Marden Junction twice a day.', 'Marden Junction')?.type).toBe('Place');
    expect(named('The walk ends on Skelby Moor at noon.', 'Skelby Moor')?.type).toBe('Place');
  });

  it('reads no place in a bare site word', () => {
    expect(recognise('Volunteers cleared the Brook near the old mill.').candidates).toEqual([]);
  });

  it('reads no place in an ordinary word inside a longer name (en-plc-gaz-parts)', () => {
    expect(recognise('The app is free on the Phone Store for all residents.').candidates).toEqual([]);
  });

  it('still reads a place inside a longer name when the place is no ordinary word', () => {
    expect(recognise('Students from Leeds Trinity arrived.').candidates.map((c) => c.name)).toContain('Leeds');
  });

  it('reads a month after "in" as a date, not a town of that name', () => {
    expect(recognise('The works will finish in March and reopen in May.').candidates).toEqual([]);
  });

  it('starts a firm name after its "-based" place', () => {
    const x = recognise('Yesterday Ormsby-based Quintel Robotics won the contract.');
    expect(x.candidates.map((c) => [c.type, c.name])).toEqual(
      expect.arrayContaining([
        ['Organisation', 'Quintel Robotics'],
        ['Place', 'Ormsby'],
      ]),
    );
    expect(x.candidates.some((c) => c.name.includes('-based'))).toBe(false);
  });
});

describe('English generic names', () => {
  it('reads ordinary words ending in a plural head as a class of bodies', () => {
    expect(isGenericPlural(words('Parish Councils'))).toBe(true);
    expect(isGenericPlural(words('Local Authorities'))).toBe(true);
  });

  it('does not read a named body with a plural head as a class', () => {
    expect(isGenericPlural(words('Quenby Industries'))).toBe(false);
    expect(isGenericPlural(words('Parish Council'))).toBe(false);
  });

  it('reads ordinary words without a head as no organisation name', () => {
    expect(isHeadlessCommonPhrase(words('Smart Meter'))).toBe(true);
  });

  it('keeps phrases with a head, a name or a people adjective', () => {
    expect(isHeadlessCommonPhrase(words('Housing Trust'))).toBe(false);
    expect(isHeadlessCommonPhrase(words('Quenby Robotics'))).toBe(false);
    expect(isHeadlessCommonPhrase(words('Welsh Rugby League'))).toBe(false);
  });
});
