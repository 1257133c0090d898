import { describe, expect, it } from 'vitest';
import { findGermanOrganisations } from '../../../ingest/extract/de/organisations.js';
import { germanDoc, named } from './german-rules-helpers.js';

const orgs = (body: string): string[] => named(findGermanOrganisations(germanDoc(body)));

describe('German organisation names in their right form', () => {
  it('a regional acronym and the place after it are one name, the acronym alone its alias', () => {
    const c = findGermanOrganisations(germanDoc('Die IHK Talland lädt zum Empfang ein.'));
    expect(named(c)).toContain('de-org-acronym: IHK Talland');
    expect(c.find((x) => x.name === 'IHK Talland')?.aliases).toContain('IHK');
    expect(orgs('Die HWK Kleinfurt berät Betriebe.')).toContain('de-org-acronym: HWK Kleinfurt');
    expect(orgs('Die IHK zu Kleinfurt lobte die Betriebe.')).toContain('de-org-acronym: IHK zu Kleinfurt');
  });

  it('a regional acronym takes no common noun, person or party neighbour into its name', () => {
    expect(orgs('Die IHK Veranstaltungen sind ausgebucht.')).toContain('de-org-acronym: IHK');
    expect(orgs('Für die IHK Anna Berg sprach.')).toContain('de-org-acronym: IHK');
    expect(orgs('Die SPD Talland tagt am Montag im großen Saal.')).toContain('de-org-acronym: SPD');
  });

  it('a name ends before an abbreviation that introduces a number ("Nr.", "Tel.")', () => {
    expect(orgs('Die Staatsanwaltschaft Talland Nr. 12 meldet den Fall.')).toContain(
      'de-org-compound: Staatsanwaltschaft Talland',
    );
    expect(orgs('Die Stiftung Kleinfurt Tel. 0123 456 berät.')).toContain('de-org-compound: Stiftung Kleinfurt');
  });

  it('words that end in a body head only by word formation are no organisations', () => {
    expect(orgs('Die Polizei ermittelt wegen Brandstiftung in einem Mehrfamilienhaus.')).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/Brandstiftung|Mehrfamilienhaus/)]),
    );
    expect(orgs('Zwei Vollzugsbeamte wurden verletzt, konnten aber allesamt im Dienst bleiben.')).toEqual([]);
    expect(orgs('Er verlangsamte sein Auto und hielt samt Anhänger.')).toEqual([]);
    expect(orgs('Das intakt-Musikinstitut spielt im Saal.')).toContain('de-org-compound: intakt-Musikinstitut');
    expect(orgs('Die Kulturstiftung Talland fördert das Fest.')).toContain('de-org-compound: Kulturstiftung Talland');
  });

  it('the seat after "zu" belongs to a headed name', () => {
    expect(orgs('Die Handwerkskammer Talland zu Kleinfurt lädt ein.')).toContain(
      'de-org-prefix: Handwerkskammer Talland zu Kleinfurt',
    );
    expect(orgs('Die Handwerkskammer Talland lud zu Beginn des Jahres ein.')).toContain(
      'de-org-prefix: Handwerkskammer Talland',
    );
  });

  it('a head already in the nominative after "des" keeps its last letter', () => {
    expect(orgs('Ein Sprecher des Landkreis Talland bestätigte das.')).toContain('de-org-prefix: Landkreis Talland');
    expect(orgs('Ein Sprecher des Landkreises Talland bestätigte das.')).toContain('de-org-prefix: Landkreis Talland');
    expect(orgs('Die Leiterin des Beratungszentrums Talland sprach.')).toContain(
      'de-org-compound: Beratungszentrum Talland',
    );
  });

  it('a plural head is a class of bodies, also with a remit', () => {
    expect(orgs('Die Wohnungsbaugesellschaften für Talland bauen mehr.').join()).not.toMatch(/gesellschaften/);
    expect(orgs('Die Wohnungsbaugesellschaft für Talland baut mehr.')).toContain(
      'de-org-compound: Wohnungsbaugesellschaft für Talland',
    );
  });

  it('a national adjective and a party before a parliamentary group belong to the name', () => {
    expect(orgs('Die Leiterin der Deutschen Obstbauakademie sprach.')).toContain(
      'de-org-compound: Deutsche Obstbauakademie',
    );
    expect(orgs('Er ist Sprecher der Grünen Landtagsfraktion.')).toContain('de-org-compound: Grüne Landtagsfraktion');
    // a party word before any other head is no adjective of it
    expect(orgs('Die Linke Stadtverwaltung gibt es nicht.')).toContain('de-org-compound: Stadtverwaltung');
  });

  it('the bracketed abbreviation is an alias, not part of the name', () => {
    const c = findGermanOrganisations(germanDoc('Der Leiter der Deutschen Obstbaukammer (DOK) sprach.'));
    expect(named(c)).toContain('de-org-compound: Deutsche Obstbaukammer');
    expect(c.find((x) => x.name === 'Deutsche Obstbaukammer')?.aliases).toContain('DOK');
  });
});
