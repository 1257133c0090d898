import { describe, expect, it } from 'vitest';
import { visitedPairs } from '../helpers.js';

const visited = visitedPairs;

describe('visit targets', () => {
  it('does not make an organisation named before the visitor and the cue a destination', () => {
    const v = visited(
      'Minister visit\n\nFollowing the Harwick Trust report, Carys Lloyd visited Kelby Bay Academy on Monday.',
      'en',
    );
    expect(v).toEqual([['Carys Lloyd', 'Kelby Bay Academy']]);
  });

  it('does not make the body on whose behalf the visit is made a destination ("Im Auftrag der X")', () => {
    const v = visited(
      'Sommerreise\n\nIm Auftrag der Holzwerk Lenz GmbH besuchte Bürgermeister Jonas Elberfeld die Bäckerei Korn GmbH.',
    );
    expect(v).toEqual([['Jonas Elberfeld', 'Bäckerei Korn GmbH']]);
  });

  it('keeps a fronted place before the visitor as a destination ("In Kleinfurt …")', () => {
    const v = visited(
      'Sommerreise\n\nIn Kleinfurt besuchte Landrätin Greta Wendlandt am Montag die Bäckerei Korn GmbH.',
    );
    expect(v).toContainEqual(['Greta Wendlandt', 'Bäckerei Korn GmbH']);
    expect(v).toContainEqual(['Greta Wendlandt', 'Kleinfurt']);
  });

  it('reads "Die X erhielt Besuch von Y" as Y visiting X', () => {
    const v = visited('Besuch\n\nDie Holzwerk Lenz GmbH erhielt am Montag Besuch von Landrätin Greta Wendlandt.');
    expect(v).toEqual([['Greta Wendlandt', 'Holzwerk Lenz GmbH']]);
  });
});

describe('visit hosts and English visit phrases', () => {
  it('makes the subject of a passive host verb the visitor, not the host ("was welcomed by")', () => {
    const v = visited('Visit\n\nCarys Lloyd was welcomed by Mary Holt at Harwick Foods Ltd on Monday.', 'en');
    expect(v).toContainEqual(['Carys Lloyd', 'Harwick Foods Ltd']);
    expect(v.filter(([who]) => who === 'Mary Holt')).toEqual([]);
  });

  it('still makes the object of an active host verb the visitor ("X welcomed Y")', () => {
    const v = visited('Visit\n\nMary Holt welcomed Carys Lloyd to Harwick Foods Ltd.', 'en');
    expect(v).toEqual([['Carys Lloyd', 'Harwick Foods Ltd']]);
  });

  it('reads "saw first-hand" and "joined staff at" as visits', () => {
    expect(visited('Visit\n\nCarys Lloyd saw first-hand the work of Harwick Trust on Monday.', 'en')).toEqual([
      ['Carys Lloyd', 'Harwick Trust'],
    ]);
    expect(visited('Visit\n\nCarys Lloyd joined staff at Harwick Foods Ltd on Monday.', 'en')).toEqual([
      ['Carys Lloyd', 'Harwick Foods Ltd'],
    ]);
  });
});

describe('genitive owners of a stop', () => {
  const visitedDe = (text: string): [string, string | null][] => visitedPairs(text);

  it('does not make the genitive owner of a stop a stop ("das Jugendzentrum X der Stadt Y")', () => {
    const v = visitedDe(
      'Besuch\n\nMinister Jonas Elberfeld besuchte am Dienstag das Jugendzentrum Talheim der Stadt Kleinfurt.',
    );
    expect(v).toContainEqual(['Jonas Elberfeld', 'Jugendzentrum Talheim']);
    expect(v).not.toContainEqual(['Jonas Elberfeld', 'Stadt Kleinfurt']);
  });

  it('keeps two coordinated stops', () => {
    const v = visitedDe(
      'Besuch\n\nMinister Jonas Elberfeld besuchte am Dienstag das Jugendzentrum Talheim und die Stadt Kleinfurt.',
    );
    expect(v).toContainEqual(['Jonas Elberfeld', 'Stadt Kleinfurt']);
  });
});

describe('German relative clauses', () => {
  const visitedDe = (text: string): [string, string | null][] => visitedPairs(text);

  it('does not make a place in a relative clause that describes the stop a stop', () => {
    const v = visitedDe(
      'Besuch\n\nKleinfurt. Landrätin Greta Wendlandt besuchte die Holzwerk Lenz GmbH, die seit Jahren auch in ' +
        'Oberbach eine Werkstatt betreibt, und lobte die Ausbildung.',
    );
    expect(v).toContainEqual(['Greta Wendlandt', 'Holzwerk Lenz GmbH']);
    expect(v).not.toContainEqual(['Greta Wendlandt', 'Oberbach']);
  });

  it('keeps a stop named after a comma and an article ("…, die Grundschule X und …")', () => {
    const v = visitedDe(
      'Besuch\n\nKleinfurt. Landrätin Greta Wendlandt besuchte die Holzwerk Lenz GmbH, die Grundschule Kleinfurt ' +
        'und die Bäckerei Korn GmbH.',
    );
    expect(v).toContainEqual(['Greta Wendlandt', 'Grundschule Kleinfurt']);
  });
});
