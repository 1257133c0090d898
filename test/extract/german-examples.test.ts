import { describe, expect, it } from 'vitest';
import { entity, extractText, triples } from './helpers.js';

describe('German rules on small examples', () => {
  it('title + name, visit and quote with "so"', () => {
    const x = extractText(
      'Bürgermeisterin besucht Feuerwehr\n\nMusterstadt. Bürgermeisterin Petra Schneider besuchte am Montag die Freiwillige Feuerwehr Musterstadt. ' +
        '„Die Ausstattung ist hervorragend und die Wehr ist gut aufgestellt“, so die Bürgermeisterin.',
      'de',
      '2024-03-01',
    );
    const p = entity(x, 'Person', 'Petra Schneider');
    expect(p?.roles).toContainEqual({ title: 'Bürgermeisterin', organisation: null });
    expect(entity(x, 'Organisation', 'Freiwillige Feuerwehr Musterstadt')).toBeDefined();
    expect(triples(x)).toContainEqual(['VISITED', 'Petra Schneider', 'Freiwillige Feuerwehr Musterstadt']);
    expect(triples(x)).toContainEqual(['QUOTED_IN', 'Petra Schneider', null]);
  });

  it('apposition, genitive organisation and surname coreference', () => {
    const x = extractText(
      'Neue Leitung\n\nDer Geschäftsführer der Wirtschaftsförderungsgesellschaft Emsland, Thomas Berger, stellte das Programm vor. ' +
        'Berger betonte: „Wir wollen die Betriebe in der Region stärker unterstützen als bisher.“',
      'de',
    );
    const p = entity(x, 'Person', 'Thomas Berger');
    expect(p?.roles[0]?.organisation).toBe('Wirtschaftsförderungsgesellschaft Emsland');
    expect(p?.aliases).toContain('Berger');
    expect(triples(x)).toContainEqual(['HOLDS_ROLE', 'Thomas Berger', 'Wirtschaftsförderungsgesellschaft Emsland']);
    expect(triples(x)).toContainEqual(['QUOTED_IN', 'Thomas Berger', null]);
  });

  it('initiative after cue word and "Landrat" → Landkreis', () => {
    const x = extractText(
      'Preis verliehen\n\nLandrat Klaus Meier hat im Landkreis Vechta den Wettbewerb „Dorf mit Zukunft“ eröffnet. Die Teilnahme lohnt sich.',
      'de',
    );
    expect(entity(x, 'Initiative', 'Dorf mit Zukunft')).toBeDefined();
    expect(entity(x, 'Organisation', 'Landkreis Vechta')).toBeDefined();
    expect(entity(x, 'Person', 'Klaus Meier')?.roles).toContainEqual({
      title: 'Landrat',
      organisation: 'Landkreis Vechta',
    });
  });
});

describe('German visits with companions and nominal cues', () => {
  const x = extractText(
    'Landrat besucht Jobcenter\n\nMeppen. Landrat Marc-André Burgdorf hat am Dienstag das Jobcenter Emsland in Meppen besucht. ' +
      'Begleitet wurde er von der Ersten Kreisrätin Sigrid Kraujuttis.\n\n' +
      'Zuvor hatte sich der Landrat bei der Agentur für Arbeit Nordhorn über die Lage auf dem Ausbildungsmarkt informiert. ' +
      'Die Leiterin der Agentur, Dr. Anja Mertens, betonte: „Wir brauchen jede Fachkraft in der Region.“',
    'de',
  );

  it('gives companions the visits of the person they accompany', () => {
    expect(triples(x)).toContainEqual(['VISITED', 'Marc-André Burgdorf', 'Jobcenter Emsland']);
    expect(triples(x)).toContainEqual(['VISITED', 'Sigrid Kraujuttis', 'Jobcenter Emsland']);
    expect(triples(x)).toContainEqual(['VISITED', 'Marc-André Burgdorf', 'Agentur für Arbeit Nordhorn']);
  });

  it('puts title adjectives in the nominative and drops "Dr." from names', () => {
    expect(entity(x, 'Person', 'Sigrid Kraujuttis')?.roles[0]?.title).toBe('Erste Kreisrätin');
    expect(entity(x, 'Person', 'Anja Mertens')?.roles).toContainEqual({
      title: 'Leiterin der Agentur',
      organisation: 'Agentur für Arbeit Nordhorn',
    });
    expect(triples(x)).toContainEqual(['QUOTED_IN', 'Anja Mertens', null]);
  });

  it('does not take the dateline place as a destination', () => {
    expect(entity(x, 'Place', 'Meppen')).toBeDefined();
    expect(triples(x)).not.toContainEqual(['VISITED', 'Marc-André Burgdorf', 'Meppen']);
  });
});
