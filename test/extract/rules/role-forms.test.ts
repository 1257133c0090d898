import { describe, expect, it } from 'vitest';
import { entity, extractText, triples } from '../helpers.js';

const roles = (text: string, lang: 'de' | 'en' = 'de'): [string, string | null][] =>
  triples(extractText(text, lang, '2024-05-02'))
    .filter(([t]) => t === 'HOLDS_ROLE')
    .map(([, who, to]) => [who, to]);

const titles = (text: string, name: string, lang: 'de' | 'en' = 'de'): string[] =>
  entity(extractText(text, lang, '2024-05-02'), 'Person', name)?.roles.map((r) => r.title) ?? [];

describe('role organisation stated as a bare head', () => {
  it('reads "Landrat des Landkreises" as the one named Landkreis of the release', () => {
    const text =
      'Kreisbereisung\n\nDer Landkreis Nordheide hat viel vor. Der Landrat des Landkreises, Kai Brenner, besuchte die Gemeinde Kleinfurt.';
    expect(roles(text)).toContainEqual(['Kai Brenner', 'Landkreis Nordheide']);
  });

  it('leaves the role without organisation when no named body has that head', () => {
    const text = 'Kreisbereisung\n\nDer Landrat des Landkreises, Kai Brenner, besuchte die Gemeinde Kleinfurt.';
    expect(roles(text)).toContainEqual(['Kai Brenner', null]);
  });
});

describe('German coordinated titles in an apposition', () => {
  it('gives "Prokurist und Kaufmännischer Leiter der X GmbH" both titles at the firm', () => {
    const text =
      'Jubiläum\n\nHans Moser, Prokurist und Kaufmännischer Leiter der Holzwerk Lenz GmbH, führte die Gäste durch die Halle.';
    const got = roles(text);
    expect(titles(text, 'Hans Moser')).toEqual(['Prokurist', 'Kaufmännischer Leiter der Holzwerk Lenz GmbH']);
    expect(got.filter(([who]) => who === 'Hans Moser')).toEqual([
      ['Hans Moser', 'Holzwerk Lenz GmbH'],
      ['Hans Moser', 'Holzwerk Lenz GmbH'],
    ]);
  });

  it('keeps a first title without organisation when no title of the list names one', () => {
    const text = 'Besuch\n\nHans Moser, Prokurist und Betriebsleiter, führte die Gäste durch die Halle.';
    expect(roles(text)).toEqual([
      ['Hans Moser', null],
      ['Hans Moser', null],
    ]);
  });
});

describe('German apposition after a parenthesis', () => {
  it('reads the apposition after "Name (Partei),"', () => {
    const text = 'Besuch\n\nGreta Wendlandt (SPD), Landtagsabgeordnete aus Kleinfurt, besuchte am Freitag die Tafel.';
    expect(titles(text, 'Greta Wendlandt')).toContain('Landtagsabgeordnete');
  });

  it('takes no title from an ordinary noun after "Name (Partei),"', () => {
    const text = 'Besuch\n\nGreta Wendlandt (SPD), Gast des Abends, sprach über die Tafel.';
    expect(titles(text, 'Greta Wendlandt')).toEqual([]);
  });
});

describe('rule de-per-shared-surname', () => {
  it('gives coordinated first names the surname written after the last one', () => {
    const text =
      'Preis\n\nDie Bäckerei Lindner GmbH wurde ausgezeichnet. Die Inhaber Christoph und Johannes Lindner freuen sich.';
    const got = roles(text);
    expect(got).toContainEqual(['Christoph Lindner', 'Bäckerei Lindner GmbH']);
    expect(got).toContainEqual(['Johannes Lindner', 'Bäckerei Lindner GmbH']);
  });

  it('hands the surname along a list ("A, B und C Surname")', () => {
    const x = extractText('Preis\n\nEs gratulierten Eva, Karl und Otto Brenner.', 'de');
    for (const n of ['Eva Brenner', 'Karl Brenner', 'Otto Brenner']) expect(entity(x, 'Person', n)).toBeDefined();
  });

  it('does not join a word that is no first name to the surname', () => {
    const x = extractText('Preis\n\nEs kamen Gäste und Otto Brenner.', 'de');
    expect(entity(x, 'Person', 'Gäste Brenner')).toBeUndefined();
  });
});

describe('German implied organisations of office titles', () => {
  it('gives a Landrat the named district even when a bare "Landkreis" is also an entity', () => {
    const text =
      'Kreis Nordheide – Der Landkreis hat ein neues Amt. Das erklärte Landrat Kai Brenner am Montag in der Pressekonferenz.';
    expect(roles(text)).toContainEqual(['Kai Brenner', 'Kreis Nordheide']);
  });

  it('never gives a mayor a body whose name only starts like "Bürger…"', () => {
    const text =
      'Feuerwehrhaus\n\nIn der Halle weihte Bürgermeister Uwe Klaas das Feuerwehrhaus ein. Die Bürgerstiftung Talheim e.V. half.';
    expect(roles(text)).not.toContainEqual(['Uwe Klaas', 'Bürgerstiftung Talheim e.V.']);
  });
});

describe('contained titles at one organisation', () => {
  it('states "Wissenschaftsminister" and a later "Minister" of one person once, with the longer title', () => {
    const x = extractText(
      'Besuch\n\nHessens Wissenschaftsminister Jonas Elberfeld besuchte die Hochschule. „Das ist gut“, sagte Minister Elberfeld.',
      'de',
    );
    const rels = x.relations.filter((r) => r.type === 'HOLDS_ROLE');
    expect(rels.map((r) => r.title)).toEqual(['Wissenschaftsminister']);
  });

  it('keeps two different titles at one organisation', () => {
    const text =
      'Jubiläum\n\nHans Moser, Prokurist und Kaufmännischer Leiter der Holzwerk Lenz GmbH, führte die Gäste durch die Halle.';
    expect(extractText(text, 'de').relations.filter((r) => r.type === 'HOLDS_ROLE')).toHaveLength(2);
  });
});

describe('English lower-case role phrases with an organisation', () => {
  it('reads ", chair of the X," with the article before the organisation', () => {
    const text = 'Visit\n\nMark Denny, chair of the Eastbury Chamber of Commerce, attended the opening.';
    expect(roles(text, 'en')).toContainEqual(['Mark Denny', 'Eastbury Chamber of Commerce']);
  });

  it('keeps a lower-case field in the title and takes the body after "at" ("head of operations at the X")', () => {
    const text = 'Visit\n\nThe minister met Sue Lane, head of operations at the Eastbury Port Authority, on Monday.';
    expect(titles(text, 'Sue Lane', 'en')).toEqual(['head of operations']);
    expect(roles(text, 'en')).toContainEqual(['Sue Lane', 'Eastbury Port Authority']);
  });

  it('gives a title the named organisation written right before it ("Brightwater Foods chief executive Name")', () => {
    const text =
      'Visit\n\nBrightwater Foods chief executive Mary Holt said the plant would open in May. Brightwater Foods employs 300 people.';
    expect(roles(text, 'en')).toContainEqual(['Mary Holt', 'Brightwater Foods']);
  });

  it('gives no organisation from a capitalised word before the title that is no entity', () => {
    const text = 'Visit\n\nOn Monday chief executive Mary Holt said the plant would open in May.';
    expect(roles(text, 'en')).toEqual([['Mary Holt', null]]);
  });
});

describe('German firm titles without organisation', () => {
  it('gives "Geschäftsführer Name" the firm introduced as "Firma X" when it is the only firm', () => {
    const text =
      'Besuch\n\nLandrat Kai Brenner besuchte das Unternehmen Lenz Metallbau in Gaildorf. Geschäftsführer Hans Lenz zeigte die Fertigung.';
    expect(roles(text)).toContainEqual(['Hans Lenz', 'Lenz Metallbau']);
  });

  it('prefers the firm named after the person when several firms are named', () => {
    const text =
      'Besuch\n\nLandrat Kai Brenner besuchte die Lenz Metallbau GmbH in Gaildorf, die Berger GmbH in Talheim und den Bauhof. Geschäftsführer Hans Lenz zeigte die Fertigung.';
    expect(roles(text)).toContainEqual(['Hans Lenz', 'Lenz Metallbau GmbH']);
  });

  it('gives a firm title no organisation when several firms fit and none is named after the person', () => {
    const text =
      'Besuch\n\nLandrat Kai Brenner besuchte die Lenz Metallbau GmbH in Gaildorf und die Berger GmbH in Talheim. Geschäftsführer Hans Moser zeigte die Fertigung.';
    expect(roles(text)).toContainEqual(['Hans Moser', null]);
  });

  it('reads a one-word complement that names no entity as the implied firm ("des Familienunternehmens")', () => {
    const text =
      'Besuch\n\nLandrat Kai Brenner besuchte die Lenz Metallbau GmbH. Hans Lenz, Geschäftsführer des Familienunternehmens, führte durch die Halle.';
    expect(roles(text)).toContainEqual(['Hans Lenz', 'Lenz Metallbau GmbH']);
  });
});

describe('German title with a field and a body ("Sprecher für A und B der X")', () => {
  it('takes the genitive after the field as the organisation', () => {
    const text =
      'Besuch\n\nPaul Riedl, Sprecher für Wirtschaft und Energie der CDU-Landtagsfraktion, besuchte die Tafel.';
    expect(roles(text)).toContainEqual(['Paul Riedl', 'CDU-Landtagsfraktion']);
  });

  it('names no organisation for a field alone ("Beauftragte für Migration und Teilhabe")', () => {
    const text = 'Besuch\n\nGreta Wendlandt, Landesbeauftragte für Migration und Teilhabe, besuchte die Tafel.';
    expect(roles(text)).toEqual([['Greta Wendlandt', null]]);
  });
});

describe('German staff titles without organisation or publisher', () => {
  it('gives "Geschäftsführer Name" the organisation the release names most often', () => {
    const text =
      'Ehrung\n\nDie Kreishandwerkerschaft Nordheide ehrte ihre Jubilare. Die Kreishandwerkerschaft Nordheide lud dazu in den Saal ein. Geschäftsführer Paul Riedl und Kreishandwerksmeister Uwe Klaas gratulierten beim Verband Nordheider Bäcker.';
    expect(roles(text)).toContainEqual(['Paul Riedl', 'Kreishandwerkerschaft Nordheide']);
  });

  it('gives no organisation when no organisation is named more often than the others', () => {
    const text =
      'Ehrung\n\nDie Kreishandwerkerschaft Nordheide und der Verband Nordheider Bäcker ehrten ihre Jubilare. Geschäftsführer Paul Riedl gratulierte.';
    expect(roles(text)).toContainEqual(['Paul Riedl', null]);
  });
});

describe('lists of titled groups and plural title phrases', () => {
  it('reads no apposition from a bare plural title after "Name," ("mit Landrat X, Abgeordneten, …")', () => {
    const text =
      'Besuch\n\nDer Minister spricht mit Landrat Kai Brenner, Abgeordneten, Kreisrätinnen und Bürgermeistern.';
    expect(titles(text, 'Kai Brenner')).toEqual(['Landrat']);
  });

  it('still reads a singular apposition after "Name,"', () => {
    const text = 'Besuch\n\nDer Minister spricht mit Kai Brenner, Abgeordneter des Landtags, über die Schule.';
    expect(titles(text, 'Kai Brenner')).toContainEqual('Abgeordneter des Landtags');
  });

  it('gives the name after an English plural title phrase the singular title', () => {
    const text =
      'Visit\n\nTomorrow, Commissioners for Fisheries and Ports, Anna Varga and for Transport, Ivo Marsh will be in Eastbury.';
    expect(titles(text, 'Anna Varga', 'en')).toContain('Commissioner for Fisheries and Ports');
  });
});

describe('German title heads of patrons, treasurers and partners', () => {
  it.each([
    ['Schirmherrin Greta Wendlandt eröffnete den Lauf.', 'Greta Wendlandt', 'Schirmherrin'],
    ['Kämmerin Greta Wendlandt stellte den Haushalt vor.', 'Greta Wendlandt', 'Kämmerin'],
    ['Gesellschafter Hans Moser dankte den Mitarbeitern.', 'Hans Moser', 'Gesellschafter'],
    ['Kassierer Hans Moser legte den Bericht vor.', 'Hans Moser', 'Kassierer'],
  ])('reads "%s" as a titled person', (sentence, name, title) => {
    expect(titles(`Bericht\n\n${sentence}`, name)).toContain(title);
  });

  it('reads no title from a plain noun before a name ("Gast Hans Moser")', () => {
    expect(titles('Bericht\n\nDer Gast Hans Moser dankte den Mitarbeitern.', 'Hans Moser')).toEqual([]);
  });
});

describe('English organisation before or inside the title', () => {
  it('reads "Eastbury Council Leader Cllr Name" as leader of the council (honorific not in the title)', () => {
    const text = 'Council news for the week\n\nEastbury Council Leader Cllr Jane Arlow said the budget was fair.';
    expect(titles(text, 'Jane Arlow', 'en')).toEqual(['Leader']);
    expect(roles(text, 'en')).toContainEqual(['Jane Arlow', 'Eastbury Council']);
  });

  it('keeps a capitalised adjective that belongs to the body ("Welsh Government Economy Minister Name")', () => {
    const text =
      'Council news for the week\n\nWelsh Government Economy Minister Vaughan Pryce said the fund would help.';
    expect(roles(text, 'en')).toContainEqual(['Vaughan Pryce', 'Welsh Government']);
  });

  it('reads no organisation from a title run without a body head ("Economy Minister Name")', () => {
    const text = 'Council news for the week\n\nEconomy Minister Vaughan Pryce said the fund would help.';
    expect(roles(text, 'en')).toEqual([['Vaughan Pryce', null]]);
  });

  it('takes the organisation that ends the title itself ("Vice-Chancellor of the University of X")', () => {
    const text =
      'Council news for the week\n\nProfessor Ann Holt, Vice-Chancellor of the University of Eastbury, welcomed the funding.';
    const x = extractText(text, 'en', '2024-05-02');
    const names = new Map(x.entities.map((e) => [e.id, e.name]));
    const rel = x.relations.find((r) => r.type === 'HOLDS_ROLE' && /Vice-Chancellor/.test(r.title ?? ''));
    expect(rel && names.get(rel.to ?? '')).toBe('University of Eastbury');
  });
});

describe('membership of a body as a role', () => {
  it('reads "Name (Partei), Mitglied des Bundestages," as membership of the Bundestag', () => {
    const text =
      'Besuch\n\nGreta Wendlandt (SPD), Mitglied des Bundestages, besuchte am Freitag die Tafel in Gaildorf.';
    expect(roles(text)).toContainEqual(['Greta Wendlandt', 'Bundestag']);
  });

  it('reads no role from "Mitglieder" in a plain sentence', () => {
    const text = 'Besuch\n\nGreta Wendlandt dankte den Mitgliedern des Vereins für die Arbeit.';
    expect(titles(text, 'Greta Wendlandt')).toEqual([]);
  });
});

describe('German apposition with a time since', () => {
  it('reads ", seit 2015 Leiterin der X," as a current role at X', () => {
    const text = 'Besuch\n\nEva Kunzmann, seit 2015 Leiterin der Musikschule Gaildorf, begrüßte die Gäste.';
    expect(roles(text)).toContainEqual(['Eva Kunzmann', 'Musikschule Gaildorf']);
  });

  it('reads no role from ", seit 2015 in Gaildorf," without a title', () => {
    const text = 'Besuch\n\nEva Kunzmann, seit 2015 in Gaildorf zuhause, begrüßte die Gäste.';
    expect(titles(text, 'Eva Kunzmann')).toEqual([]);
  });
});
