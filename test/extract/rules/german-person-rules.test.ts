import { describe, expect, it } from 'vitest';
import { PERSON_RULES } from '../../../ingest/extract/de/persons.js';
import { runEntityRules } from '../../../ingest/extract/de/scan.js';
import { germanDoc } from './german-rules-helpers.js';

const run = (body: string) => runEntityRules(germanDoc(body), PERSON_RULES);
const person = (body: string, name: string) => run(body).candidates.find((c) => c.type === 'Person' && c.name === name);
const titles = (body: string, name: string) => person(body, name)?.roles?.map((r) => [r.title, r.organisation]);

describe('German person rules', () => {
  it('are listed in order: title family, first names, title-prefix organisations, then role rules', () => {
    expect(PERSON_RULES.map((r) => r.name)).toEqual([
      'de-per-title-family',
      'de-per-firstname',
      'de-per-shared-surname',
      'de-org-title-prefix',
      'de-per-name-apposition',
      'de-per-surname-apposition',
      'de-per-role-als',
    ]);
  });

  it('title + name skips "Dr." and keeps the title as role', () => {
    const p = person('Landrätin Dr. Malte Quirling eröffnete die Schau.', 'Malte Quirling');
    expect(p?.rule).toBe('de-per-title');
    expect(p?.roles?.map((r) => r.title)).toEqual(['Landrätin']);
  });

  it('intro word + name gives a person without role', () => {
    const p = person('Dank ging an Frau Ortrud Fenwald für ihre Arbeit.', 'Ortrud Fenwald');
    expect([p?.rule, p?.roles]).toEqual(['de-per-intro', []]);
  });

  it('title phrase, comma, name: the complement names the organisation', () => {
    expect(titles('Die Leiterin des Jugendzentrums, Ortrud Fenwald, begrüßte die Gäste.', 'Ortrud Fenwald')).toEqual([
      ['Leiterin des Jugendzentrums', 'Jugendzentrum'],
    ]);
  });

  it('state before the title is the role organisation ("Schwedens Botschafter")', () => {
    expect(titles('Schwedens Botschafter Malte Quirling kam zu Besuch.', 'Malte Quirling')).toEqual([
      ['Botschafter', 'Schweden'],
    ]);
  });

  it('title reference: "der Landrat" alone is a reference, not a person', () => {
    const r = run('Das sagte der Landrat am Montag.');
    expect(r.candidates.filter((c) => c.type === 'Person')).toEqual([]);
    expect(r.titleRefs.map((t) => t.title)).toEqual(['Landrat']);
  });

  it('first name + surname needs no title, and a known first name alone is no person', () => {
    expect(person('Gestern sprach Malte Quirling im Saal.', 'Malte Quirling')?.rule).toBe('de-per-firstname');
    expect(run('Gestern sprach Malte im Saal.').candidates).toEqual([]);
  });

  it('an organisation-like title prefix is an organisation and the role organisation', () => {
    const r = run('WerkFuchs-Vorstand Malte Quirling stellte den Plan vor.');
    expect(r.candidates.map((c) => [c.type, c.name])).toEqual([
      ['Person', 'Malte Quirling'],
      ['Organisation', 'WerkFuchs'],
    ]);
    expect(r.candidates[0]?.roles?.[0]?.organisation).toBe('WerkFuchs');
  });

  it('apposition after the name adds each role of a coordination, sharing the last complement', () => {
    expect(
      titles('Malte Quirling, Staatssekretär und Chef der Senatskanzlei, sprach zuerst.', 'Malte Quirling'),
    ).toEqual([
      ['Staatssekretär', 'Senatskanzlei'],
      ['Chef der Senatskanzlei', 'Senatskanzlei'],
    ]);
  });

  it('apposition after a later surname mention goes to the full name', () => {
    const body = 'Malte Quirling lud ein. Quirling, der Vorsitzende des Heimatvereins, dankte allen.';
    expect(titles(body, 'Malte Quirling')).toEqual([['Vorsitzende des Heimatvereins', 'Heimatverein']]);
  });

  it('"als …" gives the one person of the sentence a role', () => {
    expect(titles('Malte Quirling arbeitet seit Jahren als Sprecher im Verein.', 'Malte Quirling')).toEqual([
      ['Sprecher', null],
    ]);
  });
});

describe('German first-name persons and name runs', () => {
  const persons = (body: string) =>
    run(body)
      .candidates.filter((c) => c.type === 'Person')
      .map((c) => c.name);

  it('reads a first name + surname without a title as a person', () => {
    expect(persons('Gestern sprach Ilka Wendroth im Saal.')).toEqual(['Ilka Wendroth']);
  });

  it('takes no first name right after an indefinite article or "am"/"im" (a car, a noun)', () => {
    expect(persons('Er fuhr mit einem Mercedes Brandolo gegen die Mauer.')).toEqual([]);
    expect(persons('Die Tasche lag am Boden Kellmanns.')).toEqual([]);
  });

  it('takes no first name that is a frequent noun after a definite article', () => {
    expect(persons('Die Splitter lagen auf dem Boden Trellmanns.')).toEqual([]);
  });

  it('reads no street word as a surname', () => {
    expect(persons('Der Unfall geschah an der Ecke Ilka Wendrothstraße.')).toEqual([]);
  });

  it('stops the name before a frequent noun as its third word', () => {
    expect(persons('Die Obduktion ergab, dass Ilka Wendroth Opfer eines Unfalls wurde.')).toEqual(['Ilka Wendroth']);
  });

  it('takes no particle + noun into a name ("… der Linie")', () => {
    expect(persons('Der Fahrer der Tram der Linie 12 bremste.')).toEqual([]);
  });

  it('keeps a particle + family name after a first name', () => {
    expect(persons('Die Rede hielt Karla von Dornbusch im Rat.')).toEqual(['Karla von Dornbusch']);
  });

  it('reads "Frau" after an article as the noun, not as a form of address', () => {
    expect(persons('Es zeigte sich, dass die Frau Opfer eines Unfalls wurde.')).toEqual([]);
  });

  it('still reads "Frau" + name after a possessive as a person', () => {
    expect(persons('Seine Frau Ortrud Fenwald kam mit.')).toEqual(['Ortrud Fenwald']);
  });
});

describe('German titles before a place genitive', () => {
  it('reads no person in "die jüngste Bäckermeisterin Europas"', () => {
    const found = run('Sie ist die jüngste Bäckermeisterin Europas und die beste Konditorin Bayerns.');
    expect(found.candidates.filter((c) => c.type === 'Person')).toEqual([]);
  });

  it('still reads a surname ending in -s after a title as a person', () => {
    expect(person('Bürgermeister Peters eröffnete die Halle.', 'Peters')).toBeDefined();
  });
});
