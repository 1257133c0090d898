import { describe, expect, it } from 'vitest';
import { suffixIndex } from '../../ingest/extract/core/suffix-index.js';

describe('suffixIndex', () => {
  const index = suffixIndex([
    { ending: 'amt', rank: 2, value: 'office' },
    { ending: 'landesamt', rank: 1, value: 'state office' },
    { ending: 'amtes', rank: 3, value: 'office, genitive' },
  ]);

  it('finds every ending a word has, lowest rank first', () => {
    expect(index.endingsOf('statistiklandesamt').map((e) => e.value)).toEqual(['state office', 'office']);
  });

  it('counts the whole word as one of its endings', () => {
    expect(index.endingsOf('amt').map((e) => e.value)).toEqual(['office']);
  });

  it('finds nothing for a word without a listed ending', () => {
    expect(index.endingsOf('amtsblatt')).toEqual([]);
    expect(index.endingsOf('')).toEqual([]);
  });
});
