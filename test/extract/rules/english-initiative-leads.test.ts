import { describe, expect, it } from 'vitest';
import { entity, extractText } from '../helpers.js';

const extract = (body: string) => extractText(`News\n\n${body} More information is online.`, 'en', '2024-04-10');

describe('English programme families named by their first words (en-ini-lead)', () => {
  it('reads a "Levelling Up" name as an initiative even when it ends in an organisation head', () => {
    const x = extract('Money comes through the Brackwater Levelling Up Partnership this year.');
    expect(entity(x, 'Initiative', 'Brackwater Levelling Up Partnership')).toBeDefined();
    expect(entity(x, 'Organisation', 'Brackwater Levelling Up Partnership')).toBeUndefined();
  });

  it('leaves a committee of that name an organisation', () => {
    const x = extract('The report went to the Brackwater Levelling Up Committee on Monday.');
    expect(entity(x, 'Initiative', 'Brackwater Levelling Up Committee')).toBeUndefined();
  });
});

describe('English names an apposition calls a programme (en-ini-apposed)', () => {
  it('reads "X Partnership, a programme run by …" as an initiative', () => {
    const x = extract('The Tarrowby Renewal Partnership, a programme run by Kelmor Council, starts in June.');
    expect(entity(x, 'Initiative', 'Tarrowby Renewal Partnership')).toBeDefined();
  });

  it('does not read "X Partnership, a charity …" as an initiative', () => {
    const x = extract('The Tarrowby Renewal Partnership, a charity based in Kelmor, starts in June.');
    expect(entity(x, 'Initiative', 'Tarrowby Renewal Partnership')).toBeUndefined();
  });
});

describe('English names before a lower-case cue (en-ini-cue)', () => {
  it('keeps the name with its cue word as an alias ("the Harbour Steps project")', () => {
    const x = extract('Work on the Harbour Steps project starts next month.');
    expect(entity(x, 'Initiative', 'Harbour Steps')?.aliases).toContain('Harbour Steps project');
  });
});

describe('English names that frame an activity (en-ini-frame)', () => {
  it('reads a headless name after "as part of the" as an initiative', () => {
    const x = extract('Pupils planted trees as part of the Green Roots Brackwater drive.');
    expect(entity(x, 'Initiative', 'Green Roots Brackwater')).toBeDefined();
  });

  it('does not read a group or a known place after "as part of the" as an initiative', () => {
    const x = extract('Staff joined as part of the Harrow Forge Group. Walkers came as part of the Scotland walk.');
    expect(entity(x, 'Initiative', 'Harrow Forge Group')).toBeUndefined();
    expect(x.entities.filter((e) => e.type === 'Initiative' && /Scotland/.test(e.name))).toEqual([]);
  });
});

describe('English event heads and launched quoted names', () => {
  it('reads a name ending in "Days" or "Carnival" as an initiative, not a person', () => {
    const x = extract('The Brackwater Heritage Open Days return. Crowds came to Tarrowby Carnival on Sunday.');
    expect(entity(x, 'Initiative', 'Brackwater Heritage Open Days')).toBeDefined();
    expect(entity(x, 'Person', 'Tarrowby Carnival')).toBeUndefined();
  });

  it('reads a quoted name after "launched" as an initiative, but not a quoted sentence', () => {
    const x = extract('Kelmor Council has launched “Brackwater Reads Together” for children.');
    expect(entity(x, 'Initiative', 'Brackwater Reads Together')).toBeDefined();
    const y = extract('The mayor launched the day and said “We are very proud of this town today and always”.');
    expect(y.entities.filter((e) => e.type === 'Initiative')).toEqual([]);
  });
});

describe('English programme names at a sentence start (en-ini-head)', () => {
  it('keeps the sentence-initial word that the run left out ("Shared … Fund money will …")', () => {
    const x = extract('Shared Harbour Fund money will go to firms.');
    expect(entity(x, 'Initiative', 'Shared Harbour Fund')).toBeDefined();
  });

  it('does not take a sentence-initial article or adverb into the name', () => {
    const x = extract('Today Brackwater Fund money went to firms.');
    expect(entity(x, 'Initiative', 'Today Brackwater Fund')).toBeUndefined();
  });
});

describe('English programme names before a money word (en-ini-cue)', () => {
  it('reads a headless name before "funding" as an initiative', () => {
    const x = extract('The Brackwater Safer Lanes funding came from the ministry.');
    expect(entity(x, 'Initiative', 'Brackwater Safer Lanes')).toBeDefined();
  });

  it('does not read a body or a lottery before "funding" or "cash" as an initiative', () => {
    const x = extract('Kelmor Council funding paid for it, and Brackwater Lottery cash helped.');
    expect(entity(x, 'Initiative', 'Kelmor Council')).toBeUndefined();
    expect(entity(x, 'Initiative', 'Brackwater Lottery')).toBeUndefined();
  });
});
