import { describe, expect, it } from 'vitest';
import { recogniseGerman } from '../../../ingest/extract/de/recognise.js';
import { withTaggerProposals } from '../../../ingest/extract/de/tagger-proposals.js';
import type { NameTagger } from '../../../ingest/extract/ner/tagger.js';
import { sentenceWords } from '../../../ingest/extract/ner/doc-words.js';
import { germanDoc, named } from './german-rules-helpers.js';

/** A tagger that marks the given word sequences (by surface) with a type, as a trained model would. */
function scriptedTagger(marks: Record<string, 'PER' | 'ORG' | 'LOC' | 'OTH'>): NameTagger {
  const spans = (words: readonly string[]): { type: string; from: number; to: number }[] =>
    Object.entries(marks).flatMap(([surface, type]) => {
      const want = surface.split(' ');
      for (let i = 0; i + want.length <= words.length; i++)
        if (want.every((w, k) => words[i + k] === w)) return [{ type, from: i, to: i + want.length }];
      return [];
    });
  return {
    spans,
    labels: () => {
      throw new Error('not used by the proposals');
    },
    emissions: () => new Float64Array(0),
  };
}

/** Rule candidates of a one-paragraph release, after the tagger's proposals. */
function resolved(text: string, marks: Record<string, 'PER' | 'ORG' | 'LOC' | 'OTH'>): string[] {
  const doc = germanDoc(text);
  return named(withTaggerProposals(doc, recogniseGerman(doc), scriptedTagger(marks)).candidates);
}

describe('German tagger proposals against the rules', () => {
  it('takes no lone person the tagger reads right after an age ("der 67-jährige Anwohner")', () => {
    const found = resolved('Der 67-jährige Anwohner rief die Polizei, Ortrud Fenwald half.', {
      Anwohner: 'PER',
      'Ortrud Fenwald': 'PER',
    });
    expect(found.filter((n) => n.includes('Anwohner'))).toEqual([]);
    expect(found.some((n) => n.endsWith(': Ortrud Fenwald'))).toBe(true);
  });

  it('the scripted tagger sees the words the proposals see', () => {
    const doc = germanDoc('Gestern kam Jonas Brekel nach Hause.');
    const s = doc.sentences[doc.sentences.length - 1]!;
    expect(sentenceWords(doc, s).words).toContain('Brekel');
  });

  it('a first-name-list person that stops short of the name takes the tagger’s longer boundary', () => {
    const text = 'Gestern kam Jonas Brekel van der Vantosa nach Hause.';
    expect(resolved(text, {})).toEqual(['de-per-firstname: Jonas Brekel']);
    expect(resolved(text, { 'Jonas Brekel van der Vantosa': 'PER' })).toEqual([
      'de-per-firstname: Jonas Brekel van der Vantosa',
    ]);
  });

  it('a first-name-list person that runs past the name keeps its rule but takes the tagger’s boundary', () => {
    const text = 'Dort spielte Tobias Fernwald Quellbrand.';
    expect(resolved(text, {})).toEqual(['de-per-firstname: Tobias Fernwald Quellbrand']);
    expect(resolved(text, { 'Tobias Fernwald': 'PER' })).toEqual(['de-per-firstname: Tobias Fernwald']);
  });

  it('a title rule’s person that the tagger reads as part of a longer name keeps its role and takes the whole name', () => {
    const doc = germanDoc('Gestern sprach Landrat Quirin L. Tessmer im Rat.');
    const found = recogniseGerman(doc);
    expect(named(found.candidates)).toEqual(['de-per-title: Quirin']);
    const out = withTaggerProposals(doc, found, scriptedTagger({ 'Quirin L. Tessmer': 'PER' })).candidates;
    expect(named(out)).toEqual(['de-per-title: Quirin L. Tessmer']);
    expect(out[0]!.roles).toEqual(found.candidates[0]!.roles);
  });

  it('a first-name-list person yields to a body the tagger reads over different words', () => {
    const text = 'Gestern tagte das Greater Martha Board in der Halle.';
    expect(resolved(text, {})).toEqual(['de-per-firstname: Martha Board']);
    expect(resolved(text, { 'Greater Martha Board': 'ORG' })).toEqual(['de-ner-ORG: Greater Martha Board']);
  });

  it('a first-name-list person keeps its type where the tagger reads the same words as a body', () => {
    const text = 'Gestern tagte das Greater Martha Board in der Halle.';
    expect(resolved(text, { 'Martha Board': 'ORG' })).toEqual(['de-per-firstname: Martha Board']);
  });

  it('a one-word gazetteer town that the tagger reads as a team or body on the same words becomes that body', () => {
    const text = 'Die Mannschaft aus Rehna siegte im Pokal.';
    expect(resolved(text, { Rehna: 'LOC' })).toEqual(['de-plc-gaz-small: Rehna']);
    expect(resolved(text, { Rehna: 'ORG' })).toEqual(['de-ner-ORG: Rehna']);
  });

  it('a big town’s name that the tagger reads as a person stays a person; read as a body it stays the town', () => {
    const text = 'Die Delegation traf Vertreter von Wuppertal.';
    expect(resolved(text, { Wuppertal: 'PER' })).toEqual(['de-ner-PER: Wuppertal']);
    expect(resolved(text, { Wuppertal: 'ORG' })).toEqual(['de-plc-gaz-big: Wuppertal']);
  });

  it('organisation pieces that cross each other yield to the one body the tagger reads over them', () => {
    const text = 'Sie war Vorsitzende des Verbandes Talländischer Gartenvereine.';
    expect(resolved(text, {})).toEqual([
      'de-org-prefix: Verband Talländischer',
      'de-org-compound: Talländischer Gartenvereine',
    ]);
    expect(resolved(text, { 'Verbandes Talländischer Gartenvereine': 'ORG' })).toEqual([
      'de-ner-ORG: Verbandes Talländischer Gartenvereine',
    ]);
  });

  it('a body the rules cut short keeps its rule and name and takes the tagger’s end', () => {
    const firm = 'Sie schloss einen Vertrag mit der Firma Quellbrand Media ab.';
    expect(resolved(firm, {})).toEqual(['de-org-intro: Quellbrand']);
    expect(resolved(firm, { 'Quellbrand Media': 'ORG' })).toEqual(['de-org-intro: Quellbrand Media']);
    const remit = 'Zuvor war er Direktor des Instituts für Corporate Talance.';
    expect(resolved(remit, {})).toEqual(['de-org-prefix: Institut für Corporate']);
    expect(resolved(remit, { 'Instituts für Corporate Talance': 'ORG' })).toEqual([
      'de-org-prefix: Institut für Corporate Talance',
    ]);
    // a tagger person over the same words changes nothing
    expect(resolved(firm, { 'Quellbrand Media': 'PER' })).toEqual(['de-org-intro: Quellbrand']);
  });

  it('a legal form in lower case may end the tagger’s body (and so extend a rule body cut short)', () => {
    const text = 'Die Regeln legte die Siedlungsgenossenschaft Talgrund e.G. fest.';
    expect(resolved(text, {})).toEqual(['de-org-compound: Siedlungsgenossenschaft Talgrund']);
    expect(resolved(text, { 'Siedlungsgenossenschaft Talgrund e.G.': 'ORG' })).toEqual([
      'de-org-compound: Siedlungsgenossenschaft Talgrund e.G.',
    ]);
  });

  it('a kind-of-body noun before the body the tagger reads is cut off; an acronym before it is not', () => {
    const text = 'Die Beschäftigten sind in der Gewerkschaft Ver.tal organisiert.';
    expect(resolved(text, {})).toEqual(['de-org-compound: Gewerkschaft Ver.tal']);
    expect(resolved(text, { 'Ver.tal': 'ORG' })).toEqual(['de-org-compound: Ver.tal']);
    expect(resolved(text, { 'Ver.tal': 'LOC' })).toEqual(['de-org-compound: Gewerkschaft Ver.tal']);
    // an adjective is part of the name
    const brigade = 'Gestern rückte die Freiwillige Feuerwehr Kleinfurt aus.';
    const rules = resolved(brigade, {});
    expect(resolved(brigade, { 'Feuerwehr Kleinfurt': 'ORG' })).toEqual(rules);
  });

  it('a bare head noun the tagger reads as part of a person’s name yields to the person', () => {
    const text = 'Im Video wirkte Kesta Banks mit.';
    expect(resolved(text, {})).toEqual(['de-org-bare: Banks']);
    expect(resolved(text, { 'Kesta Banks': 'PER' })).toEqual(['de-ner-PER: Kesta Banks']);
  });

  it('a form of address the tagger read into a person’s name is cut off', () => {
    const text = 'Herr Quandtberg, wo waren Sie am Abend?';
    expect(resolved(text, { 'Herr Quandtberg': 'PER' })).toEqual(['de-per-intro: Quandtberg']);
  });

  it('a first-name-list person inside a span the tagger reads as another kind of name (a product) is dropped', () => {
    const text = 'Er arbeitete lange mit der Software Clara Notes.';
    expect(resolved(text, {})).toEqual(['de-per-firstname: Clara Notes']);
    expect(resolved(text, { 'Clara Notes': 'OTH' })).toEqual([]);
  });

  it('a body nested in another keeps the rules’ names where the tagger reads the whole', () => {
    const text = 'Die Leiterin des Beratungszentrums der WerkStark, Ida Quell, lobte das Team.';
    const rules = resolved(text, {}).filter((n) => n.startsWith('de-org'));
    expect(rules).toHaveLength(2);
    expect(resolved(text, { 'Beratungszentrums der WerkStark': 'ORG' }).filter((n) => n.startsWith('de-org'))).toEqual(
      rules,
    );
  });

  it('a town body after a locative or as a noun’s genitive is the town the tagger reads, named as the body too', () => {
    const town = (text: string, name: string): string[] => {
      const doc = germanDoc(text);
      return withTaggerProposals(doc, recogniseGerman(doc), scriptedTagger({ [name]: 'LOC' })).candidates.map(
        (c) => `${c.type}: ${c.name} ${JSON.stringify(c.aliases ?? [])}`,
      );
    };
    expect(resolved('Das Fest fand in der Stadt Talheim statt.', {})).toContain('de-org-prefix: Stadt Talheim');
    expect(town('Das Fest fand in der Stadt Talheim statt.', 'Talheim')).toEqual(['Place: Talheim ["Stadt Talheim"]']);
    expect(resolved('Die Bürger der Gemeinde Kleinfurt feierten.', {})).toEqual(['de-org-prefix: Gemeinde Kleinfurt']);
    expect(town('Die Bürger der Gemeinde Kleinfurt feierten.', 'Kleinfurt')).toEqual([
      'Place: Kleinfurt ["Gemeinde Kleinfurt"]',
    ]);
  });

  it('a town body that acts or employs stays the body where the tagger reads the town', () => {
    expect(resolved('Die Stadt Talheim lädt zum Fest ein.', { Talheim: 'LOC' })).toEqual([
      'de-org-prefix: Stadt Talheim',
    ]);
    expect(resolved('Es sprach der Bürgermeister der Stadt Talheim.', { Talheim: 'LOC' })).toContain(
      'de-org-prefix: Stadt Talheim',
    );
  });

  it('a title the tagger ran into after a name and a class noun before a place are no part of the name', () => {
    expect(resolved('Er war ein Freund von Quellhoffs Vizekanzler.', { 'Quellhoffs Vizekanzler': 'PER' })).toEqual([
      'de-ner-PER: Quellhoffs',
    ]);
    expect(resolved('Sie wanderten auf den Berg Talstein hinauf.', { 'Berg Talstein': 'LOC' })).toEqual([
      'de-ner-LOC: Talstein',
    ]);
  });

  it('a short lower-case word alone in brackets that the tagger reads as a body is one (an agency credit)', () => {
    expect(resolved('Kleinfurt (tdp) Der Markt öffnet heute.', { tdp: 'ORG' })).toContain('de-ner-ORG: tdp');
    expect(resolved('Der Markt öffnet heute um zehn (tdp).', { tdp: 'ORG' })).toContain('de-ner-ORG: tdp');
    expect(resolved('Der Markt öffnet heute um zehn (tdp).', { tdp: 'PER' })).toEqual([]);
    expect(resolved('Der Markt öffnet heute tdp um zehn.', { tdp: 'ORG' })).toEqual([]);
  });

  it('where the rules read the same acronym as a body and as a region, the tagger’s reading decides', () => {
    const text = 'Gestern beschloss die EU neue Regeln für Kleinfurt.';
    const types = (marks: Record<string, 'PER' | 'ORG' | 'LOC'>): string[] => {
      const doc = germanDoc(text);
      return withTaggerProposals(doc, recogniseGerman(doc), scriptedTagger(marks))
        .candidates.filter((c) => c.name === 'EU')
        .map((c) => c.type);
    };
    expect(types({}).sort()).toEqual(['Organisation', 'Place']);
    expect(types({ EU: 'ORG' })).toEqual(['Organisation']);
    expect(types({ EU: 'LOC' })).toEqual(['Place']);
  });

  it('a tagger span that ends in a period keeps it (an abbreviation)', () => {
    const doc = germanDoc('Im Jahr 30 v . Chr . lebte sie in Kleinfurt .');
    const out = withTaggerProposals(doc, recogniseGerman(doc), scriptedTagger({ 'Chr .': 'PER' })).candidates;
    const chr = out.find((c) => c.rule === 'de-ner-PER')!;
    expect(doc.text.slice(chr.start, chr.end)).toBe('Chr .');
    expect(chr.name).toBe('Chr.');
    const brand = germanDoc('Gestern kaufte Quello ! die Firma aus Kleinfurt .');
    const out2 = withTaggerProposals(brand, recogniseGerman(brand), scriptedTagger({ 'Quello !': 'ORG' })).candidates;
    expect(out2.find((c) => c.rule === 'de-ner-ORG')?.name).toBe('Quello!');
  });

  it('a name with particles of other languages ("da", "la") is one person', () => {
    const text = 'Gestern kam Jonas Brekel da la Vantosa nach Hause.';
    expect(resolved(text, { 'Jonas Brekel da la Vantosa': 'PER' })).toEqual([
      'de-per-firstname: Jonas Brekel da la Vantosa',
    ]);
  });
});

describe('German tagger proposals of single words that noun tests call common', () => {
  it('a one-word person ending in -s that is no common noun is proposed; a frequent noun ending in -s is not', () => {
    expect(resolved('Gestern erklärte Wendelbrocks das Vorhaben.', { Wendelbrocks: 'PER' })).toEqual([
      'de-ner-PER: Wendelbrocks',
    ]);
    expect(resolved('Gestern erklärte das Haus das Vorhaben.', { Haus: 'PER' })).toEqual([]);
  });

  it('a woman of a country is no person’s name; a name ending in -in is one', () => {
    expect(resolved('Gestern gewann die Italienerin das Rennen.', { Italienerin: 'PER' })).toEqual([]);
    expect(resolved('Gestern gewann die Schwedin das Rennen.', { Schwedin: 'PER' })).toEqual([]);
    expect(resolved('Gestern gewann Quellin das Rennen.', { Quellin: 'PER' })).toEqual(['de-ner-PER: Quellin']);
  });

  it('a frequent noun the tagger reads as a place right after a locative is a place, elsewhere it is not', () => {
    expect(resolved('Die Gruppe reiste weiter nach Krone.', { Krone: 'LOC' })).toEqual(['de-ner-LOC: Krone']);
    expect(resolved('Die Krone glänzte im Licht.', { Krone: 'LOC' })).toEqual([]);
  });

  it('a compass prefix on a known country is a place (the region rule decides it); on a common noun it is not', () => {
    expect(resolved('Die Reise führte durch Ostspanien.', { Ostspanien: 'LOC' })).toEqual([
      'de-plc-compass: Ostspanien',
    ]);
    expect(resolved('Die Südsicherung hielt stand.', { Südsicherung: 'LOC' })).toEqual([]);
  });
});

describe('German tagger proposals whose type the words decide', () => {
  const typed = (text: string, marks: Record<string, 'PER' | 'ORG' | 'LOC'>): string[] => {
    const doc = germanDoc(text);
    return withTaggerProposals(doc, recogniseGerman(doc), scriptedTagger(marks)).candidates.map(
      (c) => `${c.type}: ${c.name}`,
    );
  };

  it('a tagger place of a letter and a number is a road, neither a person nor a body', () => {
    expect(typed('Der Stau auf der A 7 bei Kleinfurt löste sich auf.', { 'A 7': 'LOC' })).toContain('Place: A 7');
    expect(typed('Der Stau auf der B27 bei Kleinfurt löste sich auf.', { B27: 'LOC' })).toContain('Place: B27');
  });

  it('a tagger place that starts with an initial is a person; a place of two name words stays a place', () => {
    expect(typed('Das Buch schrieb K. Wendholt im Winter.', { 'K. Wendholt': 'LOC' })).toEqual(['Person: K. Wendholt']);
    expect(typed('Das Buch schrieb sie in Ober Wendholt im Winter.', { 'Ober Wendholt': 'LOC' })).toEqual([
      'Place: Ober Wendholt',
    ]);
  });
});

describe('German organisations from title prefixes', () => {
  it('a country before a title is no organisation, another prefix is', () => {
    const found = named(
      recogniseGerman(germanDoc('Der USA-Präsident und die WerkStark-Vorsitzende trafen sich.')).candidates,
    );
    expect(found).toContain('de-org-title-prefix: WerkStark');
    expect(found).not.toContain('de-org-title-prefix: USA');
  });
});
