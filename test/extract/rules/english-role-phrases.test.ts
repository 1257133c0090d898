import { describe, expect, it } from 'vitest';
import { entity, extractText, triples } from '../helpers.js';

const roles = (text: string, person: string) =>
  entity(extractText(`Headline\n\n${text}`, 'en'), 'Person', person)?.roles.map((r) => [r.title, r.organisation]);

describe('English role phrases around a name', () => {
  it('reads a lower-case title with its organisation after the name (", chief executive of X,")', () => {
    const x = extractText(
      'Headline\n\nThe plan was welcomed by Dana Whitlock, chief executive of Kelmor Trust, on Friday.',
      'en',
    );
    expect(triples(x)).toContainEqual(['HOLDS_ROLE', 'Dana Whitlock', 'Kelmor Trust']);
  });

  it('reads a lower-case title closed by a comma as a role without organisation', () => {
    expect(roles('The event was opened by Ivo Marsh, managing director, in the morning.', 'Ivo Marsh')).toEqual([
      ['managing director', null],
    ]);
  });

  it('does not read a clause after the name as a title (", said …", ", who spoke …")', () => {
    expect(roles('The prize went to Ivo Marsh, who spoke first, and others.', 'Ivo Marsh') ?? []).toEqual([]);
  });

  it('reads a possessive organisation and lower-case title before the name', () => {
    const x = extractText("Headline\n\nLater Brenmoor Council's chief executive Tom Ashby opened the hall.", 'en');
    expect(triples(x)).toContainEqual(['HOLDS_ROLE', 'Tom Ashby', 'Brenmoor Council']);
  });

  it('reads a lower-case title right before the name as a role without organisation', () => {
    expect(roles('The crowd cheered as head teacher Rosa Kimber cut the ribbon.', 'Rosa Kimber')).toContainEqual([
      'head teacher',
      null,
    ]);
  });

  it('reads "who leads X" as the leader of X', () => {
    const x = extractText('Headline\n\nThe award went to Dana Whitlock, who leads the Kelmor Trust, on Friday.', 'en');
    expect(entity(x, 'Person', 'Dana Whitlock')?.roles).toContainEqual({
      title: 'leader',
      organisation: 'Kelmor Trust',
    });
  });

  it('takes an unknown name after an officer title and "of" as the organisation, not after "Mayor of"', () => {
    const x = extractText(
      'Headline\n\nIvo Marsh, Managing Director of Brightwater, spoke. Jo Pennick, Mayor of Kelbury, came too.',
      'en',
    );
    expect(triples(x)).toContainEqual(['HOLDS_ROLE', 'Ivo Marsh', 'Brightwater']);
    expect(entity(x, 'Organisation', 'Kelbury')).toBeUndefined();
  });

  it('reads "CEO of X Holdings" as a role at the organisation', () => {
    const x = extractText('Headline\n\nThe award went to Dana Whitlock, CEO of Kelmor Holdings, on Friday.', 'en');
    expect(triples(x)).toContainEqual(['HOLDS_ROLE', 'Dana Whitlock', 'Kelmor Holdings']);
  });
});
