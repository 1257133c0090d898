import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers.js';

const initiatives = (body: string): string[] =>
  extractText(`News\n\n${body} More information is on the council website.`, 'en', '2024-04-10')
    .entities.filter((e) => e.type === 'Initiative')
    .map((e) => e.name);

describe('English laws and programme areas by their head (en-ini-head)', () => {
  it('reads named acts with their year and bills as initiatives', () => {
    expect(initiatives('The Hedgerow Care Act 2021 set a target.')).toContain('Hedgerow Care Act 2021');
    expect(initiatives('The Tenants Voice Bill will end the practice.')).toContain('Tenants Voice Bill');
  });

  it('reads a zone or pathfinder named by the words before it', () => {
    expect(initiatives('The council will bid for a Harbour Investment Zone next year.')).toContain(
      'Harbour Investment Zone',
    );
    expect(initiatives('The Northvale Pathfinder will test new approaches.')).toContain('Northvale Pathfinder');
  });

  it('does not read a first name "Bill" as a law', () => {
    expect(initiatives('Bill Hartley, Chief Executive, welcomed the news.')).toEqual([]);
  });
});

describe('English names before a lower-case cue (en-ini-cue)', () => {
  it('joins lower-case inner words of the name ("Ready to Rent scheme")', () => {
    expect(initiatives('The Ready to Rent scheme closed in 2023.')).toContain('Ready to Rent');
  });

  it('does not join a word of the previous clause', () => {
    expect(initiatives('The Ready to Rent scheme closed in 2023.')).not.toContain('The Ready to Rent');
  });
});

describe('English quoted names before a cue word (en-ini-quoted)', () => {
  it('takes a quotation right before "campaign" or "scheme" as the name', () => {
    expect(initiatives('The ‘Clean Shores’ campaign starts on Monday.')).toContain('Clean Shores');
    expect(initiatives('Schools joined the "Fit for Work" scheme last year.')).toContain('Fit for Work');
  });

  it('takes no quotation without a cue word around it', () => {
    expect(initiatives('He said: “We are Ready” and the team agreed.')).toEqual([]);
  });
});
