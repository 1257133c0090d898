import { describe, expect, it } from 'vitest';
import { entity, extractText, triples } from '../helpers.js';

describe('English staff titles imply the organisation the release is about', () => {
  it('gives a bare "chief executive" the organisation named most often', () => {
    const x = extractText(
      'Trust opens hall\n\nThe Brenmoor Arts Trust has opened a new hall. The Brenmoor Arts Trust raised the money.\n\n' +
        'Dana Whitlock, chief executive, said: "We are delighted."',
      'en',
    );
    expect(triples(x)).toContainEqual(['HOLDS_ROLE', 'Dana Whitlock', 'Brenmoor Arts Trust']);
  });

  it('leaves a bare staff title without organisation when two bodies are named equally often', () => {
    const x = extractText(
      'Hall opens\n\nThe Brenmoor Arts Trust and Kelmor Council opened a hall.\n\n' +
        'Dana Whitlock, chief executive, said: "We are delighted."',
      'en',
    );
    expect(triples(x)).toContainEqual(['HOLDS_ROLE', 'Dana Whitlock', null]);
  });

  it('does not give a minister the firm the release is about', () => {
    const x = extractText(
      'Minister visits firm\n\nThe Brenmoor Arts Trust has opened a new hall. The Brenmoor Arts Trust raised the money.\n\n' +
        'Housing Minister Ivo Marsh said: "Good news."',
      'en',
    );
    expect(triples(x)).not.toContainEqual(['HOLDS_ROLE', 'Ivo Marsh', 'Brenmoor Arts Trust']);
  });
});

describe('English "Member" titles', () => {
  it('reads "Cabinet Member for A and B" as one title, not an organisation "Cabinet"', () => {
    const x = extractText(
      'Headline\n\nCouncillor Tom Ellery, Cabinet Member for Parks and Leisure, said: "Good news."',
      'en',
    );
    const titles = entity(x, 'Person', 'Tom Ellery')?.roles.map((r) => r.title);
    expect(titles).toContain('Cabinet Member for Parks and Leisure');
    expect(titles).not.toContain('Leisure');
    expect(entity(x, 'Organisation', 'Cabinet')).toBeUndefined();
  });

  it('still splits two titles joined by "and" (", Technician and Trustee")', () => {
    const x = extractText('Headline\n\nThe prize went to Ivo Marsh, Process Technician and Trustee, on Friday.', 'en');
    const titles = entity(x, 'Person', 'Ivo Marsh')?.roles.map((r) => r.title);
    expect(titles).toEqual(expect.arrayContaining(['Process Technician', 'Trustee']));
  });
});
