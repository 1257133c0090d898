import { describe, expect, it } from 'vitest';
import { englishPack } from '../../../ingest/extract/en/pack.js';
import { germanPack } from '../../../ingest/extract/de/pack.js';

describe('pack hook isPluralTitle', () => {
  it('reads an English title ending in -s as plural ("the wardens")', () => {
    expect(englishPack.isPluralTitle?.('wardens')).toBe(true);
  });

  it('does not read -ss or -us endings as plural ("the boss", "the chorus")', () => {
    expect(englishPack.isPluralTitle?.('boss')).toBe(false);
    expect(englishPack.isPluralTitle?.('chorus')).toBe(false);
  });

  it('is absent in the German pack, so a German title reference means one person', () => {
    expect(germanPack.isPluralTitle).toBeUndefined();
  });
});
