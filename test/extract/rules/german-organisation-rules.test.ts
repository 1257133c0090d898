import { describe, expect, it } from 'vitest';
import { findGermanOrganisations, ORGANISATION_RULES } from '../../../ingest/extract/de/organisations.js';
import { germanDoc, named } from './german-rules-helpers.js';

const orgs = (body: string): string[] => named(findGermanOrganisations(germanDoc(body)));

describe('German organisation rules', () => {
  it('are tried in a fixed order', () => {
    expect(ORGANISATION_RULES.map((r) => r.name)).toEqual([
      'de-org-legal',
      'de-org-intro',
      'de-org-trade',
      'de-org-hotel',
      'de-org-parliament',
      'de-org-owner',
      'de-org-faith',
      'de-org-red-cross',
      'de-org-acronym',
      'de-org-site-skip',
      'de-org-quoted-name',
      'de-org-compound',
    ]);
  });

  it('legal form: the name before "GmbH", or the whole quoted name', () => {
    expect(orgs('Die Brenner Solar GmbH baut eine Halle.')).toContain('de-org-legal: Brenner Solar GmbH');
    expect(orgs('Die „Kessel & Sohn Technik GmbH“ baut eine Halle.')).toContain(
      'de-org-legal-quoted: Kessel & Sohn Technik GmbH',
    );
  });

  it('introduced name: "Firma X" is X, with the phrase as alias', () => {
    const c = findGermanOrganisations(germanDoc('Die Firma Quellmann liefert die Pumpen.'));
    expect(named(c)).toContain('de-org-intro: Quellmann');
    expect(c.find((x) => x.name === 'Quellmann')?.aliases).toContain('Firma Quellmann');
  });

  it('acronym: a CamelCase name is an organisation', () => {
    expect(orgs('Die Beratung übernimmt WerkFuchs ab Mai.')).toContain('de-org-acronym: WerkFuchs');
  });

  it('quoted name after a head: Pflegeheim „Haus am Mühlbach“', () => {
    expect(orgs('Das Pflegeheim „Haus am Mühlbach“ feiert Geburtstag.')).toContain(
      'de-org-quoted-name: Pflegeheim „Haus am Mühlbach“',
    );
  });

  it('head with remit and abbreviation: "Amt für Umwelt und Natur (AUN)"', () => {
    const c = findGermanOrganisations(germanDoc('Das Landesamt (LAUN) für Umwelt und Natur prüft den Antrag.'));
    expect(c.find((x) => x.name.startsWith('Landesamt'))?.aliases).toContain('LAUN');
    expect(orgs('Das Ministerium für Bildung, Kultur und Sport lädt ein.')).toContain(
      'de-org-prefix: Ministerium für Bildung, Kultur und Sport',
    );
  });

  it('territory head needs a name-like word: "Landkreis Hemmingen" but not "im Landkreis Fuß fassen"', () => {
    expect(orgs('Der Landkreis Hemmingen baut Radwege.')).toContain('de-org-prefix: Landkreis Hemmingen');
    expect(orgs('Viele wollen im Landkreis Fuß fassen.')).toEqual([]);
  });

  it('genitive head and adjectives in the nominative: "der Kommunalen Musikschule", "des Landkreises"', () => {
    expect(orgs('Die Kinder der Kommunalen Musikschule spielen.')).toContain('de-org-compound: Kommunale Musikschule');
    expect(orgs('Die Kämmerin des Landkreises Hemmingen rechnet.')).toContain('de-org-prefix: Landkreis Hemmingen');
  });

  it('bare and plural heads: a bare head is a weak partial alias, a plural names no body', () => {
    const c = findGermanOrganisations(germanDoc('Die Bibliothek öffnete. Alle Kammern waren da.'));
    expect(c.map((x) => [x.name, x.rule, x.partial])).toEqual([['Bibliothek', 'de-org-bare', true]]);
  });

  it('genitive complement naming a CamelCase body proposes it too: "Beratungszentrum der WerkFuchs"', () => {
    expect(orgs('Das Beratungszentrum der WerkFuchs öffnet.')).toEqual(
      expect.arrayContaining(['de-org-genitive-inner: WerkFuchs', 'de-org-compound: Beratungszentrum der WerkFuchs']),
    );
  });

  it('"-ischen" adjectives join the name although they end like "-chen" nouns', () => {
    expect(orgs('Die Schüler der Städtischen Musikschule spielen.')).toContain(
      'de-org-compound: Städtische Musikschule',
    );
    expect(orgs('Die Helfer des Technischen Ordnungsamts kamen.')).toContain(
      'de-org-compound: Technisches Ordnungsamt',
    );
  });

  it('territory head + unknown name before a lower-case verb is a body; a known noun there is not', () => {
    expect(orgs('Der Landkreis Lindenau baut Radwege.')).toContain('de-org-prefix: Landkreis Lindenau');
    expect(orgs('Die Gemeinde Kleinbach plant einen Neubau.')).toContain('de-org-prefix: Gemeinde Kleinbach');
    expect(orgs('In der Stadt Angst haben viele nicht.')).toEqual([]);
  });

  it('a class noun before an acronym describes it: the acronym is the name, the phrase an alias', () => {
    const c = findGermanOrganisations(germanDoc('Die Nachrichtenagentur NDA meldet einen Streik.'));
    expect(c.map((x) => [x.rule, x.name, x.aliases])).toEqual([
      ['de-org-classified-acronym', 'NDA', ['Nachrichtenagentur NDA']],
    ]);
    expect(orgs('Der Kreisverband Hemmingen tagt.')).toContain('de-org-compound: Kreisverband Hemmingen');
  });

  it('an unnamed head after an indefinite word is a class, no body; the definite one is', () => {
    expect(orgs('Sie gründeten eine Fluggesellschaft mit zwei Maschinen.')).toEqual([]);
    expect(orgs('Jeder Sportverein bekommt einen Zuschuss.')).toEqual([]);
    expect(orgs('Sie arbeitet in einer kleinen renommierten Anwaltskanzlei am Markt.')).toEqual([]);
    expect(orgs('Sie arbeitet in der kleinen Anwaltskanzlei am Markt.')).toContain('de-org-compound: Anwaltskanzlei');
    expect(orgs('Der Gemeinderat beschloss den Haushalt.')).toContain('de-org-compound: Gemeinderat');
  });
});
