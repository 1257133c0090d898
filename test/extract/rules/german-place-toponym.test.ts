import { describe, expect, it } from 'vitest';
import { findGermanPlaces } from '../../../ingest/extract/de/places.js';
import { germanDoc, named } from './german-rules-helpers.js';

const places = (body: string): string[] => named(findGermanPlaces(germanDoc(body)));

describe('German unknown villages of settlement shape (de-plc-toponym)', () => {
  it('takes an unknown name with a settlement ending after a locative or route word', () => {
    expect(places('Weiter ging es nach Pölkenried, wo der Bürgermeister wartete.')).toContain(
      'de-plc-toponym: Pölkenried',
    );
    expect(places('Die Runde führte über Trellbüttel zum Hafen.')).toContain('de-plc-toponym: Trellbüttel');
    expect(places('Der Zug hält in Quarnstedt-Ost.')).toContain('de-plc-toponym: Quarnstedt-Ost');
  });

  it('takes "von X" only on a route with "bis", "nach" or "über"', () => {
    expect(places('Die Tour führte von Hellwarden bis Brunnsiek.')).toEqual([
      'de-plc-toponym: Hellwarden',
      'de-plc-toponym: Brunnsiek',
    ]);
    expect(places('Es sprach der Vertreter von Hellwarden.')).toEqual([]);
  });

  it('takes a name after a visit verb and a pronoun, and list items after a place', () => {
    expect(places('Danach besuchte er Oberhaslach.')).toContain('de-plc-toponym: Oberhaslach');
    expect(places('Die Delegation besuchte Quarnstedt und Pölkenried.')).toEqual([
      'de-plc-toponym: Quarnstedt',
      'de-plc-toponym: Pölkenried',
    ]);
    expect(places('Der Radweg endet dann in Rödhausen bei Kleinfurt.')).toContain('de-plc-toponym: Rödhausen');
    expect(places('Der Radweg endet dann kurz vor Rödhausen bei Kleinfurt.')).toContain('de-plc-toponym: Rödhausen');
    expect(places('Neue Radwege gibt es in Pölkenried, Kemmerode und Jörgenshagen.')).toEqual([
      'de-plc-toponym: Pölkenried',
      'de-plc-toponym: Kemmerode',
      'de-plc-toponym: Jörgenshagen',
    ]);
  });

  it('takes a two-word village name: a name prefix or land adjective and a settlement name', () => {
    expect(places('Die Tour führte nach Wendisch Quarnstedt und in Hohen Pölkow.')).toEqual([
      'de-plc-toponym: Wendisch Quarnstedt',
      'de-plc-toponym: Hohen Pölkow',
    ]);
    expect(places('Der Preis ging an Neu Quarnstedt.')).toEqual([]);
  });

  it('leaves common nouns with such endings, names after another capitalised word and surnames', () => {
    expect(places('Die Mauer ist aus Naturstein und wurde nach Umbau in Betrieb genommen.')).toEqual([]);
    expect(places('Das Haus ist in Besitz der Familie und in Eigentum der Stadt.')).toEqual([]);
    expect(places('Der Unfall geschah am Lindenring nahe Simonring. Es ging um Anbringen von Plakaten.')).toEqual([]);
    expect(places('Der Auftrag ging an Rosenbach Consulting in Pölkenried Nord.')).toEqual([]);
    expect(places('Anna Birkhagen sprach. Der Preis ging an Birkhagen.')).toEqual([]);
    expect(places('Die Gruppe traf sich bei Birkhagen. Anna Birkhagen lud ein.')).toEqual([]);
  });
});

describe('German sites named by their town adjective (de-plc-town-site)', () => {
  it('keeps the adjective of a known or named town with the site noun', () => {
    expect(places('Die Feier fand in der Kleinfurter Stadthalle statt.')).toContain(
      'de-plc-town-site: Kleinfurter Stadthalle',
    );
    expect(places('In Pölkenried steht ein Schloss. Das Pölkenrieder Schloss wird saniert.')).toContain(
      'de-plc-town-site: Pölkenrieder Schloss',
    );
  });

  it('puts a genitive site noun in the nominative', () => {
    expect(places('Die Sanierung des Kleinfurter Kurparks beginnt.')).toContain(
      'de-plc-town-site: Kleinfurter Kurpark',
    );
  });

  it('leaves churches, inns and adjectives of no town', () => {
    expect(places('Der Chor sang in der Kleinfurter Kirche.')).not.toContain('de-plc-town-site: Kleinfurter Kirche');
    expect(places('Er wurde in ein Kleinfurter Stadion gebracht.')).toEqual([]);
    expect(places('Sie sprach im Kleinfurter Gemeindehaus und im Kleinfurter Krankenhaus.')).toEqual([
      'de-plc-town-site: Kleinfurter Gemeindehaus',
    ]);
    expect(places('Das Essen gab es im Kleinfurter Hof.')).toEqual([]);
    expect(places('Der Termin war im Peter Stadthalle.')).not.toContain('de-plc-town-site: Peter Stadthalle');
  });
});

describe('German site prefixes before a name', () => {
  it('names a station, a harbour and a memorial by the word after them', () => {
    expect(places('Er kam am Bahnhof Kleinfurt an.')).toContain('de-plc-site: Bahnhof Kleinfurt');
    expect(places('Die Fähre liegt im Hafen Lindwerder.')).toContain('de-plc-site: Hafen Lindwerder');
    expect(places('Sie legte in der Gedenkstätte Rotenhain einen Kranz nieder.')).toContain(
      'de-plc-site: Gedenkstätte Rotenhain',
    );
    expect(places('Die Führung ging durch die Grube Talberg und endete auf der Insel Lindwerder.')).toEqual([
      'de-plc-site: Grube Talberg',
      'de-plc-site: Insel Lindwerder',
    ]);
  });
});
