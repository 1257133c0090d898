import { describe, expect, it } from 'vitest';
import { findGermanOrganisations } from '../../../ingest/extract/de/organisations.js';
import { germanDoc, named } from './german-rules-helpers.js';

const orgs = (body: string): string[] => named(findGermanOrganisations(germanDoc(body)));

describe('German units with a genitive owner', () => {
  it('an office of a body named in the genitive is one organisation, the owner is proposed inside it', () => {
    expect(orgs('Die Wirtschaftsförderung des Kreises Talland lädt ein.')).toEqual([
      'de-org-owner: Wirtschaftsförderung des Kreises Talland',
      'de-org-genitive-inner: Kreis Talland',
    ]);
  });

  it('a regional acronym as owner takes its place name, as where it stands alone', () => {
    expect(orgs('Die Vollversammlung der IHK Talland zu Kleinfurt tagte.')).toEqual([
      'de-org-owner: Vollversammlung der IHK Talland zu Kleinfurt',
      'de-org-genitive-inner: IHK Talland zu Kleinfurt',
    ]);
  });

  it('an assembly that is an organ of a body counts, a public meeting does not', () => {
    expect(orgs('Die Vollversammlung der Handwerkskammer Kleinfurt tagte.')).toContain(
      'de-org-owner: Vollversammlung der Handwerkskammer Kleinfurt',
    );
    expect(orgs('Die Bürgerversammlung der Handwerkskammer Kleinfurt tagte.').join()).not.toContain('de-org-owner');
  });

  it('a unit with a remit and a numbered owner ("Fachkommissariat für A und B der Polizeidirektion 3")', () => {
    expect(orgs('Das Fachkommissariat für Raub und Betrug der Polizeidirektion 3 ermittelt.')).toEqual([
      'de-org-owner: Fachkommissariat für Raub und Betrug der Polizeidirektion 3',
      'de-org-genitive-inner: Polizeidirektion 3',
    ]);
  });

  it('no owner after a unit that is no office, or when the genitive is no organisation', () => {
    expect(orgs('Die Ausstellung der Handwerkskammer Kleinfurt beginnt.').join()).not.toContain('de-org-owner');
    expect(orgs('Die Wirtschaftsförderung der kleinen Betriebe ist wichtig.').join()).not.toContain('de-org-owner');
  });

  it('a numbered office is named by its number, a territory is not ("im Landkreis 12 Gemeinden")', () => {
    expect(orgs('Das Referat 31 prüft den Antrag.')).toContain('de-org-prefix: Referat 31');
    expect(orgs('Im Landkreis 12 Gemeinden haben zugestimmt.').join()).not.toContain('12');
  });
});

describe('German federal parliament', () => {
  it('the full and the short name of the Bundestag are aliases of each other', () => {
    const found = findGermanOrganisations(germanDoc('Die Vorlage des Deutschen Bundestages liegt vor.'));
    expect(found.map((c) => [c.name, c.aliases])).toEqual([
      ['Deutscher Bundestag', ['Bundestag', 'Deutschen Bundestages']],
    ]);
    const short = findGermanOrganisations(germanDoc('Im Bundestag sprach sie lange.'));
    expect(short.map((c) => [c.name, c.aliases])).toEqual([['Bundestag', ['Deutscher Bundestag']]]);
  });

  it('a compound of the word is no parliament', () => {
    expect(orgs('Die Bundestagswahl findet im Herbst statt.')).toEqual([]);
  });
});

describe('German generic body compounds', () => {
  it('a compound naming a kind of body is only an alias, a named one stays', () => {
    const found = findGermanOrganisations(
      germanDoc('Die Kreisbehörde prüft das, die Bürgergesellschaft hilft, die Wirtschaftsförderung berät.'),
    );
    expect(found).toHaveLength(3);
    expect(found.every((c) => c.partial)).toBe(true);
    expect(orgs('Die Ausländerbehörde Talland prüft den Antrag.')).toContain(
      'de-org-compound: Ausländerbehörde Talland',
    );
  });
});
