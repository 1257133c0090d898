import { describe, expect, it } from 'vitest';
import { recogniseGerman } from '../../../ingest/extract/de/recognise.js';
import { germanDoc } from './german-rules-helpers.js';

const implied = (body: string): string[] =>
  recogniseGerman(germanDoc(body))
    .candidates.filter((c) => c.rule === 'de-org-implied-district')
    .map((c) => c.name);

describe('German bare district mentions', () => {
  it('refer to the one district the release names', () => {
    expect(implied('Der Landkreis Talland baut. Der Landkreis verbinde Natur und Kultur.')).toEqual([
      'Landkreis Talland',
    ]);
  });

  it('stay unresolved when the release names two districts', () => {
    expect(implied('Der Landkreis Talland und der Landkreis Kleinfurt bauen. Der Landkreis zahlt.')).toEqual([]);
  });

  it('take the dateline place when no district is named', () => {
    expect(implied('Talheim. Der Landkreis zahlt die Hälfte der Kosten.')).toEqual(['Landkreis Talheim']);
  });
});
