import { describe, expect, it } from 'vitest';
import { visitedPairs } from '../helpers.js';

const visited = visitedPairs;

describe('hosts, companions and the headline visitor', () => {
  it('gives a title-only headline visit to the first visitor named, even when the body names no stop', () => {
    const text =
      'Ministerin besucht Holzwerk Lenz GmbH\n\nMinisterin Greta Wendlandt informierte sich am Montag über die ' +
      'Ausbildung. Sie lobte das Engagement.';
    expect(visited(text)).toContainEqual(['Greta Wendlandt', 'Holzwerk Lenz GmbH']);
  });

  it('German passive host: the agent after "von" hosts, the pronoun subject is the visitor', () => {
    const text =
      'Besuch\n\nBundesminister Paul Riedl besuchte am Freitag den Landkreis Talheim. Im Kreishaus Talheim wurde er ' +
      'von Landrätin Greta Wendlandt empfangen.';
    const v = visited(text);
    expect(v).toContainEqual(['Paul Riedl', 'Kreishaus Talheim']);
    expect(v.filter(([who]) => who === 'Greta Wendlandt')).toEqual([]);
  });

  it('an active verb of accompanying sends the subject where the object goes (de and en)', () => {
    const de =
      'Besuch\n\nBundesminister Paul Riedl besuchte am Freitag die Holzwerk Lenz GmbH. Landrätin Greta Wendlandt ' +
      'begleitete den Minister.';
    expect(visited(de)).toContainEqual(['Greta Wendlandt', 'Holzwerk Lenz GmbH']);
    const en =
      'Visit\n\nMinister Owen Pryce visited the Harwick Water Lab on Monday. Councillor Carys Lloyd accompanied the ' +
      'Minister.';
    expect(visited(en, 'en')).toContainEqual(['Carys Lloyd', 'Harwick Water Lab']);
  });
});

describe('delegation members', () => {
  it('a person named as the head of a visiting delegation ("mit A an der Spitze") visits too', () => {
    const text =
      'Betriebsbesuche\n\nZu zwei Besichtigungen kamen die Delegation der Handwerkskammer Talland mit Präsident ' +
      'Dr. Jan Lenz an der Spitze und Landrätin Greta Wendlandt nach Bornheim.';
    const v = visited(text);
    expect(v).toContainEqual(['Greta Wendlandt', 'Bornheim']);
    expect(v).toContainEqual(['Jan Lenz', 'Bornheim']);
  });
});

describe('German arrival with the subject after the verb', () => {
  it('reads "Am Montag kam Ministerin A nach X" as a visit, but not "nach Angaben"', () => {
    const v = visited('Besuch\n\nAm Montag kam Ministerin Greta Wendlandt nach Bornheim.');
    expect(v).toContainEqual(['Greta Wendlandt', 'Bornheim']);
    const police = visited('Unfall\n\nAm Montag kam Paul Riedl nach Angaben der Polizei Bornheim von der Straße ab.');
    expect(police).toEqual([]);
  });
});
