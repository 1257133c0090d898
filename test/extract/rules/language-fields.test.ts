import { describe, expect, it } from 'vitest';
import { germanPack } from '../../../ingest/extract/de/pack.js';
import { englishPack } from '../../../ingest/extract/en/pack.js';

describe('language fields of the packs used by the shared relation rules', () => {
  it('reads German title gender from the first word and English from -woman/-man/-ess', () => {
    expect(germanPack.titleGender('Landrätin des Kreises Talheim')).toBe('f');
    expect(germanPack.titleGender('Bürgermeister')).toBe('m');
    expect(germanPack.titleGender('Vorsitzende')).toBe('x');
    expect(englishPack.titleGender('Chairwoman')).toBe('f');
    expect(englishPack.titleGender('Minister for Rural Affairs')).toBe('x');
  });

  it('maps subject pronouns to the gender they ask for', () => {
    expect(germanPack.pronounGender('er')).toBe('m');
    expect(germanPack.pronounGender('sie')).toBe('f');
    expect(englishPack.pronounGender('she')).toBe('f');
    expect(englishPack.pronounGender('they')).toBe('x');
  });

  it('capitalised nouns: German capitals tell nothing about names, English ones do', () => {
    expect(germanPack.capitalisedNouns).toBe(true);
    expect(englishPack.capitalisedNouns).toBe(false);
  });

  it('keeps the abbreviation dot from ending a sentence only for the language’s own abbreviations', () => {
    expect('Dr. Kai Lenz'.replace(germanPack.dottedAbbreviation, '')).toBe(' Kai Lenz');
    expect('Mrs. Holt'.replace(englishPack.dottedAbbreviation, '')).toBe(' Holt');
    expect('Mrs. Holt'.replace(germanPack.dottedAbbreviation, '')).toBe('Mrs. Holt');
  });

  it('coordinates speakers and links a person to the organisation named after it, per language', () => {
    expect(germanPack.speakerJoin.test(' und Erste Kreisbeigeordnete ')).toBe(true);
    expect(englishPack.speakerJoin.test(' and Deputy Mayor ')).toBe(true);
    expect(englishPack.speakerJoin.test(' und ')).toBe(false);
    expect(germanPack.roleOrgLink.test(' vom ')).toBe(true);
    expect(englishPack.roleOrgLink.test(' of the ')).toBe(true);
    expect(englishPack.roleOrgLink.test(' vom ')).toBe(false);
  });

  it('lets each pack name its own nestable candidate rules and name-link words', () => {
    expect(germanPack.nestableRules.has('de-org-genitive-inner')).toBe(true);
    expect(englishPack.nestableRules.has('de-org-genitive-inner')).toBe(false);
    expect(germanPack.nameLinkWord.test('beratungszentrum der')).toBe(true);
    expect(englishPack.nameLinkWord.test('friends of')).toBe(true);
  });
});

describe('itinerary lines and inflection endings per pack', () => {
  it('reads clock times in each language as itinerary lines', () => {
    expect(germanPack.visit.frame?.itinerary.test('10.30 Uhr: Rundgang')).toBe(true);
    expect(germanPack.visit.frame?.itinerary.test('– Talheim (10 Uhr): Besuch')).toBe(true);
    expect(englishPack.visit.frame?.itinerary.test('11am: tour of the depot')).toBe(true);
    expect(englishPack.visit.frame?.itinerary.test('In 2024 the depot opened')).toBe(false);
  });

  it('cuts case endings in German and plural endings in English', () => {
    expect('staedtischen'.replace(germanPack.inflectionEnding, '')).toBe('staedtisch');
    expect('services'.replace(englishPack.inflectionEnding, '')).toBe('servic');
    expect('service'.replace(englishPack.inflectionEnding, '')).toBe('servic');
  });
});
