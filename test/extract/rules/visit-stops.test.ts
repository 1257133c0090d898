import { describe, expect, it } from 'vitest';
import { visitedPairs } from '../helpers.js';

const visited = visitedPairs;

describe('what is no stop', () => {
  it('does not make the visiting organisation or the agent of a visit noun a stop ("Besuche von X")', () => {
    const text =
      'Betriebsbesuch\n\nLandrätin Greta Wendlandt und Vertreter der Handwerkskammer Talland besuchten am Dienstag ' +
      'die Holzwerk Lenz GmbH. Die Betriebsbesuche von Handwerkskammer Talland und Kreis finden jedes Jahr statt.';
    const v = visited(text);
    expect(v).toContainEqual(['Greta Wendlandt', 'Holzwerk Lenz GmbH']);
    // the organisation travels with the party: it visits, it is no stop of anyone, not even of itself
    expect(v.filter(([, to]) => to === 'Handwerkskammer Talland')).toEqual([]);
  });

  it('keeps a visitor out of their own town named before their title ("Talheims Bürgermeister")', () => {
    const text =
      'Kreisbereisung\n\nLandrätin Greta Wendlandt und Talheims Bürgermeister Jonas Elberfeld kamen am Dienstag ' +
      'nach Talheim und Bornheim.';
    const v = visited(text);
    expect(v).toContainEqual(['Greta Wendlandt', 'Talheim']);
    expect(v).toContainEqual(['Jonas Elberfeld', 'Bornheim']);
    expect(v).not.toContainEqual(['Jonas Elberfeld', 'Talheim']);
  });

  it('English: a county that holds unnamed stops is no stop ("visited three schools in X and Y")', () => {
    const text =
      'Minister visits schools\n\nEducation Minister Carys Lloyd today visited three schools in Harwick and ' +
      'Dunmere.';
    expect(visited(text, 'en')).toEqual([]);
  });

  it('English: the town after a stop whose name was not recognised is no stop, people met there make it one', () => {
    const v = visited(
      'Minister on tour\n\nEducation Minister Carys Lloyd today visited Naíscoil an Tuaighe in Harwick.',
      'en',
    );
    expect(v.filter(([, to]) => to === 'Harwick')).toEqual([]);
    const met = visited('Minister on tour\n\nMinister Carys Lloyd has met apprentices in Harwick.', 'en');
    expect(met).toContainEqual(['Carys Lloyd', 'Harwick']);
  });

  it('English: bodies after "from" and the list that continues it are origins, not stops', () => {
    const text =
      'Lab visit\n\nAdministrator Owen Pryce was given a tour of the Harwick Water Lab where he heard about work ' +
      'from the Office of Rivers and Coastal Board to protect the estuary.';
    const v = visited(text, 'en');
    expect(v).toContainEqual(['Owen Pryce', 'Harwick Water Lab']);
    expect(v.filter(([, to]) => to !== 'Harwick Water Lab')).toEqual([]);
  });

  it('English: a body named in a "known as" clause is no further stop', () => {
    const text =
      'Hospital visit\n\nDr Carys Lloyd visited patients at the Harwick General Hospital, known by its acronym ' +
      'HGH Trust.';
    const v = visited(text, 'en');
    expect(v).toContainEqual(['Carys Lloyd', 'Harwick General Hospital']);
    expect(v.filter(([, to]) => to !== 'Harwick General Hospital')).toEqual([]);
  });

  it('German: a day programme line lists stops ("standen auf dem Tagesprogramm")', () => {
    const text =
      'Betriebsbesuche\n\nLandrätin Greta Wendlandt besuchte am Dienstag die Gemeinde Talheim. Zwei Betriebe ' +
      'standen auf dem Tagesprogramm: die Holzwerk Lenz GmbH und die Bäckerei Korn GmbH.';
    const v = visited(text);
    expect(v).toContainEqual(['Greta Wendlandt', 'Holzwerk Lenz GmbH']);
    expect(v).toContainEqual(['Greta Wendlandt', 'Bäckerei Korn GmbH']);
  });
});
