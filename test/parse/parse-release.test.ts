import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { structureTitleKey } from '../../ingest/eval/structure.js';
import { parseRelease } from '../../ingest/parse/parse-release.js';
import { releaseId } from '../../src/domain/ids.js';
import type { SourceMeta } from '../../src/domain/release.js';
import { NotAReleaseError } from '../../src/errors/not-a-release-error.js';

const meta: SourceMeta = { source: 'test.txt' };
const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

// Invented release bodies, long enough to count as a body.
const DE_BODY =
  'Landrätin Heike Brockhoff hat am Montag das Familienzentrum in Sulingen besucht. Sie informierte sich über die Angebote für Eltern und Kinder.';
const EN_BODY =
  'The Minister for Housing visited the new community centre in Leeds on Monday. She met residents and staff of the housing association.';

function parse(raw: string, extra: Partial<SourceMeta> = {}) {
  return parseRelease(raw, { ...meta, ...extra });
}

function notARelease(raw: string): NotAReleaseError {
  try {
    parse(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(NotAReleaseError);
    return error as NotAReleaseError;
  }
  throw new Error('expected NotAReleaseError');
}

describe('parseRelease: cleaning', () => {
  it('drops Word bookmarks, zero-width characters and NBSP, and normalises CRLF', () => {
    const raw = `Neues Familienzentrum\r\n\r\n[bookmark: _GoBack]Sulingen.\u00A0${DE_BODY}\u200B\r\n[bookmark: Absatz2]Die Landrätin\u00A0lobte das Team.\r\n`;
    const release = parse(raw);
    expect(release.text).not.toContain('[bookmark');
    expect(release.text).not.toMatch(/[\u00A0\u200B\r]/u);
    expect(release.paragraphs[0]).toBe(`Sulingen. ${DE_BODY}`);
    expect(release.paragraphs[0]!.endsWith('Kinder.')).toBe(true);
    expect(release.paragraphs).toContain('Die Landrätin lobte das Team.');
  });

  it('gives CRLF and LF versions of the same release the same id', () => {
    const lf = `Neues Familienzentrum\n\n${DE_BODY}\n`;
    expect(parse(lf.replace(/\n/g, '\r\n')).id).toBe(parse(lf).id);
  });

  it('strips Markdown markup and keeps link targets in links', () => {
    const raw = [
      '# Neues **Familienzentrum** in Sulingen',
      '',
      '## Landkreis startet Programm „Familie stärken“',
      '',
      `${DE_BODY} Mehr dazu auf der [Seite des Landkreises](https://www.diepholz.de/familie "Familie").`,
      '',
      '- erstes *Angebot* für Eltern',
      '- zweites Angebot für __Kinder__',
      '',
      '![Foto](https://example.org/bild.jpg)',
      '',
      'Die Mitarbeiter*innen und Erzieher*innen freuen sich.',
    ].join('\n');
    const release = parse(raw);
    expect(release.title).toBe('Neues Familienzentrum in Sulingen');
    expect(release.subtitle).toBe('Landkreis startet Programm „Familie stärken“');
    expect(release.text).toContain('Mehr dazu auf der Seite des Landkreises.');
    expect(release.text).not.toMatch(/[#[\]]|\*\*|__|\]\(/u);
    expect(release.paragraphs).toContain('• erstes Angebot für Eltern');
    expect(release.paragraphs).toContain('• zweites Angebot für Kinder');
    expect(release.paragraphs).toContain('Die Mitarbeiter*innen und Erzieher*innen freuen sich.');
    expect(release.links).toContain('https://www.diepholz.de/familie');
    expect(release.links).toContain('https://example.org/bild.jpg');
  });

  it('reads simple front matter as fallback metadata', () => {
    const raw = `---\ntitle: "Familienzentrum eröffnet"\ndate: 2024-05-02\npublisher: Landkreis Diepholz\n---\n\nFamilienzentrum eröffnet\n\n${DE_BODY}\n`;
    const release = parse(raw);
    expect(release.title).toBe('Familienzentrum eröffnet');
    expect(release.date).toBe('2024-05-02');
    expect(release.publisher).toBe('Landkreis Diepholz');
    expect(release.text.startsWith('Familienzentrum eröffnet\n\nLandrätin')).toBe(true);
  });
});

describe('parseRelease: header, title and subtitle', () => {
  it.each([
    'Pressemitteilung',
    'Presseinformation',
    'Press release',
    'PRESS RELEASE',
    'News release',
    'Pressemitteilung Nr. 12/2024',
  ])('recognises the header line "%s" and takes the next line as title', (header) => {
    const release = parse(`${header}\n\nFamilienzentrum eröffnet\n\n${DE_BODY}`);
    expect(release.title).toBe('Familienzentrum eröffnet');
    expect(release.text).not.toContain(header);
  });

  it('takes the title from a "Press release: …" header line', () => {
    const release = parse(`Press release: Minister opens community centre\n\n${EN_BODY}`);
    expect(release.title).toBe('Minister opens community centre');
  });

  it('takes a sub-headline from the short line(s) before the body', () => {
    const release = parse(`Familienzentrum eröffnet\nLandrätin besucht neues Angebot in Sulingen\n\n${DE_BODY}`);
    expect(release.title).toBe('Familienzentrum eröffnet');
    expect(release.subtitle).toBe('Landrätin besucht neues Angebot in Sulingen');
    expect(release.paragraphs).toEqual([DE_BODY]);
  });

  it('does not take the dateline paragraph as sub-headline', () => {
    const release = parse(`Familienzentrum eröffnet\n\nSulingen. Die Landrätin war zu Gast.\n\n${DE_BODY}`);
    expect(release.subtitle).toBeNull();
    expect(release.dateline).toBe('Sulingen');
    expect(release.paragraphs[0]).toBe('Sulingen. Die Landrätin war zu Gast.');
  });

  it('does not take a long lead sentence or a quote as sub-headline', () => {
    expect(parse(`Familienzentrum eröffnet\n\n${DE_BODY}\n\nDie Landrätin lobte das Team.`).subtitle).toBeNull();
    expect(parse(`Familienzentrum eröffnet\n\n„Das ist ein guter Tag“, sagte sie.\n\n${DE_BODY}`).subtitle).toBeNull();
  });

  it('prefers meta.title and drops a short kicker line above it', () => {
    const release = parse(`Kreisbesuch\n\nFamilienzentrum eröffnet\n\n${DE_BODY}`, {
      title: 'Familienzentrum eröffnet',
    });
    expect(release.title).toBe('Familienzentrum eröffnet');
    expect(release.text).not.toContain('Kreisbesuch');
    expect(release.paragraphs).toEqual([DE_BODY]);
  });

  it('uses meta.title even when the text has no headline line', () => {
    const release = parse(`Sulingen. ${DE_BODY}`, { title: 'Besuch im Familienzentrum' });
    expect(release.title).toBe('Besuch im Familienzentrum');
    expect(release.paragraphs).toEqual([`Sulingen. ${DE_BODY}`]);
  });

  it('derives a title from the first sentence when the text starts with the dateline paragraph', () => {
    const release = parse(`LEEDS – ${EN_BODY}`);
    expect(release.title).toBe('The Minister for Housing visited the new community centre in Leeds on Monday.');
    expect(release.dateline).toBe('Leeds');
  });
});

describe('parseRelease: dateline and dates', () => {
  it.each([
    ['Osnabrück. ', 'Osnabrück', null],
    ['Landkreis Osnabrück – ', 'Landkreis Osnabrück', null],
    ['Berlin (dpa) – ', 'Berlin', null],
    ['LONDON – ', 'London', null],
    ['BADEN-BADEN – ', 'Baden-Baden', null],
    ['Halle (Saale) – ', 'Halle (Saale)', null],
    ['Osnabrück, 12. März 2024. ', 'Osnabrück', '2024-03-12'],
    ['Osnabrück, den 12.03.2024 – ', 'Osnabrück', '2024-03-12'],
    ['Leeds, 17 October 2025 – ', 'Leeds', '2025-10-17'],
  ])('reads the dateline "%s"', (prefix, place, date) => {
    const release = parse(`Familienzentrum eröffnet\n\n${prefix}${DE_BODY}`);
    expect(release.dateline).toBe(place);
    expect(release.date).toBe(date);
    // The dateline stays in the paragraph so offsets keep pointing at what was written.
    expect(release.paragraphs[0]).toBe(`${prefix}${DE_BODY}`);
  });

  it.each([
    'Am Montag – die Landrätin kam.',
    'Heute. Die Landrätin kam zu Besuch nach Sulingen.',
    'Das Familienzentrum ist neu.',
  ])('sees no dateline in "%s"', (first) => {
    expect(parse(`Familienzentrum eröffnet\n\n${first}\n\n${DE_BODY}`).dateline).toBeNull();
  });

  it.each([
    ['12. März 2024', '2024-03-12'],
    ['12.03.2024', '2024-03-12'],
    ['1. Jänner 2024', '2024-01-01'],
    ['3. Okt. 2023', '2023-10-03'],
    ['17 October 2025', '2025-10-17'],
    ['16th October 2025', '2025-10-16'],
    ['October 17, 2025', '2025-10-17'],
    ['Monday, January 30, 2012', '2012-01-30'],
    ['2025-10-17', '2025-10-17'],
  ])('reads the date "%s" from a date line', (written, iso) => {
    expect(parse(`Familienzentrum eröffnet\n\n${written}\n\n${DE_BODY}`).date).toBe(iso);
  });

  it('reads labelled date lines and keeps them out of the text', () => {
    const release = parse(`Meldungsdatum: 20.02.2026\n\nFamilienzentrum eröffnet\n\n${DE_BODY}`);
    expect(release.date).toBe('2026-02-20');
    expect(release.title).toBe('Familienzentrum eröffnet');
    expect(release.text).not.toContain('20.02.2026');
  });

  it('prefers meta.date, normalised to ISO', () => {
    expect(
      parse(`Familienzentrum eröffnet\n\nOsnabrück, 12. März 2024. ${DE_BODY}`, { date: '2024-03-14T09:00:00Z' }).date,
    ).toBe('2024-03-14');
    expect(parse(`Familienzentrum eröffnet\n\n${DE_BODY}`, { date: '14.03.2024' }).date).toBe('2024-03-14');
  });

  it('takes no event date from the body as the publication date, and rejects impossible dates', () => {
    expect(parse(`Familienzentrum eröffnet\n\nAm 5. Mai 2024 öffnete das Familienzentrum. ${DE_BODY}`).date).toBeNull();
    expect(
      parse(`Familienzentrum eröffnet\n\nDie Landrätin kam am 5. Mai 2024 nach Sulingen. ${DE_BODY}`).date,
    ).toBeNull();
    expect(parse(`Familienzentrum eröffnet\n\n31.02.2024\n\n${DE_BODY}`).date).toBeNull();
    expect(parse(`Familienzentrum eröffnet\n\n${DE_BODY}`).date).toBeNull();
  });

  it.each([
    ['(05.05.2024) ', '2024-05-05'],
    ['05.05.2024 – ', '2024-05-05'],
    ['SULINGEN (May 5, 2024) – ', '2024-05-05'],
  ])('reads the date that opens the first paragraph "%s"', (prefix, iso) => {
    expect(parse(`Familienzentrum eröffnet\n\n${prefix}${DE_BODY}`).date).toBe(iso);
  });

  it('reads a date the first paragraph gives to "today" or to its issuing', () => {
    expect(
      parse(`Minister opens centre\n\nThe Minister today (Monday 5 May 2025) opened the centre. ${EN_BODY}`).date,
    ).toBe('2025-05-05');
    expect(
      parse(`Minister opens centre\n\nThis statement was issued by the Example Office on 6 May 2025.\n\n${EN_BODY}`)
        .date,
    ).toBe('2025-05-06');
  });

  it.each([
    ['Date: 12 May 2020', '2020-05-12'],
    ['Datum: 12.05.2020', '2020-05-12'],
    ['Published on Tuesday12thMay2020', '2020-05-12'],
    ['Veröffentlicht am 12. Mai 2020', '2020-05-12'],
    ['Date published: 12 May 2020', '2020-05-12'],
    ['Nr. 88 Sulingen, 12. Mai 2020', '2020-05-12'],
    ['12.05.2020 | Presseinfo Nr. 88', '2020-05-12'],
    ['• Foilsithe: 12 Bealtaine 2020', '2020-05-12'],
  ])('reads the metadata line "%s" as the date and keeps it out of title and text', (line, iso) => {
    for (const raw of [
      `${line}\n\nFamilienzentrum eröffnet\n\n${DE_BODY}`,
      `Familienzentrum eröffnet\n\n${line}\n\n${DE_BODY}`,
    ]) {
      const release = parse(raw);
      expect(release.title).toBe('Familienzentrum eröffnet');
      expect(release.date).toBe(iso);
      expect(release.text).not.toContain(line);
    }
  });

  it('reads a metadata line naming the publisher and keeps it in the text for the extractor', () => {
    const line = 'Nr.88 | 12.05.2020 | MS | Ministerium für Beispiele';
    const release = parse(`Familienzentrum eröffnet\n\n${line}\n\n${DE_BODY}`);
    expect(release.title).toBe('Familienzentrum eröffnet');
    expect(release.date).toBe('2020-05-12');
    expect(release.publisher).toBe('Ministerium für Beispiele');
    expect(release.paragraphs).toEqual([line, DE_BODY]);
  });

  it('prefers the publication date over a "last updated" date', () => {
    const release = parse(
      `Familienzentrum eröffnet\n\nLetzte Aktualisierung: 14.05.2020\nDatum: 12.05.2020\n\n${DE_BODY}`,
    );
    expect(release.date).toBe('2020-05-12');
    expect(parse(`Familienzentrum eröffnet\n\nLast updated: 14 May 2020\n\n${DE_BODY}`).date).toBe('2020-05-14');
  });
});

describe('parseRelease: caption, credit, contact, links', () => {
  it('reads "Bildunterschrift:" and "Foto:" blocks', () => {
    const release = parse(
      `Familienzentrum eröffnet\n\n${DE_BODY}\n\nBildunterschrift:\nLandrätin Heike Brockhoff (Mitte) mit dem Team.\nFoto: Jana Krüger-Thelen\n`,
    );
    expect(release.caption).toBe('Landrätin Heike Brockhoff (Mitte) mit dem Team.');
    expect(release.photoCredit).toBe('Jana Krüger-Thelen');
    expect(release.paragraphs).toEqual([DE_BODY]);
    expect(release.text.endsWith('Landrätin Heike Brockhoff (Mitte) mit dem Team.\n\nJana Krüger-Thelen')).toBe(true);
  });

  it.each([
    ['Caption: The Minister with residents.', 'Photo: Leeds City Council'],
    ['Caption: The Minister with residents.', 'Image: Leeds City Council'],
    ['Bildunterschrift: The Minister with residents.', 'Bild: Leeds City Council'],
    ['BU: The Minister with residents. Foto: Leeds City Council', ''],
  ])('reads "%s" / "%s"', (captionLine, creditLine) => {
    const release = parse(`Minister opens centre\n\n${EN_BODY}\n\n${captionLine}\n${creditLine}`);
    expect(release.caption).toBe('The Minister with residents.');
    expect(release.photoCredit).toBe('Leeds City Council');
  });

  it('treats a line ending in "Bild: Name" as caption with credit', () => {
    const release = parse(
      `Familienzentrum eröffnet\n\n${DE_BODY}\n\nDie Landrätin im Gespräch mit Eltern. Bild: Jana Krüger\n\nDie Landrätin lobte das Team.`,
    );
    expect(release.caption).toBe('Die Landrätin im Gespräch mit Eltern.');
    expect(release.photoCredit).toBe('Jana Krüger');
    expect(release.paragraphs).toEqual([DE_BODY, 'Die Landrätin lobte das Team.']);
  });

  it('leaves "picture:" and "Bild:" inside running text alone', () => {
    const prose = 'The new homes complete the bigger picture: more homes for local people.';
    const german = 'Die Landrätin zeichnete ein klares Bild: mehr Plätze für Familien.';
    const release = parse(`Minister opens centre\n\n${EN_BODY}\n\n${prose}\n\n${german}`);
    expect(release.caption).toBeNull();
    expect(release.photoCredit).toBeNull();
    expect(release.paragraphs).toEqual([EN_BODY, prose, german]);
  });

  it.each([
    'Kontakt:\nLandkreis Diepholz, Pressestelle\nTelefon 05441 976-0',
    'Pressekontakt: Jana Krüger | presse@diepholz.de',
    'Ansprechpartnerin:\nJana Krüger',
    'Für Rückfragen steht Ihnen Jana Krüger zur Verfügung.',
    'Media enquiries\npress@leeds.example',
    'Press office: 0113 000 000',
    'Notes to editors\n1. The centre opened in 2024.',
    'ENDS\n\nNotes to editors: the centre is run by a charity.',
  ])('puts the contact block "%s" into contact, not the paragraphs; it closes the text', (block) => {
    const release = parse(`Familienzentrum eröffnet\n\n${DE_BODY}\n\n${block}\n\nWeitere Zeile am Ende.`);
    expect(release.contact).toBe(`${block}\nWeitere Zeile am Ende.`.replace(/\n\n/g, '\n'));
    expect(release.paragraphs).toEqual([DE_BODY]);
    expect(release.text).toBe(`Familienzentrum eröffnet\n\n${DE_BODY}\n\n${release.contact!}`);
  });

  it('gives a release the same id whatever its contact block says', () => {
    const a = parse(`Familienzentrum eröffnet\n\n${DE_BODY}\n\nKontakt:\nJana Krüger, Telefon 0123 456`);
    const b = parse(`Familienzentrum eröffnet\n\n${DE_BODY}\n\nKontakt:\nJana Krüger, Telefon 0123 789`);
    const none = parse(`Familienzentrum eröffnet\n\n${DE_BODY}`);
    expect(a.text).not.toBe(b.text);
    expect(new Set([a.id, b.id, none.id]).size).toBe(1);
  });

  it('does not treat "Kontakt" in running text as a contact block', () => {
    const release = parse(
      `Familienzentrum eröffnet\n\n${DE_BODY}\n\nKontakt zu anderen Familien ist den Eltern besonders wichtig, sagte die Leiterin.`,
    );
    expect(release.contact).toBeNull();
    expect(release.paragraphs).toHaveLength(2);
  });

  it('collects URLs and social handles but not e-mail addresses', () => {
    const release = parse(
      `Familienzentrum eröffnet\n\n${DE_BODY} Infos unter www.diepholz.de/familie, https://example.org/a_(b) und bei @lk_diepholz.\n\nKontakt: presse@diepholz.de, https://www.diepholz.de/presse.`,
    );
    expect(release.links).toEqual([
      'www.diepholz.de/familie',
      'https://example.org/a_(b)',
      '@lk_diepholz',
      'https://www.diepholz.de/presse',
    ]);
  });
});

describe('parseRelease: language, text and metadata', () => {
  it('detects German and English, and lets meta.language win', () => {
    expect(parse(`Familienzentrum eröffnet\n\n${DE_BODY}`).language).toBe('de');
    expect(parse(`Minister opens centre\n\n${EN_BODY}`).language).toBe('en');
    expect(parse(`Minister opens centre\n\n${EN_BODY}`, { language: 'de' }).language).toBe('de');
  });

  it('joins title, subtitle, paragraphs, caption and credit into text and derives the id from it', () => {
    const raw = `Familienzentrum eröffnet\nLandrätin zu Gast\n\n${DE_BODY}\n\nDie Landrätin lobte das Team.\n\nBildunterschrift: Die Landrätin mit dem Team.\nFoto: Jana Krüger`;
    const release = parse(raw, { url: 'https://example.org/pm/1', publisher: 'Landkreis Diepholz', source: 'a/b.txt' });
    expect(release.text).toBe(
      [
        'Familienzentrum eröffnet',
        'Landrätin zu Gast',
        DE_BODY,
        'Die Landrätin lobte das Team.',
        'Die Landrätin mit dem Team.',
        'Jana Krüger',
      ].join('\n\n'),
    );
    expect(release.id).toBe(releaseId(release.text));
    expect(release.id).toMatch(/^rel_[0-9a-f]{16}$/u);
    expect(release.source).toBe('a/b.txt');
    expect(release.url).toBe('https://example.org/pm/1');
    expect(release.publisher).toBe('Landkreis Diepholz');
    for (const paragraph of release.paragraphs) expect(release.text).toContain(paragraph);
  });

  it('has null url, publisher and optional parts when nothing states them', () => {
    const release = parse(`Familienzentrum eröffnet\n\n${DE_BODY}`);
    expect(release).toMatchObject({
      url: null,
      publisher: null,
      subtitle: null,
      caption: null,
      photoCredit: null,
      contact: null,
      links: [],
    });
  });

  it('joins the lines of a paragraph and keeps single-line paragraphs apart', () => {
    const release = parse(
      'Familienzentrum eröffnet\n\nDie Landrätin besuchte am Montag das neue\nFamilienzentrum in Sulingen und sprach mit den Eltern.\nDanach ging es weiter nach Syke zur Kreisverwaltung.',
    );
    expect(release.paragraphs).toEqual([
      'Die Landrätin besuchte am Montag das neue Familienzentrum in Sulingen und sprach mit den Eltern.',
      'Danach ging es weiter nach Syke zur Kreisverwaltung.',
    ]);
  });
});

describe('parseRelease: bad input', () => {
  it.each([
    ['', 'file is empty'],
    ['  \n\t \r\n ', 'file is empty'],
    [`Titel\u0000\u0000${DE_BODY}`, 'looks binary (NUL bytes)'],
    [`Titel\n${'\u0001\u0002\u0003abc'.repeat(20)}`, 'looks binary (control characters)'],
    [`Titel\n${'\uFFFD\uFFFDab'.repeat(20)}`, 'looks binary (undecodable bytes)'],
    ['Pressemitteilung\n\n[bookmark: _GoBack]\n', 'no release text found'],
    ['Familienzentrum eröffnet', 'no release text found (only a headline)'],
    ['Kurz\n\nZu kurz.', 'no release text found'],
  ])('rejects %j', (raw, reason) => {
    const error = notARelease(raw);
    expect(error.message).toBe(`test.txt: ${reason}`);
    expect(error.source).toBe('test.txt');
    expect(error.code).toBe('NOT_A_RELEASE');
  });
});

interface CorpusRecord {
  lang: 'de' | 'en';
  title: string | null;
  date: string | null;
  text: string;
  entities: { type: string; name: string; roles?: { title: string }[] }[];
}

// The development corpus sits next to the project on every machine and in CI.
const corpusFiles = readdirSync(CORPUS).filter((file) => file.endsWith('.json'));

describe('parseRelease on the development corpus', () => {
  const read = (file: string): CorpusRecord => JSON.parse(readFileSync(CORPUS + file, 'utf8')) as CorpusRecord;

  it.each(corpusFiles)('parses %s without and with metadata', (file) => {
    const record = read(file);
    for (const release of [
      parseRelease(record.text, { source: file }),
      parseRelease(record.text, { source: file, title: record.title ?? undefined, date: record.date ?? undefined }),
    ]) {
      expect(release.title.length).toBeGreaterThan(0);
      expect(release.paragraphs.length).toBeGreaterThan(0);
      expect(release.language).toBe(record.lang);
      expect(release.text).not.toContain('[bookmark');
      if (record.date) expect(release.date).toBe(record.date);
    }
  });

  it.each(corpusFiles)('reads headline and date of %s from its text alone, inventing no date', (file) => {
    const record = read(file);
    const release = parseRelease(record.text, { source: file });
    if (record.title) expect(structureTitleKey(release.title)).toBe(structureTitleKey(record.title));
    expect(release.date).toBe(record.date);
  });

  // Expected values come from the gold file, so the test names nothing from the release itself.
  it('parses the reference release de-seed.json', () => {
    const record = read('de-seed.json');
    const lines = record.text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const captionLine = lines[lines.indexOf('Bildunterschrift:') + 1]!;
    const photographer = record.entities.find((entity) => entity.type === 'Person' && entity.roles?.length === 0);
    const release = parseRelease(record.text, { source: 'de-seed.json' });
    expect(lines[0]).toBe('Pressemitteilung');
    expect(release.title).toBe(record.title);
    expect(release.subtitle).toBe(lines[2]);
    expect(release.dateline).toBe('Osnabrück');
    expect(release.paragraphs[0]).toMatch(/^Osnabrück\. \p{Lu}/u);
    expect(release.paragraphs).toHaveLength(5);
    expect(release.caption).toBe(captionLine);
    expect(release.photoCredit).toBe(photographer?.name);
    expect(release.text).not.toContain('[bookmark');
    expect(release.text).not.toContain('Pressemitteilung');
    expect(release.text).not.toContain('Bildunterschrift');
    // One https:// address with a path and one bare www. address, without the words around them.
    expect(release.links).toHaveLength(2);
    expect(release.links[0]).toMatch(/^https:\/\/[a-z-]+\.de\/$/u);
    expect(release.links[1]).toMatch(/^www\.[a-z-]+\.de$/u);
    for (const link of release.links) expect(record.text).toContain(link);
    expect(release.language).toBe('de');
    expect(release.date).toBeNull();
    expect(release.contact).toBeNull();
    // Offsets: every paragraph sits in text exactly once.
    for (const paragraph of release.paragraphs) expect(release.text.split(paragraph)).toHaveLength(2);
  });

  it('reads dateline, header date and contact from the English corpus', () => {
    const record = read('en-011.json');
    const governor = record.entities.find((entity) => entity.roles?.some((role) => role.title === 'Governor'));
    const release = parseRelease(record.text, { source: 'en-011.json' });
    expect(release.dateline).toBe('Winslow');
    expect(release.date).toBe('2012-01-30');
    expect(release.contact).toMatch(/^Contact: /u);
    expect(release.title.startsWith(`Governor ${governor?.name} `)).toBe(true);
  });
});
