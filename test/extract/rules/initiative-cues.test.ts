import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers.js';

const initiatives = (body: string): string[] =>
  extractText(`Meldung\n\n${body}`, 'de', '2024-04-10')
    .entities.filter((e) => e.type === 'Initiative')
    .map((e) => e.name);

describe('rule de-ini-quoted with event and law nouns', () => {
  it('takes the quoted name after an event or law noun ("Aktionstag „…“", "Gesetz „…“")', () => {
    const found = initiatives('Der Aktionstag „Saubere Ufer“ und das Gesetz „Gute Schule“ wurden vorgestellt.');
    expect(found).toEqual(expect.arrayContaining(['Saubere Ufer', 'Gute Schule']));
  });

  it('takes no quotation after a weekday or a parliament ("Am Dienstag „…“")', () => {
    expect(initiatives('Am Dienstag „beginnt alles neu“, hieß es. Im Landtag „wird gestritten“, sagte er.')).toEqual(
      [],
    );
  });
});

describe('rule de-ini-event-year', () => {
  it('finds an event compound dated by its year, in the nominative after a genitive', () => {
    const found = initiatives('Die Kulturwoche 2024 war schön. Die Gäste des Stadtfests 2023 blieben lange.');
    expect(found).toEqual(expect.arrayContaining(['Kulturwoche 2024', 'Stadtfest 2023']));
  });

  it('finds no event without a year, after an indefinite article, or in a date ("Silvesternacht 2024")', () => {
    expect(
      initiatives(
        'Das Stadtfest war schön. Eine Projektwoche 2024 ist geplant. In der Silvesternacht 2024 blieb es ruhig.',
      ),
    ).toEqual([]);
  });
});

describe('generic prize compounds', () => {
  it('finds no award in a price or a raffle prize, even after a definite article', () => {
    expect(initiatives('Der Sieger erhält den Geldpreis. Der Hauptpreis ist ein Rad.')).toEqual([]);
  });

  it('keeps an award whose modifier only ends like a price word ("Jugendpreis", not "Endpreis")', () => {
    expect(initiatives('Der Jugendpreis 2024 wird im Mai verliehen.')).toEqual(['Jugendpreis 2024']);
  });
});

describe('rule de-initiative-form boundaries', () => {
  it('ends a law name before an opening bracket', () => {
    const found = initiatives('Es gilt das Sicherheitsgesetz (TSK) seit Mai.');
    expect(found.some((n) => n.includes('('))).toBe(false);
  });
});

describe('rule de-ini-day with a scope adjective', () => {
  it('takes the adjective only when it stands right before the day, not before a quotation mark', () => {
    expect(initiatives('Zum bundesweiten „Tag des Waldes“ kamen viele.')).toEqual(['Tag des Waldes']);
    expect(initiatives('Zum internationalen Tag des Waldes kamen viele.')).toEqual(['internationalen Tag des Waldes']);
  });
});

describe('rule de-ini-day for weeks and long nights', () => {
  it('finds "Woche der X" and "Lange Nacht der X" but not a day followed by a lower-case word', () => {
    const found = initiatives(
      'Zur Woche der Nachbarschaft und zur Langen Nacht der Museen kamen viele. Zum Tag der offenen Tür auch.',
    );
    expect(found).toEqual(['Woche der Nachbarschaft', 'Langen Nacht der Museen']);
  });

  it('finds no "Nacht der X" without "Lange" ("in der Nacht der Wahl")', () => {
    expect(initiatives('In der Nacht der Wahl blieb es ruhig.')).toEqual([]);
  });
});

describe('rule de-ini-scope-adjective', () => {
  it('finds a capitalised national or state adjective with an award or programme compound, in the nominative', () => {
    const found = initiatives(
      'Die Schule erhielt den Deutschen Heckenpreis. Die Gewinner des Bayerischen Brunnenpreises kamen. Das Land startet die Hessische Teichstrategie.',
    );
    expect(found).toEqual(['Deutscher Heckenpreis', 'Bayerischer Brunnenpreis', 'Hessische Teichstrategie']);
  });

  it('finds no name for a lower-case adjective or a price compound', () => {
    expect(initiatives('Das europäische Förderprogramm läuft aus. Es gilt der Deutsche Grundpreis.')).toEqual([]);
  });
});
