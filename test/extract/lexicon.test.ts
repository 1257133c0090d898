import { describe, expect, it } from 'vitest';
import { germanTitle } from '../../ingest/extract/de/titles.js';
import { germanTitleKey } from '../../ingest/extract/de/title-key.js';
import { denominalizeGenitive } from '../../ingest/extract/de/words.js';
import { germanOrgHead } from '../../ingest/extract/de/org-lexicon.js';
import { isDistrictOnly, isFirstName, placeTier } from '../../ingest/extract/gazetteer/index.js';

describe('German title lexicon', () => {
  it.each([
    ['Landrätin', 'landraetin', true],
    ['Landesbeauftragten', 'beauftragt', false],
    ['Wirtschaftsministerin', 'ministerin', true],
    ['WerkStark-Vorstand', 'vorstand', false],
    ['Oberbürgermeisters', 'oberbuergermeister', false],
  ])('%s has head %s', (word, head, feminine) => {
    expect(germanTitle(word)).toMatchObject({ head, feminine });
  });

  it('rejects words that only end like a title', () => {
    expect(germanTitle('Begleiter')).toBeNull();
    expect(germanTitle('Apparat')).toBeNull();
    expect(germanTitle('Ministerium')).toBeNull();
    expect(germanTitle('Meister')).toBeNull();
  });

  it('keys titles independent of gender and case', () => {
    expect(germanTitleKey('Landrätin')).toBe(germanTitleKey('Landrat'));
    expect(germanTitleKey('der Landesbeauftragte für Migration')).toBe(germanTitleKey('Landesbeauftragter'));
    expect(germanTitleKey('Polizeipräsidenten')).toBe('polizeiprasident');
  });
});

describe('German organisation heads and genitives', () => {
  it('finds compound heads, plural and bare forms', () => {
    expect(germanOrgHead('Ausländerbehörde')).toMatchObject({ head: 'behoerde', bare: false, plural: false });
    expect(germanOrgHead('Sicherheitsbehörden')).toMatchObject({ plural: true });
    expect(germanOrgHead('Verwaltung')).toMatchObject({ bare: true });
    expect(germanOrgHead('Kreistags')).toMatchObject({ bare: false });
    expect(germanOrgHead('Ellwangen')).toBeNull();
  });

  it.each([
    ['Landkreises', 'Landkreis'],
    ['Beratungszentrums', 'Beratungszentrum'],
    ['Amtes', 'Amt'],
    ['Zentralverbandes', 'Zentralverband'],
    ['Oberlands', 'Oberland'],
  ])('%s → %s', (gen, nom) => {
    expect(denominalizeGenitive(gen)).toBe(nom);
  });
});

describe('gazetteer', () => {
  it('knows places by size tier', () => {
    expect(placeTier('Niedersachsen')).toBe('region');
    expect(placeTier('Bielefeld')).toBe('big');
    expect(placeTier('Deutschland')).toBe('country');
    expect(placeTier('Gaildorf')).toBe('mid');
    expect(placeTier('Kreishaus')).toBeNull();
  });

  it('knows first names and district-only names', () => {
    expect(isFirstName('Andrea')).toBe(true);
    expect(isFirstName('Landrat')).toBe(false);
    expect(isDistrictOnly('Wesermarsch')).toBe(true);
    expect(isDistrictOnly('Bielefeld')).toBe(false);
  });
});
