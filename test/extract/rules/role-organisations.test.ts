import { describe, expect, it } from 'vitest';
import { englishPack } from '../../../ingest/extract/en/pack.js';
import { trimGermanTitle } from '../../../ingest/extract/de/trim-title.js';
import { singularTitle } from '../../../ingest/extract/de/plural-titles.js';
import { entity, extractText, triples } from '../helpers.js';

const roles = (text: string, lang: 'de' | 'en' = 'de'): [string, string | null][] =>
  triples(extractText(text, lang, '2024-05-02'))
    .filter(([t]) => t === 'HOLDS_ROLE')
    .map(([, who, to]) => [who, to]);

describe('rule role-org-adjacent', () => {
  it('gives a role the organisation named right after the person ("vom Heimatverein …")', () => {
    const text =
      'Ehrung\n\nDer Vorsitzende Kai Lenzmann vom Heimatverein Talheim e.V. erhielt die Ehrennadel. Die Feier fand im Rathaus statt.';
    expect(roles(text)).toContainEqual(['Kai Lenzmann', 'Heimatverein Talheim e.V.']);
  });
});

describe('German implied organisations', () => {
  it('gives a state minister the state the release names when no ministry is named', () => {
    const text = 'Besuch\n\nDie Wirtschaftsministerin Greta Wendlandt besuchte am Montag Gaildorf in Thüringen.';
    expect(roles(text)).toContainEqual(['Greta Wendlandt', 'Thüringen']);
  });

  it('gives a mayor the one town of the sentence when no town authority is named', () => {
    const text =
      'Spatenstich\n\nIn Gaildorf griff Bürgermeister Jonas Elberfeld zum Spaten für das neue Feuerwehrhaus.';
    expect(roles(text)).toContainEqual(['Jonas Elberfeld', 'Gaildorf']);
  });

  it('gives a district officer ("Erste Kreisbeigeordnete") the district', () => {
    const text =
      'Kreisbereisung\n\nDer Landkreis Talheim lädt ein. Die Erste Kreisbeigeordnete Greta Wendlandt besuchte die Firma Holzwerk Lenz GmbH.';
    expect(roles(text)).toContainEqual(['Greta Wendlandt', 'Landkreis Talheim']);
  });
});

describe('rule de-plural-title', () => {
  it('gives each coordinated name after a plural title the singular title', () => {
    const text = 'Sitzung\n\nDie Regierungsräte Hans Moser, Eva Kunzmann und Paul Riedl stellten den Haushalt vor.';
    const x = extractText(text, 'de');
    for (const n of ['Hans Moser', 'Eva Kunzmann', 'Paul Riedl'])
      expect(entity(x, 'Person', n)?.roles.map((r) => r.title)).toContain('Regierungsrat');
  });

  it('leaves a single name after a plural-looking word alone', () => {
    const text = 'Sitzung\n\nDie Regierungsräte tagten. Hans Moser stellte den Haushalt vor.';
    expect(entity(extractText(text, 'de'), 'Person', 'Hans Moser')?.roles ?? []).toEqual([]);
  });

  it.each([
    ['Regierungsräte', 'Regierungsrat'],
    ['Staatssekretäre', 'Staatssekretär'],
    ['Bürgermeisterinnen', 'Bürgermeisterin'],
    ['Präsidenten', 'Präsident'],
    ['Bürgermeister', 'Bürgermeister'],
  ])('singular of %s is %s', (plural, singular) => {
    expect(singularTitle(plural)).toBe(singular);
  });
});

describe('organisation of an inflected title complement', () => {
  it('resolves "Präsidentin der Technischen Hochschule X" to the nominative entity', () => {
    const text =
      'Neue Spitze\n\nDie Technische Hochschule Talheim hat gewählt. Die Präsidentin der Technischen Hochschule Talheim, Eva Kunzmann, dankte dem Senat.';
    expect(roles(text)).toContainEqual(['Eva Kunzmann', 'Technische Hochschule Talheim']);
  });
});

describe('rule de-plural-title on singular titles', () => {
  it('does not give a singular title before the first of two coordinated names to the second', () => {
    const text = 'Besuch\n\nLandrätin Greta Wendlandt und Jonas Elberfeld besuchten die Schule.';
    expect(entity(extractText(text, 'de'), 'Person', 'Jonas Elberfeld')?.roles ?? []).toEqual([]);
  });

  it('reads "die Bürgermeister A und B" as plural', () => {
    const text = 'Treffen\n\nDie Bürgermeister Jonas Elberfeld und Paul Riedl unterzeichneten den Vertrag.';
    expect(entity(extractText(text, 'de'), 'Person', 'Paul Riedl')?.roles.map((r) => r.title)).toContain(
      'Bürgermeister',
    );
  });
});

describe('more role organisations', () => {
  it('gives a managing director the one firm the release names', () => {
    const text = 'Jubiläum\n\nDie Holzwerk Lenz GmbH feiert. Geschäftsführer Jonas Elberfeld dankte den Gästen.';
    expect(roles(text)).toContainEqual(['Jonas Elberfeld', 'Holzwerk Lenz GmbH']);
  });

  it('leaves a managing director without organisation when two firms could be meant', () => {
    const text =
      'Messe\n\nDie Holzwerk Lenz GmbH und die Bäckerei Korn GmbH stellten aus. Geschäftsführer Jonas Elberfeld zog Bilanz.';
    expect(roles(text)).toContainEqual(['Jonas Elberfeld', null]);
  });

  it('reads a parliament postnominal as a role in that parliament (rule de-postnominal-role)', () => {
    const text = 'Besuch\n\nJonas Elberfeld, MdB aus Talheim, besuchte die Schule. Er sitzt seit 2021 im Bundestag.';
    const x = extractText(text, 'de');
    expect(entity(x, 'Person', 'Jonas Elberfeld')?.roles).toContainEqual({ title: 'MdB', organisation: 'Bundestag' });
  });

  it('cuts the verb a German title phrase ran into', () => {
    expect(trimGermanTitle('Vertreterin des Heimatvereins sprach')).toBe('Vertreterin des Heimatvereins');
    expect(trimGermanTitle('Landesbeauftragte für Migration und Teilhabe')).toBe(
      'Landesbeauftragte für Migration und Teilhabe',
    );
    // English titles stay as written, only a dateline before a spaced dash goes
    expect(englishPack.trimTitle?.('Minister for Rural Affairs')).toBe('Minister for Rural Affairs');
  });
});
