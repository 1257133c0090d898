import { describe, expect, it } from 'vitest';
import { entity, extractText } from '../helpers.js';

describe('rule role-title-complement', () => {
  it('gives "als Vertreterin des X" the organisation that completes the title', () => {
    const x = extractText('Fest\n\nAnna Berg nahm als Vertreterin des Heimatvereins Talheim teil.', 'de');
    expect(entity(x, 'Person', 'Anna Berg')?.roles).toContainEqual({
      title: 'Vertreterin',
      organisation: 'Heimatverein Talheim',
    });
  });

  it('does not make the organisation a person represents the place she visited', () => {
    const x = extractText('Fest\n\nAnna Berg nahm als Vertreterin des Heimatvereins Talheim teil.', 'de');
    expect(x.relations.filter((r) => r.type === 'VISITED')).toEqual([]);
  });
});

describe('rule de-predicative-role', () => {
  it('reads "X ist Vorsitzender des Y" as a role at Y', () => {
    const x = extractText('Verein\n\nJonas Elberfeld ist Vorsitzender des Sportvereins Kleinfurt.', 'de');
    expect(entity(x, 'Person', 'Jonas Elberfeld')?.roles).toContainEqual({
      title: 'Vorsitzender',
      organisation: 'Sportverein Kleinfurt',
    });
  });

  it('reads "X ist seit 2020 Leiterin der Y" and a title adjective ("Stellvertretende Vorsitzende")', () => {
    const x = extractText(
      'Verein\n\nAnna Berg ist seit 2020 Leiterin der Musikschule Talheim. Kai Lenz ist Stellvertretende Vorsitzende.',
      'de',
    );
    expect(entity(x, 'Person', 'Anna Berg')?.roles).toContainEqual({
      title: 'Leiterin',
      organisation: 'Musikschule Talheim',
    });
    expect(entity(x, 'Person', 'Kai Lenz')?.roles.map((r) => r.title)).toContain('Stellvertretende Vorsitzende');
  });

  it('gives no role for a predicate that is no title ("X ist Schreiner", "X war Gast")', () => {
    const x = extractText(
      'Verein\n\nKai Lenz ist Schreiner. Jonas Elberfeld war Gast beim Sportverein Kleinfurt.',
      'de',
    );
    expect(entity(x, 'Person', 'Kai Lenz')?.roles ?? []).toEqual([]);
    expect(entity(x, 'Person', 'Jonas Elberfeld')?.roles ?? []).toEqual([]);
  });

  it('keeps "X war Bürgermeister" as a past role without HOLDS_ROLE', () => {
    const x = extractText('Verein\n\nKai Lenz war Bürgermeister der Gemeinde Talheim.', 'de');
    expect(entity(x, 'Person', 'Kai Lenz')?.roles.map((r) => r.title)).toContain('Bürgermeister');
    expect(x.relations.filter((r) => r.type === 'HOLDS_ROLE')).toEqual([]);
  });
});
