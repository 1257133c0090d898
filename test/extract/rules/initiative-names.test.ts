import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers.js';

const initiatives = (body: string): string[] =>
  extractText(`Meldung\n\n${body}`, 'de', '2024-04-10')
    .entities.filter((e) => e.type === 'Initiative')
    .map((e) => e.name);

describe('rule de-ini-head-name', () => {
  it('takes an acronym or CamelCase name after a programme noun, the noun and name as an alias', () => {
    const x = extractText('Meldung\n\nIm Modellprojekt KlimaWerk lernen Kinder viel.', 'de');
    const e = x.entities.find((n) => n.type === 'Initiative');
    expect(e?.name).toBe('KlimaWerk');
    expect(e?.aliases).toContain('Modellprojekt KlimaWerk');
    expect(initiatives('Die Gemeinde beteiligt sich an der Initiative ZUKUNFTSDORF seit Mai.')).toContain(
      'ZUKUNFTSDORF',
    );
  });

  it('takes English words after a programme noun as the name ("Projekt Smart Village")', () => {
    expect(initiatives('Das Projekt Smart Village startet im Herbst.')).toContain('Smart Village');
  });

  it('finds no name in an all-capitals heading ("PROJEKT STARTET")', () => {
    expect(initiatives('NEUES PROJEKT STARTET IM MAI\n\nDie Arbeit beginnt und geht weiter.')).toEqual([]);
  });

  it('finds no name after a programme noun followed by an ordinary word, a party or a place', () => {
    expect(initiatives('Das Projekt Team wächst. Die Aktion CDU scheiterte. Das Programm Rostock lief aus.')).toEqual(
      [],
    );
  });
});

describe('rule de-ini-english', () => {
  it('finds English event and programme names in German text, also with an apostrophe', () => {
    const found = initiatives("Beim Girls' Day und der Smart City Challenge machten viele Schulen mit.");
    expect(found).toEqual(expect.arrayContaining(["Girls' Day", 'Smart City Challenge']));
  });

  it('leaves out a German article in front of the English name', () => {
    expect(initiatives('Die Open Data Days fanden im Rathaus statt.')).toEqual(['Open Data Days']);
  });

  it('finds nothing when the words before the English head are German nouns or the head stands alone', () => {
    expect(initiatives('Der Day war lang. Ein Team Cup ist kein Name.')).toEqual([]);
  });
});

describe('rule de-ini-local-event', () => {
  it('finds a town adjective with an event noun and puts a genitive noun in the nominative', () => {
    const found = initiatives('Während des Rostocker Weihnachtsmarkts und beim Rostocker Weinfest war viel los.');
    expect(found).toEqual(expect.arrayContaining(['Rostocker Weihnachtsmarkt', 'Rostocker Weinfest']));
  });

  it('finds nothing for an adjective that is no town or an event noun that is an ordinary word', () => {
    expect(
      initiatives('Beim Kleinfurter Weinfest war viel los. Der Rostocker Wochenmarkt und die Rostocker Nacht.'),
    ).toEqual([]);
  });

  it('finds a town award with the year after it, and no price', () => {
    const found = initiatives('Sie erhielt den Rostocker Ehrenamtspreis 2023. Die Rostocker Mietpreise steigen. Ende.');
    expect(found).toEqual(['Rostocker Ehrenamtspreis 2023']);
  });
});

describe('rule de-ini-hyphen-event', () => {
  it('finds an event series named by an acronym or a known place before the hyphen, with its year', () => {
    const found = initiatives('Der MINT-Tag 2025 und die Läufer des Rostock-Marathons kamen.');
    expect(found).toEqual(expect.arrayContaining(['MINT-Tag 2025', 'Rostock-Marathon']));
  });

  it('finds nothing for an ordinary word before the hyphen or after an indefinite article', () => {
    expect(initiatives('Der Kita-Tag war schön. Es gab einen MINT-Tag für alle.')).toEqual([]);
  });
});
