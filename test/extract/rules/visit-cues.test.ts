import { describe, expect, it } from 'vitest';
import { englishPack } from '../../../ingest/extract/en/pack.js';
import { germanPack } from '../../../ingest/extract/de/pack.js';

const de = germanPack.visit;
const en = englishPack.visit;

describe('visit cues of the packs', () => {
  it('German: a sentence opening with a visit noun continues the last visitors ("Beim anschließenden Rundgang")', () => {
    expect(de.nominalVisit.test('Beim anschließenden Rundgang zeigte der Leiter die Werkstatt.')).toBe(true);
    expect(de.nominalVisit.test('During the visit the manager showed the workshop.')).toBe(false);
  });

  it('English: a sentence opening with a visit noun continues the last visitors ("During her visit")', () => {
    expect(en.nominalVisit.test('During her visit the manager showed the workshop.')).toBe(true);
    expect(en.nominalVisit.test('Beim Rundgang zeigte der Leiter die Werkstatt.')).toBe(false);
  });

  it('finds a fronted place in each language ("Im Rathaus …", "At the depot …")', () => {
    expect(de.frontedPlace.test('Im Rathaus von Kleinfurt trug sie sich ein.')).toBe(true);
    expect(en.frontedPlace.test('At the depot in Kelby Bay she met staff.')).toBe(true);
    expect(en.frontedPlace.test('Afterwards she met staff.')).toBe(false);
  });

  it("coordinates fellow visitors with the language's own conjunctions", () => {
    expect(de.coVisitor.test(' und ihre Staatssekretärin ')).toBe(true);
    expect(en.coVisitor.test(', together with the Deputy Mayor ')).toBe(true);
    expect(en.coVisitor.test(' und ')).toBe(false);
    expect(de.coVisitor.test(' said that ')).toBe(false);
  });

  it('links a capitalised visit noun to its object in each language ("Besuch beim", "Visit to the")', () => {
    expect(de.cueObjectLink.test(' beim ')).toBe(true);
    expect(en.cueObjectLink.test(' to the ')).toBe(true);
    expect(en.cueObjectLink.test(' beim ')).toBe(false);
  });

  it('reads a mention right after the cue, behind at most an article and one word, as its direct object', () => {
    expect(de.directObject.test(' den neuen ')).toBe(true);
    expect(en.directObject.test(' the new ')).toBe(true);
    expect(en.directObject.test(' the new and very ')).toBe(false);
  });

  it('joins the guests of a host verb over a conjunction and up to three words', () => {
    expect(de.guestJoin.test(' und die Ortsvorsteherin ')).toBe(true);
    expect(en.guestJoin.test(' and the local councillor ')).toBe(true);
    expect(en.guestJoin.test(', who had arrived early in the ')).toBe(false);
  });

  it("knows each language's object cues: the person after them is met, not the visitor", () => {
    expect(de.objectCue.test('traf')).toBe(true);
    expect(en.objectCue.test('meets')).toBe(true);
    expect(en.objectCue.test('traf')).toBe(false);
    expect(de.objectNameLink.test('den')).toBe(true);
    expect(en.objectNameLink.test('den')).toBe(false);
  });

  it('tells events one visits from programmes by their name ending', () => {
    expect(de.eventName.test('Kleinfurter Frühlingsschau')).toBe(true);
    expect(en.eventName.test('Harbour Food Festival')).toBe(true);
    expect(en.eventName.test('Rural Growth Fund')).toBe(false);
    expect(de.frame?.stopEvent.test('Tag der Nachbarn')).toBe(false);
    expect(de.frame?.stopEvent.test('Nachbarschaftstag')).toBe(true);
  });

  it('reads a place right after an organisation as its location in each language', () => {
    expect(de.orgLocator.test(' in der ')).toBe(true);
    expect(en.orgLocator.test(' in the ')).toBe(true);
    expect(en.orgLocator.test(' bei der ')).toBe(false);
    expect(de.orgLocator.test(' und dann später noch in ')).toBe(false);
  });

  it("joins the members of a travelling party with the language's own conjunctions", () => {
    expect(de.partyJoin.test(' sowie Ortsvorsteherin ')).toBe(true);
    expect(en.partyJoin.test(' and Councillor ')).toBe(true);
    expect(en.partyJoin.test(' sowie ')).toBe(false);
  });
});
