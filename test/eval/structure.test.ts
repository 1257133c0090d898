import { describe, expect, it } from 'vitest';
import type { GoldFile } from '../../ingest/eval/gold.js';
import { formatStructure, publisherMatches, scoreStructure, structureTitleKey } from '../../ingest/eval/structure.js';

const BODY =
  'Landrätin Heike Brockhoff hat am Montag das Familienzentrum in Sulingen besucht. Sie informierte sich über die Angebote.';

function gold(id: string, text: string, fields: Partial<GoldFile> = {}): { file: string; gold: GoldFile } {
  return { file: `${id}.json`, gold: { id, lang: 'de', text, entities: [], relations: [], ...fields } };
}

describe('scoreStructure', () => {
  it('counts a title right after case and quotation-mark folding, and lists a wrong one', () => {
    const report = scoreStructure([
      gold('a', `„Familienzentrum“ Eröffnet\n\n${BODY}`, { title: 'familienzentrum eröffnet' }),
      gold('b', `Familienzentrum eröffnet!\n\n${BODY}`, { title: 'Familienzentrum eröffnet' }),
    ]);
    expect(report.title).toEqual({ gold: 2, correct: 1, predicted: 2, invented: 0 });
    expect(report.errors).toEqual(['b.json: title "Familienzentrum eröffnet!", gold "Familienzentrum eröffnet"']);
  });

  it('scores dates stated in the gold and counts a date given where the gold has none as invented', () => {
    const report = scoreStructure([
      gold('a', `Familienzentrum eröffnet\n\n12.03.2024\n\n${BODY}`, { date: '2024-03-12' }),
      gold('b', `Familienzentrum eröffnet\n\n13.03.2024\n\n${BODY}`, { date: null }),
      gold('c', `Familienzentrum eröffnet\n\n${BODY}`, { date: '2024-03-14' }),
    ]);
    expect(report.date).toEqual({ gold: 2, correct: 1, predicted: 2, invented: 1 });
    expect(report.errors).toContain('b.json: date 2024-03-13, gold -');
    expect(report.errors).toContain('c.json: date -, gold 2024-03-14');
  });

  it('counts a gold file the parser refuses as rejected', () => {
    const report = scoreStructure([gold('a', 'Nur eine Zeile')]);
    expect(report.rejected).toBe(1);
    expect(report.errors[0]).toMatch(/^a\.json: rejected: /u);
    expect(formatStructure(report)[0]).toContain('1 rejected');
  });

  it('keeps only the files of the asked language', () => {
    const report = scoreStructure(
      [
        gold('a', `Familienzentrum eröffnet\n\n${BODY}`),
        { ...gold('b', 'x'), gold: { ...gold('b', 'x').gold, lang: 'en' } },
      ],
      'de',
    );
    expect(report.files).toBe(1);
    expect(report.rejected).toBe(0);
  });
});

describe('structure keys', () => {
  it('folds case and quotation marks but keeps other punctuation', () => {
    expect(structureTitleKey('„Gute  Arbeit“ im Kreis')).toBe(structureTitleKey('gute arbeit im kreis'));
    expect(structureTitleKey('Gute Arbeit: im Kreis')).not.toBe(structureTitleKey('Gute Arbeit im Kreis'));
  });

  it('matches a publisher against the gold name before its notes or a part the notes list', () => {
    expect(publisherMatches('Landkreis Sulingen', 'Landkreis Sulingen (Pressestelle; via presseportal)')).toBe(true);
    expect(publisherMatches('Landratsamt Sulingen', 'Landkreis Sulingen (Landratsamt Sulingen, Presse)')).toBe(true);
    expect(publisherMatches('Pressestelle', 'Landkreis Sulingen (Pressestelle; via presseportal)')).toBe(false);
    expect(publisherMatches('Stadt Sulingen', 'Landkreis Sulingen (Pressestelle)')).toBe(false);
    expect(publisherMatches('Ministry of Housing', 'Ministry of Housing, republished by example.org')).toBe(true);
  });
});
