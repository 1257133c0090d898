import { describe, expect, it } from 'vitest';
import { findGermanOrganisations } from '../../../ingest/extract/de/organisations.js';
import { isTradeNoun } from '../../../ingest/extract/de/org-trade.js';
import { germanDoc, named } from './german-rules-helpers.js';

const orgs = (body: string): string[] => named(findGermanOrganisations(germanDoc(body)));

describe('German trade names', () => {
  it('a trade noun and a family name are one business', () => {
    expect(orgs('Der Landrat besuchte die Bäckerei Wendrich in Talheim.')).toContain('de-org-trade: Bäckerei Wendrich');
    expect(orgs('Danach ging es zur Zimmerei Brasch und zur Gärtnerei Olbertz.')).toEqual([
      'de-org-trade: Zimmerei Brasch',
      'de-org-trade: Gärtnerei Olbertz',
    ]);
  });

  it('a compound ending in a trade noun counts too, and the genitive is put in the nominative', () => {
    expect(orgs('Die Landbäckerei Kolbinger eröffnet eine Filiale.')).toContain('de-org-trade: Landbäckerei Kolbinger');
    expect(orgs('Die Mitarbeiter des Autohauses Brems feierten.')).toContain('de-org-trade: Autohaus Brems');
  });

  it('two names joined by "&" or "und" stay one firm', () => {
    expect(orgs('Die Schreinerei Kessel & Hauer bildet aus.')).toContain('de-org-trade: Schreinerei Kessel & Hauer');
  });

  it('the trade noun alone, or before a noun that is an object, is no business', () => {
    expect(orgs('Die Bäckerei hat am Sonntag geschlossen.')).toEqual([]);
    expect(orgs('Wer in der Bäckerei Brot kaufen will, muss früh kommen.')).toEqual([]);
    expect(isTradeNoun('Bäckerei')).toBe(true);
    expect(isTradeNoun('Bücherei')).toBe(false);
  });
});
