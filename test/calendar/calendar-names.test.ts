import { describe, expect, it } from 'vitest';
import { ENGLISH_MONTHS, GERMAN_MONTHS, MONTH_SPELLINGS, capitalised } from '../../ingest/calendar/calendar-names.js';
import { findDate } from '../../ingest/parse/dates.js';
import { findGermanDate } from '../../ingest/extract/de/dates.js';
import { findEnglishDate } from '../../ingest/extract/en/dates.js';

describe('calendar names', () => {
  it('has twelve months in every language list', () => {
    expect(GERMAN_MONTHS).toHaveLength(12);
    expect(ENGLISH_MONTHS).toHaveLength(12);
    expect(MONTH_SPELLINGS).toHaveLength(12);
  });

  it('gives every spelling to exactly one month', () => {
    const all = MONTH_SPELLINGS.flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it('lists the German, English and Irish names among the spellings of their month', () => {
    expect(MONTH_SPELLINGS[2]).toEqual(expect.arrayContaining(['märz', 'maerz', 'march', 'márta']));
    expect(MONTH_SPELLINGS[11]).toEqual(expect.arrayContaining(['dezember', 'december', 'dez', 'dec', 'nollaig']));
  });

  it('capitalises a name for case-sensitive patterns', () => {
    expect(capitalised('märz')).toBe('März');
  });
});

describe('readers that share the calendar', () => {
  it('the parser reads Austrian, English and Irish month names', () => {
    expect(findDate('Kleinfurt, 3. Jänner 2024')?.iso).toBe('2024-01-03');
    expect(findDate('Published on 7 October 2023')?.iso).toBe('2023-10-07');
    expect(findDate('Dáta: 12 Meán Fómhair 2022')?.iso).toBe('2022-09-12');
  });

  it('the packs read German and English month names with the year of the release', () => {
    expect(findGermanDate('am 5. Dezember', '2021-11-30')).toBe('2021-12-05');
    expect(findEnglishDate('on 16th October', '2025-10-01')).toBe('2025-10-16');
  });
});
