import { describe, expect, it } from 'vitest';
import { visitedPairs } from '../helpers.js';

const visited = visitedPairs;

describe('rule visit-joiners and the members of a touring party', () => {
  it('lets the persons of a "Mit dabei waren" sentence visit every stop of the party', () => {
    const text =
      'Kreisbereisung\n\nTalheim. Ministerin Greta Wendlandt hat am Dienstag den Landkreis bereist. Mit dabei ' +
      'waren auch die Abgeordneten Jonas Elberfeld und Mira Hollweg.\n\nErste Station war die Holzwerk Lenz GmbH. ' +
      'Danach ging es zur Bäckerei Korn GmbH.';
    const v = visited(text);
    for (const who of ['Greta Wendlandt', 'Jonas Elberfeld', 'Mira Hollweg'])
      for (const to of ['Holzwerk Lenz GmbH', 'Bäckerei Korn GmbH']) expect(v).toContainEqual([who, to]);
  });

  it('lets the members listed after "Zur Delegation gehörten" visit the stops named before', () => {
    const text =
      'Besuch in Talheim\n\nEine Delegation um Bürgermeister Jonas Elberfeld hat am Freitag die Stadtwerke ' +
      'Talheim besucht. Zur Delegation gehörten auch der Erste Beigeordnete Tom Berger und Stadtrat Lukas Henning.';
    const v = visited(text);
    expect(v).toContainEqual(['Tom Berger', 'Stadtwerke Talheim']);
    expect(v).toContainEqual(['Lukas Henning', 'Stadtwerke Talheim']);
  });

  it('lets the persons of an English "Also present were" sentence share the stops', () => {
    const text =
      'Minister visits Harwick\n\nHarwick. Economy Minister Tom Fairley visited Harwick Dairy Ltd on Monday. ' +
      'Also present were Jane Cole MP and Anna Reed, the council leader.';
    const v = visited(text, 'en');
    expect(v).toContainEqual(['Anna Reed', 'Harwick Dairy Ltd']);
  });

  it('adds everyone coordinated after "gemeinsam mit" to the visitors', () => {
    const text =
      'Besuch\n\nTalheim. Gemeinsam mit den Abgeordneten Mira Hollweg und Lukas Henning besuchte Minister Tom ' +
      'Fairley am Montag die Holzwerk Lenz GmbH.';
    expect(visited(text)).toContainEqual(['Lukas Henning', 'Holzwerk Lenz GmbH']);
  });

  it('adds the persons after "war mit" to the visitors of a tour', () => {
    const text =
      'Besuch\n\nTalheim. Ministerin Greta Wendlandt war am Montag mit Landrat Paul Riedl im Landkreis ' +
      'unterwegs. Sie besichtigten die Holzwerk Lenz GmbH.';
    expect(visited(text)).toContainEqual(['Paul Riedl', 'Holzwerk Lenz GmbH']);
  });

  it('reads "Weitere Stationen waren" as stops of the party', () => {
    const text =
      'Besuch\n\nTalheim. Ministerin Greta Wendlandt und Landrat Paul Riedl besuchten am Montag die Holzwerk Lenz ' +
      'GmbH. Weitere Stationen waren die Bäckerei Korn GmbH und das Seniorenzentrum Lindenhof.';
    const v = visited(text);
    expect(v).toContainEqual(['Paul Riedl', 'Bäckerei Korn GmbH']);
    expect(v).toContainEqual(['Greta Wendlandt', 'Seniorenzentrum Lindenhof']);
  });

  it('makes a host who greets the party in a clause no visitor', () => {
    const text =
      'Besuch\n\nNordheide. Die Abgeordneten Jonas Elberfeld und Mira Hollweg besuchten am Donnerstag die ' +
      'Tischlerei Brandt. Im Anschluss ging es zum Autohaus Lenz GmbH, wo Geschäftsführer Ole Lenz die ' +
      'Abgeordneten begrüßte. Letzter Halt war die Gärtnerei Blum.';
    const v = visited(text);
    expect(v).toContainEqual(['Mira Hollweg', 'Autohaus Lenz GmbH']);
    expect(v).toContainEqual(['Jonas Elberfeld', 'Gärtnerei Blum']);
    expect(v.filter(([who]) => who === 'Ole Lenz')).toEqual([]);
  });

  it('makes a manager who shows "den Gast" round no visitor', () => {
    const text =
      'Besuch\n\nTalheim. Ministerin Greta Wendlandt besuchte am Montag die Holzwerk Lenz GmbH. Nächster Halt ' +
      'der Ministerin war die Bäckerei Korn GmbH. Geschäftsführer Ole Korn ließ es sich nicht nehmen, den ' +
      'prominenten Gast persönlich durch die Backstube zu führen.';
    const v = visited(text);
    expect(v).toContainEqual(['Greta Wendlandt', 'Bäckerei Korn GmbH']);
    expect(v.filter(([who]) => who === 'Ole Korn')).toEqual([]);
  });

  it('takes the stops of an itinerary after visitors whose own sentence names none', () => {
    const text =
      'Sommertour\n\nTalheim. Sozialministerin Greta Wendlandt war gemeinsam mit Landrätin Anna Quast im ' +
      'Landkreis unterwegs.\n\nDas Programm:\n– 9.30 Uhr: Seniorenzentrum Lindenhof, Birkenweg 12\n' +
      '– 14 Uhr: Tafel Nordheide e.V.\n';
    const v = visited(text);
    expect(v).toContainEqual(['Greta Wendlandt', 'Seniorenzentrum Lindenhof']);
    expect(v).toContainEqual(['Anna Quast', 'Tafel Nordheide e.V.']);
    expect(v.filter(([, to]) => to === 'Birkenweg 12')).toEqual([]);
  });
});

describe('rule visit-body and companions named in later stop lines', () => {
  it('makes the body of a delegation without named persons the visitor, and its head a member', () => {
    const text =
      'Tour\n\nTalheim. Eine Delegation des Kreistags hat am Montag die Holzwerk Lenz GmbH besucht. An der Spitze ' +
      'der Delegation stand Landrat Paul Riedl. Danach ging es zur Bäckerei Korn GmbH.';
    const v = visited(text);
    expect(v).toContainEqual(['Kreistag', 'Holzwerk Lenz GmbH']);
    expect(v).toContainEqual(['Paul Riedl', 'Bäckerei Korn GmbH']);
  });

  it('does not let a companion named in a station line end the frame', () => {
    const text =
      'Tour\n\nTalheim. Ministerin Greta Wendlandt besuchte am Montag die Holzwerk Lenz GmbH. Mit dabei war ' +
      'Landrat Paul Riedl.\n\nNächster Halt war die Bäckerei Korn GmbH, wo Landrat Paul Riedl die Bedeutung des ' +
      'Handwerks betonte.';
    const v = visited(text);
    expect(v).toContainEqual(['Greta Wendlandt', 'Bäckerei Korn GmbH']);
    expect(v).toContainEqual(['Paul Riedl', 'Bäckerei Korn GmbH']);
  });
});
