import { describe, expect, it } from 'vitest';
import { entity, extractText, triples } from '../helpers.js';

const roles = (text: string, lang: 'de' | 'en' = 'de'): [string, string | null][] =>
  triples(extractText(text, lang, '2024-05-02'))
    .filter(([t]) => t === 'HOLDS_ROLE')
    .map(([, who, to]) => [who, to]);

const titles = (text: string, lang: 'de' | 'en', who: string): string[] =>
  entity(extractText(text, lang), 'Person', who)?.roles.map((r) => r.title) ?? [];

describe('rule de-org-role-complement', () => {
  it('ends a title complement before the holder named without a comma', () => {
    const text =
      'Einsatz\n\nBacknang. Sprecherin der Polizeidirektion Talheim Greta Wendlandt sagte, die Lage sei ruhig.';
    const x = extractText(text, 'de');
    expect(entity(x, 'Organisation', 'Polizeidirektion Talheim')).toBeDefined();
    expect(roles(text)).toContainEqual(['Greta Wendlandt', 'Polizeidirektion Talheim']);
  });

  it('reads a town authority in the complement before the holder', () => {
    const text = 'Besuch\n\nBacknang. Bürgermeisterin der Gemeinde Weinsberg Greta Wendlandt begrüßte die Gäste.';
    expect(roles(text)).toContainEqual(['Greta Wendlandt', 'Gemeinde Weinsberg']);
  });
});

describe('rule de-org-role-named', () => {
  it('makes a noun and a place in a title complement a body', () => {
    const text = 'Besuch\n\nBacknang. Jens Kollmann, Geschäftsführer der Lebenshilfe Backnang, begrüßte die Gäste.';
    expect(entity(extractText(text, 'de'), 'Organisation', 'Lebenshilfe Backnang')).toBeDefined();
    expect(roles(text)).toContainEqual(['Jens Kollmann', 'Lebenshilfe Backnang']);
  });

  it('leaves a programme in the complement to the initiative rules', () => {
    const text = 'Besuch\n\nBacknang. Jens Kollmann, Sprecher des Projekts Grüne Höfe, begrüßte die Gäste.';
    expect(entity(extractText(text, 'de'), 'Organisation', 'Projekt Grüne Höfe')).toBeUndefined();
  });

  it('makes no body of a noun and an ordinary word', () => {
    const text = 'Besuch\n\nBacknang. Jens Kollmann, Leiter der Gruppe Sonnenschein, begrüßte die Gäste.';
    expect(entity(extractText(text, 'de'), 'Organisation', 'Gruppe Sonnenschein')).toBeUndefined();
  });
});

describe('English role phrases', () => {
  it('gives "the hospital\'s director, Mr. X" the one hospital of the release', () => {
    const text =
      "Visit\n\nThe Minister visited the Talby General Hospital on Monday. She told the hospital's director, Mr. Owen Pryce, that staff did well.";
    expect(roles(text, 'en')).toContainEqual(['Owen Pryce', 'Talby General Hospital']);
  });

  it('reads a name with a middle initial before its apposition', () => {
    const text = 'Visit\n\nThe Minister is pictured with Rev. Owen T. Pryce, President of the University of Eastbury.';
    expect(roles(text, 'en')).toContainEqual(['Owen T. Pryce', 'University of Eastbury']);
  });

  it('splits a title head after a remit into a second title ("… for Housing Senator X")', () => {
    const text = 'Visit\n\nQuotes attributable to Assistant Minister for Housing Senator Mary Holt: "We are proud."';
    expect(titles(text, 'en', 'Mary Holt')).toEqual(
      expect.arrayContaining(['Assistant Minister for Housing', 'Senator']),
    );
  });

  it('keeps a remit that ends in no title head as one title', () => {
    const text = 'Visit\n\nThe Secretary of State for Wales Owen Pryce visited the plant.';
    expect(titles(text, 'en', 'Owen Pryce')).toContain('Secretary of State for Wales');
  });
});

describe('contact lines (the contact block closes the text; rule de-per-contact-role)', () => {
  it('reads the person of a German contact line with the label as role', () => {
    const text = 'Schulfest\n\nBacknang. Das Fest war gut besucht.\n\nPressekontakt: Jens Kollmann | Tel. 07191 12345';
    expect(titles(text, 'de', 'Jens Kollmann')).toEqual(['Pressekontakt']);
  });

  it('reads the person of an English contact line', () => {
    const text = 'School visit\n\nTALBY – The Governor visited a school today.\n\nContact: Ann Rook (555) 123-4567';
    expect(entity(extractText(text, 'en'), 'Person', 'Ann Rook')).toBeDefined();
  });

  it('leaves a contact line without a name alone', () => {
    const text = 'Schulfest\n\nBacknang. Das Fest war gut besucht.\n\nKontakt: Pressestelle, Tel. 07191 12345';
    expect(extractText(text, 'de').entities.filter((e) => e.type === 'Person')).toEqual([]);
  });
});

describe('German bodies implied by the kind in a compound title', () => {
  it('gives a school head the one school of the release', () => {
    const text =
      'Schulfest\n\nBacknang. Die Grundschule am Lindenberg feierte ihr Jubiläum. Rektorin Petra Sommerfeld dankte allen.';
    expect(roles(text)).toContainEqual(['Petra Sommerfeld', 'Grundschule am Lindenberg']);
  });

  it('gives "Vereins|vorsitzender" the one association, "Polizei|sprecher" the one police body', () => {
    const club =
      'Spende\n\nBacknang. Der Förderverein Freibad Backnang hat gespendet. Vereinsvorsitzender Jens Kollmann übergab den Scheck.';
    expect(roles(club)).toContainEqual(['Jens Kollmann', 'Förderverein Freibad Backnang']);
    const police =
      'Unfall\n\nBacknang. Die Polizeidirektion Talheim meldet einen Unfall. Polizeisprecher Jens Kollmann sagte, die Lage sei ruhig.';
    expect(roles(police)).toContainEqual(['Jens Kollmann', 'Polizeidirektion Talheim']);
  });

  it('gives a commander the one fire brigade', () => {
    const text =
      'Jubiläum\n\nBacknang. Die Freiwillige Feuerwehr Backnang feierte. Kommandant Jens Kollmann begrüßte die Gäste.';
    expect(roles(text)).toContainEqual(['Jens Kollmann', 'Freiwillige Feuerwehr Backnang']);
  });
});

describe('German mayors and clinic heads without a named body', () => {
  it('gives a mayor the one town of the sentence before ("Dort begrüßte ihn Bürgermeisterin X")', () => {
    const text =
      'Besuch\n\nBacknang. Landrat Jens Kollmann besuchte Murrhardt. Dort begrüßte ihn Bürgermeisterin Petra Sommerfeld.';
    expect(roles(text)).toContainEqual(['Petra Sommerfeld', 'Murrhardt']);
  });

  it('gives a head physician ("Chefarzt") the one hospital', () => {
    const text =
      'Station\n\nBacknang. Das Klinikum Backnang eröffnete eine Station. Chefarzt Dr. Jens Kollmann führte durch die Räume.';
    expect(roles(text)).toContainEqual(['Jens Kollmann', 'Klinikum Backnang']);
  });

  it('reads feminine and adjectival council titles ("Vorständin", "Stadtverordnete")', () => {
    expect(
      titles('Besuch\n\nBacknang. Stadtverordnete Petra Sommerfeld begrüßte die Gäste.', 'de', 'Petra Sommerfeld'),
    ).toEqual(['Stadtverordnete']);
    const board = 'Besuch\n\nBacknang. Die Vorständin der Talwerk AG, Petra Sommerfeld, begrüßte die Gäste.';
    expect(roles(board)).toContainEqual(['Petra Sommerfeld', 'Talwerk AG']);
  });
});

describe('German visit hosts', () => {
  it('ends a name before a bracket, so coordinated mayors keep their own towns', () => {
    const text =
      'Besuch\n\nBacknang. Mit dabei waren die Bürgermeister Jens Kollmann (Murrhardt) und Petra Sommerfeld (Sulzbach).';
    expect(roles(text)).toEqual(
      expect.arrayContaining([
        ['Jens Kollmann', 'Murrhardt'],
        ['Petra Sommerfeld', 'Sulzbach'],
      ]),
    );
  });

  it('gives a firm title the family business named after the surname, also without legal form', () => {
    const text =
      'Besuch\n\nBacknang. Landrätin Petra Sommerfeld besuchte die Bäckerei Lenz in Murrhardt. Inhaber Jens Lenz zeigte ihr die Backstube.';
    expect(roles(text)).toContainEqual(['Jens Lenz', 'Bäckerei Lenz']);
  });

  it('keeps a kind-of-body prefix on the title and gives it that body ("Kita-Leiterin")', () => {
    const text =
      'Besuch\n\nBacknang. Landrätin Petra Sommerfeld besuchte die Kita Regenbogen in Murrhardt. Kita-Leiterin Anna Lenz zeigte die Räume.';
    expect(roles(text)).toContainEqual(['Anna Lenz', 'Kita Regenbogen']);
    expect(titles(text, 'de', 'Anna Lenz')).toEqual(['Kita-Leiterin']);
  });

  it('gives a district head the district office when no district is named', () => {
    const text = 'Empfang\n\nBacknang. Das Landratsamt Talheim lädt ein. Landrat Jens Kollmann begrüßte die Gäste.';
    expect(roles(text)).toContainEqual(['Jens Kollmann', 'Landratsamt Talheim']);
  });
});

describe('German roles by reference', () => {
  it('gives a title after a possessive the body named just before ("Deren Geschäftsführer X")', () => {
    const text =
      'Jubiläum\n\nBacknang. Die Stadtwerke Backnang feierten. Deren Geschäftsführer Jens Kollmann begrüßte die Gäste.';
    expect(roles(text)).toContainEqual(['Jens Kollmann', 'Stadtwerke Backnang']);
  });

  it('gives coordinated names one shared apposition ("A und B, beide Mitglieder des Kreistags,")', () => {
    const text =
      'Besuch\n\nBacknang. Jens Kollmann und Petra Sommerfeld, beide Mitglieder des Kreistags, begrüßten die Gäste.';
    expect(roles(text)).toEqual(
      expect.arrayContaining([
        ['Jens Kollmann', 'Kreistag'],
        ['Petra Sommerfeld', 'Kreistag'],
      ]),
    );
  });
});

describe('English coordinated persons', () => {
  it('splits "Mayor A and Mrs B" into two persons, each with only their own title', () => {
    const text = 'Visit\n\nMayor Owen Pryce and Mrs Mary Pryce will visit Eastbury on Monday.';
    expect(titles(text, 'en', 'Owen Pryce')).toEqual(['Mayor']);
    expect(titles(text, 'en', 'Mary Pryce')).toEqual([]);
  });
});

describe('German title forms around a name', () => {
  it('reads "die Erste Kreisrätin, X." that closes the clause as title and name', () => {
    const text = 'Besuch\n\nBacknang. Über den Besuch freute sich auch die Erste Kreisrätin, Sabine Keller.';
    expect(titles(text, 'de', 'Sabine Keller')).toEqual(['Erste Kreisrätin']);
  });

  it('does not read reported speech after a title as an apposition ("sagte der Landrat, X habe …")', () => {
    const text = 'Besuch\n\nBacknang. Das sei gut, sagte der Landrat, Sabine Keller habe das Projekt geleitet.';
    expect(titles(text, 'de', 'Sabine Keller')).toEqual([]);
  });

  it('gives "als" + title right after a name to that name among several persons', () => {
    const text =
      'Besuch\n\nBacknang. Über den Besuch freuten sich auch Karl Brenner als Ortsvorsteher und Sabine Keller.';
    expect(titles(text, 'de', 'Karl Brenner')).toEqual(['Ortsvorsteher']);
    expect(titles(text, 'de', 'Sabine Keller')).toEqual([]);
  });

  it('reads a title in brackets after a name', () => {
    const text = 'Besuch\n\nBacknang. Mit dabei war Sabine Keller (Referentin für Klimaschutz).';
    expect(titles(text, 'de', 'Sabine Keller')).toEqual(['Referentin für Klimaschutz']);
  });
});

describe('German town adjectives before a mayor', () => {
  it('never gives "der Murrhardter Bürgermeister" the dateline town', () => {
    const text = 'Besuch\n\nBacknang. Der Murrhardter Bürgermeister Jens Kollmann begrüßte die Gäste.';
    expect(roles(text)).toContainEqual(['Jens Kollmann', null]);
  });

  it('gives it the town body of that name', () => {
    const text =
      'Besuch\n\nBacknang. Die Landrätin besuchte die Stadt Murrhardt. Der Murrhardter Bürgermeister Jens Kollmann begrüßte sie.';
    expect(roles(text)).toContainEqual(['Jens Kollmann', 'Stadt Murrhardt']);
  });
});

describe('rule de-org-role-named in predicates', () => {
  it('makes the body of a predicative title a body ("X ist Geschäftsführerin der Lebenshilfe Y")', () => {
    const text = 'Besuch\n\nBacknang. Petra Sommerfeld ist Geschäftsführerin der Lebenshilfe Backnang.';
    expect(roles(text)).toContainEqual(['Petra Sommerfeld', 'Lebenshilfe Backnang']);
  });
});
