import { describe, expect, it } from 'vitest';
import { chooseHeadline } from '../../ingest/parse/headline.js';
import {
  isBreadcrumb,
  isLetterheadName,
  isSectionLine,
  matchMetaLine,
  splitHeadlineDate,
} from '../../ingest/parse/head-lines.js';
import { parseRelease } from '../../ingest/parse/parse-release.js';
import type { SourceMeta } from '../../src/domain/release.js';
import { NotAReleaseError } from '../../src/errors/not-a-release-error.js';

// Invented release bodies, long enough to count as a body.
const DE_BODY =
  'Landrätin Heike Brockhoff hat am Montag das Familienzentrum in Sulingen besucht. Sie informierte sich über die Angebote für Eltern und Kinder.';
const EN_BODY =
  'The Minister for Housing visited the new community centre in Leeds on Monday. She met residents and staff of the housing association.';
const TITLE = 'Familienzentrum in Sulingen eröffnet';

function parse(raw: string, extra: Partial<SourceMeta> = {}) {
  return parseRelease(raw, { source: 'test.txt', ...extra });
}

describe('headline: kickers, section lines and breadcrumbs above it', () => {
  it.each(['Städtische Nachricht', 'Kreisbesuch', 'Neues aus dem Landkreis', 'Pressemitteilungen', 'Auszeichnung'])(
    'takes the headline under the kicker "%s", not the kicker',
    (kicker) => {
      const release = parse(`${kicker}\n\n${TITLE}\n\n${DE_BODY}`);
      expect(release.title).toBe(TITLE);
      expect(release.text).not.toContain(kicker);
      expect(release.paragraphs).toEqual([DE_BODY]);
    },
  );

  it('takes the headline under a short topic kicker in its own block', () => {
    expect(parse(`Familie im Blick\n\nLandrätin besucht Familienzentrum\n\n${DE_BODY}`).title).toBe(
      'Landrätin besucht Familienzentrum',
    );
  });

  it.each(['Startseite > Presse > Meldungen', 'Home / News / Press releases', 'Presse » Aktuelles » 2024'])(
    'drops the breadcrumb "%s"',
    (crumb) => {
      const release = parse(`${crumb}\n\n${TITLE}\n\n${DE_BODY}`);
      expect(release.title).toBe(TITLE);
      expect(release.text).not.toContain(crumb);
    },
  );

  it('keeps the first of two headline lines when the second is a sub-headline in its own block', () => {
    const release = parse(
      `Wenn die Ministerin ins Dorf kommt\n\nDie Ministerin besuchte drei Tage lang Sulingen\n\n${DE_BODY}`,
    );
    expect(release.title).toBe('Wenn die Ministerin ins Dorf kommt');
    expect(release.subtitle).toBe('Die Ministerin besuchte drei Tage lang Sulingen');
  });

  it('does not take the first line of a wrapped paragraph as the headline', () => {
    const release = parse(
      `${TITLE}\n\nDie Landrätin besuchte am Montag das neue\nFamilienzentrum in Sulingen.\nDanach fuhr sie weiter.`,
    );
    expect(release.title).toBe(TITLE);
  });

  it('drops a headline printed twice', () => {
    const release = parse(`${TITLE}\n\n${TITLE}\n\n${DE_BODY}`);
    expect(release.title).toBe(TITLE);
    expect(release.subtitle).toBeNull();
    expect(release.text.split(TITLE)).toHaveLength(2);
  });

  it('takes a photo caption above the headline as the caption', () => {
    for (const caption of [
      '(v.l.) Geschäftsführer Max Beispiel und Landrätin Heike Brockhoff',
      'Von links: Max Beispiel, Heike Brockhoff',
    ]) {
      const release = parse(`${caption}\n\n${TITLE}\n\n${DE_BODY}`);
      expect(release.title).toBe(TITLE);
      expect(release.caption).toBe(caption);
    }
  });

  it('joins a headline cut before the name on the next line of its block', () => {
    const release = parse(`Ministerin zu Besuch bei Landrätin\nHeike Brockhoff\n\n${DE_BODY}`);
    expect(release.title).toBe('Ministerin zu Besuch bei Landrätin Heike Brockhoff');
    expect(release.subtitle).toBeNull();
    expect(release.paragraphs).toEqual([DE_BODY]);
  });
});

describe('headline: prefixes and date stamps', () => {
  it.each([
    ['02.10.2020 - ', '2020-10-02'],
    ['02.10.2020 – ', '2020-10-02'],
    ['2. Oktober 2020 | ', '2020-10-02'],
  ])('splits the date stamp "%s" off the headline and takes it as the date', (prefix, iso) => {
    const release = parse(`${prefix}${TITLE}\n\n${DE_BODY}`);
    expect(release.title).toBe(TITLE);
    expect(release.date).toBe(iso);
  });

  it.each([
    [' [October 2020]', null],
    [' (02.10.2020)', '2020-10-02'],
  ])('drops the trailing stamp "%s" from the headline', (suffix, iso) => {
    const release = parse(`Minister opens community centre${suffix}\n\n${EN_BODY}`);
    expect(release.title).toBe('Minister opens community centre');
    expect(release.date).toBe(iso);
  });

  it('keeps a bracket that is part of the headline', () => {
    expect(parse(`Neues Zentrum in Halle (Saale)\n\n${DE_BODY}`).title).toBe('Neues Zentrum in Halle (Saale)');
  });

  it.each(['Pressemitteilung – ', 'Pressemitteilung | ', 'Pressemitteilung: '])(
    'drops the header label "%s"',
    (label) => {
      const release = parse(`${label}${TITLE}\n\n${DE_BODY}`);
      expect(release.title).toBe(TITLE);
      expect(release.dateline).toBeNull();
    },
  );

  it('keeps an abbreviation inside the headline ("Minister Dr. …"), which is no dateline', () => {
    const release = parse(`Wissenschaftsminister Dr. Max Beispiel besucht die Hochschule\n\n${DE_BODY}`);
    expect(release.title).toBe('Wissenschaftsminister Dr. Max Beispiel besucht die Hochschule');
  });
});

describe('metadata header blocks', () => {
  it('reads "Date:" and "Contact:" lines above the headline instead of rejecting the release', () => {
    const raw = `Date: 12 May 2020\nContact: Jane Roe, 0123 456\nMinister opens community centre\n${EN_BODY}\nShe said the centre was a good start.`;
    const release = parse(raw);
    expect(release.title).toBe('Minister opens community centre');
    expect(release.date).toBe('2020-05-12');
    expect(release.contact).toBe('Contact: Jane Roe, 0123 456');
    expect(release.paragraphs[0]).toBe(EN_BODY);
  });

  it('reads "Datum:" and "Ansprechpartner:" lines in their own block', () => {
    const release = parse(`Datum: 12.05.2020\nAnsprechpartner: Max Beispiel\n\n${TITLE}\n\n${DE_BODY}`);
    expect(release.title).toBe(TITLE);
    expect(release.date).toBe('2020-05-12');
    expect(release.contact).toContain('Ansprechpartner: Max Beispiel');
  });

  it.each(['08.10.2020, Sulingen, Mittelweser, Politik', '48 vom 8. Oktober 2020', '421 Sulingen, 08. Oktober 2020'])(
    'reads the dated metadata line "%s" and does not take it as the headline',
    (line) => {
      const release = parse(`${line}\n\n${TITLE}\n\n${DE_BODY}`);
      expect(release.title).toBe(TITLE);
      expect(release.date).toBe('2020-10-08');
      expect(release.text).not.toContain(line);
    },
  );

  it('skips series markers and a CMS tag token', () => {
    const release = parse(`${TITLE}\n\n• Erste Mitteilung\n\nDatum: 08.01.2019\nBesuch_Zentrum\n\n${DE_BODY}`);
    expect(release.title).toBe(TITLE);
    expect(release.subtitle).toBeNull();
    expect(release.date).toBe('2019-01-08');
    expect(release.text).not.toMatch(/Erste Mitteilung|Besuch_Zentrum/u);
  });

  it('reads a letterhead address block as contact and its authority as publisher', () => {
    const raw = `Presseinformation\n\nLandkreis Sulingen, Pressestelle, Beispielstr. 10, 12345 Sulingen\nTelefon: 01234 5678\n\n${TITLE}\n\n${DE_BODY}`;
    const release = parse(raw);
    expect(release.title).toBe(TITLE);
    expect(release.publisher).toBe('Landkreis Sulingen');
    expect(release.contact).toContain('Telefon: 01234 5678');
  });
});

describe('publication date', () => {
  it('takes no date when the text states none, even with event dates in the body', () => {
    const release = parse(`${TITLE}\n\n${DE_BODY} Am 12. Juni 2024 folgt ein Fest, am 13.06.2024 ein Konzert.`);
    expect(release.date).toBeNull();
  });

  it('takes the stated date line over an event date in the first paragraph', () => {
    const release = parse(`${TITLE}\n\n08.05.2024\n\nAm 12. Juni 2024 folgt ein Fest. ${DE_BODY}`);
    expect(release.date).toBe('2024-05-08');
  });
});

describe('publisher', () => {
  it.each([
    [`${DE_BODY}\n\nPressestelle des Landkreises Sulingen, Telefon 01234 5678`, 'Landkreis Sulingen'],
    [`${DE_BODY}\n\nHerausgeber: Stadt Sulingen, Presseamt`, 'Stadt Sulingen'],
    [`${DE_BODY}\n\nFür Rückfragen: Presseamt der Stadt Sulingen`, 'Stadt Sulingen'],
    [
      `${DE_BODY}\n\nOriginal-Content von: Polizeiinspektion Sulingen, übermittelt durch news aktuell`,
      'Polizeiinspektion Sulingen',
    ],
    [`${DE_BODY}\n\nFoto: © Landkreis Sulingen`, 'Landkreis Sulingen'],
  ])('reads the publisher from %j', (body, publisher) => {
    expect(parse(`${TITLE}\n\n${body}`).publisher).toBe(publisher);
  });

  it('reads the publisher from the letterhead line and from a metadata line of the head', () => {
    expect(parse(`Landkreis Sulingen\n\nPressemitteilung\n\n${TITLE}\n\n${DE_BODY}`).publisher).toBe(
      'Landkreis Sulingen',
    );
    expect(parse(`${TITLE}\n\nNr. 12 | 08.05.2024 | MB | Ministerium für Beispiele\n\n${DE_BODY}`).publisher).toBe(
      'Ministerium für Beispiele',
    );
    expect(
      parse(`Minister opens centre\n\nThe press release issued by the Example Office on 6 May 2025.\n\n${EN_BODY}`)
        .publisher,
    ).toBe('Example Office');
  });

  it('names no publisher when the text does not, and lets metadata win', () => {
    expect(parse(`${TITLE}\n\n${DE_BODY}\n\nFoto: Max Beispiel`).publisher).toBeNull();
    expect(
      parse(`${TITLE}\n\n${DE_BODY}\n\nHerausgeber: Stadt Sulingen`, { publisher: 'Landkreis Sulingen' }).publisher,
    ).toBe('Landkreis Sulingen');
  });
});

describe('pages that are not releases', () => {
  function reason(raw: string): string {
    try {
      parse(raw);
    } catch (error) {
      expect(error).toBeInstanceOf(NotAReleaseError);
      return (error as NotAReleaseError).message;
    }
    throw new Error('expected NotAReleaseError');
  }

  it('refuses a navigation menu, a cookie banner and an empty shell, each with its reason', () => {
    expect(reason('Startseite\nPresse\nKontakt\nImpressum\nDatenschutz')).toBe(
      'test.txt: looks like a navigation menu (only short lines, no sentence), not a release',
    );
    expect(
      reason(
        'Cookie-Einstellungen\n\nWir verwenden Cookies, damit die Seite gut funktioniert.\n\nAlle akzeptieren\nAblehnen',
      ),
    ).toBe('test.txt: looks like a cookie or consent banner, not a release');
    expect(reason('Pressemitteilung\n\nDatum: 12.05.2020\nKontakt: Pressestelle\n')).toBe(
      'test.txt: no release text found',
    );
  });

  it('keeps a release that a cookie banner surrounds', () => {
    const release = parse(`Wir verwenden Cookies.\nAkzeptieren\n\n${TITLE}\n\n${DE_BODY}`);
    expect(release.paragraphs).toContain(DE_BODY);
  });
});

describe('line kinds', () => {
  it('reads metadata lines into date, contact, number and publisher', () => {
    expect(matchMetaLine('Published on Tuesday12thMay2020')).toMatchObject({ date: '2020-05-12', updated: false });
    expect(matchMetaLine('Letzte Aktualisierung: 14.05.2020')).toMatchObject({ date: '2020-05-14', updated: true });
    expect(matchMetaLine('Contact: Jane Roe')).toMatchObject({ contact: 'Contact: Jane Roe' });
    expect(matchMetaLine('Nr.146 | 18.07.2018 | MB | Ministerium für Beispiele')).toEqual({
      date: '2018-07-18',
      updated: false,
      contact: null,
      number: '146',
      publisher: 'Ministerium für Beispiele',
    });
    expect(matchMetaLine('Datum der Veranstaltung ist noch offen, sagte sie')).toBeNull();
    expect(matchMetaLine('Landrätin besucht Sulingen am 12.05.2020')).toBeNull();
  });

  it('tells section lines, breadcrumbs and letterhead names from headlines', () => {
    expect(isSectionLine('Städtische Nachricht')).toBe(true);
    expect(isSectionLine('Stadt eröffnet Nachrichtenzentrum')).toBe(false);
    expect(isBreadcrumb('Startseite > Presse')).toBe(true);
    expect(isBreadcrumb('Mehr Geld für Kitas > Erwartungen')).toBe(true);
    expect(isBreadcrumb('Kinder unter 3 Jahren')).toBe(false);
    expect(isLetterheadName('Ministerium für Soziales und Beispiele')).toBe(true);
    expect(isLetterheadName('Stadt Sulingen ehrt Ehrenamtliche')).toBe(false);
  });

  it('splits only real date stamps off a headline', () => {
    expect(splitHeadlineDate('02.10.2020 - Titel der Meldung')).toEqual({
      headline: 'Titel der Meldung',
      date: '2020-10-02',
    });
    expect(splitHeadlineDate('Haushalt (2025) beschlossen')).toBeNull();
    expect(splitHeadlineDate('Bilanz für Sulingen (Haushalt 2025)')).toBeNull();
  });

  it('scores a one-word kicker below the headline under it, and a stacked sub-headline below the headline', () => {
    expect(chooseHeadline(['Kreisbesuch', 'Ministerin besucht Sulingen'], 'Die Ministerin hat Sulingen besucht.')).toBe(
      1,
    );
    expect(
      chooseHeadline(
        ['Familienzentrum eröffnet', 'Landrätin besucht neues Angebot in Sulingen'],
        'Die Landrätin besuchte das Angebot in Sulingen.',
        [0, 0],
      ),
    ).toBe(0);
  });
});

describe('a short release keeps its body', () => {
  it('keeps a one-sentence body under the headline instead of refusing it as headline-only', () => {
    const release = parse('Noch ein Titel\n\nDer Verein feiert sein Jubiläum.');
    expect(release.title).toBe('Noch ein Titel');
    expect(release.text).toContain('Der Verein feiert sein Jubiläum.');
  });

  it('still refuses a text that is only a headline', () => {
    expect(() => parse('Noch ein Titel')).toThrow(NotAReleaseError);
  });
});
