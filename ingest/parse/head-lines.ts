// Kinds of lines at the head of a release that are not its headline: metadata, section kickers, breadcrumbs.
import { findDate, isMonthYear, unglueDate } from './dates.js';

/** What a metadata line says: a date (published or updated), a contact, a release number, a publisher. */
export interface MetaLine {
  date: string | null;
  /** True for "updated"/"last modified" dates, which are the publication date only when nothing else is. */
  updated: boolean;
  contact: string | null;
  number: string | null;
  publisher: string | null;
}

const PUBLISHED_LABEL =
  /^(?:datum|date(?:\s+published)?|publication\s+date|published(?:\s+on)?|posted(?:\s+on)?|veröffentlicht(?:\s+am)?|erstellt(?:\s+am)?|erschienen(?:\s+am)?|meldungsdatum|erscheinungsdatum|ausgabedatum|issued(?:\s+on)?|released(?:\s+on)?|foilsithe)(?![\p{L}])\s*:?\s*/iu;
const UPDATED_LABEL =
  /^(?:stand|letzte\s+aktualisierung|zuletzt\s+aktualisiert(?:\s+am)?|aktualisiert(?:\s+am)?|geändert(?:\s+am)?|updated(?:\s+on)?|last\s+(?:updated|modified)(?:\s+on)?|an\s+t-eolas\s+is\s+déanaí)(?![\p{L}])\s*:?\s*/iu;
const CONTACT_LABEL =
  /^(?:contact(?:\s+information)?|media\s+contact|press\s+contact|kontakt|pressekontakt|ansprechpartner(?:in)?|ansprechperson)\s*:\s*(.+)$/iu;
// "The press release issued by the Ministry of Housing on 17 October 2025."
const ISSUED_NOTE =
  /^(?:this|the)\s+(?:press\s+|news\s+|media\s+)?(?:release|statement|story|notice)\s+(?:was\s+)?(?:issued|published|released)\s+by\s+(?:the\s+)?(.{2,80}?)\s+on\s+(.{6,40}?)\.?$/iu;
const NUMBER = /^(?:nr|no|nummer|number)\.?\s*(\d+(?:\/\d+)?)\*?(?![\d.])\s*[,;|–-]?\s*/iu;
// Series markers of a release page ("Erste Mitteilung", "Aktualisierte Meldung"), not headlines.
const SERIES =
  /^(?:erste|zweite|dritte|weitere|letzte|neue|aktualisierte|abschließende)\s+(?:mitteilung|meldung|information)$/iu;
// "Presseinfo Nr. 58" as one part of a "19.07.2019 | Presseinfo Nr. 58" line.
const LABELLED_NUMBER =
  /^(?:presse\w*|pm|pressemitteilung|medieninformation|press\s+release|news\s+release)\s*(?:nr|no)\.?\s*(\d+(?:\/\d+)?)$/iu;
const ORGANISATION =
  /^(?:(?:der|die|das|the)\s+)?(?:[\p{Lu}][\p{Ll}]+(?:e|es|er)\s+)?(?:landkreis|landratsamt|kreis|kreisverwaltung|stadt|stadtverwaltung|gemeinde|samtgemeinde|verbandsgemeinde|markt|bezirksamt|bezirksregierung|regierung|regierungspräsidium|ministerium|bundesministerium|staatsministerium|staatskanzlei|senatskanzlei|senatsverwaltung|landesamt|bundesamt|polizeipräsidium|polizeidirektion|polizeiinspektion|kreispolizeibehörde|agentur für arbeit|jobcenter|handwerkskammer|industrie- und handelskammer|ihk|universität|hochschule|technische universität|department|ministry|office|council|city of|county|government|agency|commission|authority)(?![\p{L}])/iu;

/** True when a short line names an organisation the way a letterhead does ("Landkreis X", "Ministerium für Y"). */
export function isOrganisationName(text: string): boolean {
  return text.length >= 6 && text.length <= 100 && ORGANISATION.test(text) && !/[.!?:]$|\d|@|https?:|www\./u.test(text);
}

const NAME_CONNECTOR = /^(?:für|des|der|den|und|von|vom|im|in|am|an|zu|zur|of|for|and|the|on|in)$/u;

/** True for a letterhead line that is only an organisation's name ("Landkreis Muster", "Ministerium für Beispiele"). */
export function isLetterheadName(line: string): boolean {
  if (!isOrganisationName(line)) return false;
  const words = line.split(/[\s,]+/u).filter(Boolean);
  return words.length <= 8 && words.every((word) => /^[\p{Lu}\d(]/u.test(word) || NAME_CONNECTOR.test(word));
}

/** Reads a metadata line ("Datum: 08.01.2019", "Contact: …", "Nr. 421 Steinfurt, 7. November 2011", "19.07.2019 | Presseinfo Nr. 58"), else null. */
export function matchMetaLine(raw: string): MetaLine | null {
  const line = raw.replace(/^[•·–-]\s*/u, '');
  const empty: MetaLine = { date: null, updated: false, contact: null, number: null, publisher: null };
  if (SERIES.test(line)) return empty;
  const note = ISSUED_NOTE.exec(line);
  if (note) {
    const date = findDate(note[2]!);
    if (date && date.index === 0) return { ...empty, date: date.iso, publisher: note[1]!.trim() };
  }
  const contact = CONTACT_LABEL.exec(line);
  if (contact) return { ...empty, contact: line };
  for (const [label, updated] of [
    [PUBLISHED_LABEL, false],
    [UPDATED_LABEL, true],
  ] as const) {
    const m = label.exec(line);
    if (!m || m[0] === '') continue;
    const rest = unglueDate(line.slice(m[0].length));
    const date = findDate(rest);
    // The label must lead to a date near its start ("Date published: 28 January 2016"), not to a sentence.
    if (date && date.index <= 12 && line.length <= 80) return { ...empty, date: date.iso, updated };
  }
  const number = NUMBER.exec(line);
  if (number) {
    const rest = line.slice(number[0].length);
    if (rest === '') return { ...empty, number: number[1]! };
    const parts = pipeParts(rest);
    if (parts) return { ...parts, number: number[1]! };
    const date = findDate(rest);
    // "Nr. 421 Steinfurt, 07. November 2011": a place and the date, nothing else.
    if (date && line.length <= 70 && date.index + date.length >= rest.trim().length - 1) {
      return { ...empty, number: number[1]!, date: date.iso };
    }
  }
  return pipeParts(line) ?? datedTags(line);
}

// Words that may stand between a number and a date in a release's number line ("48 vom 27. Februar 2009").
const LINKING = /^(?:vom|von|from|of|am|on|den|dated)$/iu;

/**
 * A date with only a release number, place or topic tags around it ("08.10.2019, Musterstadt, Region, Politik",
 * "48 vom 27. Februar 2009", "421 Musterstadt, 7. November 2011"): a dateline of the page, not a headline.
 */
function datedTags(line: string): MetaLine | null {
  if (line.length > 90) return null;
  const date = findDate(line);
  if (date === null) return null;
  const before = line.slice(0, date.index).trim();
  const after = line.slice(date.index + date.length).trim();
  if (before !== '' && after !== '' && !/^[,|–-]?\s*$/u.test(after)) return null;
  // "02.10.2020 – 30 Jahre …" is a headline with a date stamp (splitHeadlineDate), not a tag list.
  if (/^[–—-]/u.test(after)) return null;
  const words = `${before} ${after}`.split(/[\s,;|–—/-]+/u).filter(Boolean);
  const number = /^(?:nr\.?|no\.?)?\s*(\d+(?:\/\d+)?)$/iu.exec(words[0] ?? '');
  // Tags and places are capitalised words; a lower-case word other than "vom"/"from" means a sentence.
  const tagsOnly = words.every(
    (word, index) => (index === 0 && number) || LINKING.test(word) || /^[\p{Lu}\d]/u.test(word),
  );
  if (!tagsOnly || words.length > 6) return null;
  // A bare date is a date line (handled elsewhere); here something must stand around it.
  if (words.length === 0) return null;
  if (before !== '' && !number && date.index > 0 && !/,\s*$/u.test(before)) return null;
  return { date: date.iso, updated: false, contact: null, number: number ? number[1]! : null, publisher: null };
}

/** "18.07.2018 | SM | Ministerium für Y": parts of a metadata line, one of them a date or a release number. */
function pipeParts(line: string): MetaLine | null {
  const parts = line
    .split(/\s*\|\s*/u)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2 || parts.some((part) => part.length > 90)) return null;
  const result: MetaLine = { date: null, updated: false, contact: null, number: null, publisher: null };
  for (const part of parts) {
    const date = findDate(part);
    const number = LABELLED_NUMBER.exec(part) ?? NUMBER.exec(part);
    if (date && date.index === 0 && part.length - date.length <= 8) result.date ??= date.iso;
    else if (number) result.number ??= number[1]!;
    else if (isOrganisationName(part)) result.publisher ??= part;
    // Anything else must be a short code ("SM", "PM"); a phrase means the line is a headline with a stamp.
    else if (!/^[\p{Lu}\d./-]{1,6}$/u.test(part)) return null;
  }
  return result.date !== null || result.number !== null ? result : null;
}

// Section labels and page furniture that sit above a headline ("Städtische Nachricht", "Neues aus dem …").
const SECTION =
  /^(?:(?:städtische|amtliche|aktuelle|kurze)\s+(?:nachricht|nachrichten|meldung|meldungen|mitteilung)|(?:neues|aktuelles|nachrichten|news|meldungen)\s+(?:aus|vom|von|from|der|des)\b.*|pressemitteilungen|pressemeldungen|nachrichten|meldungen|aktuelle meldungen|news and press releases|latest news|news releases|press releases|rathaus ?news|top ?thema|topthema)$/iu;

/** True for a section or series label above the headline ("Städtische Nachricht", "Neues aus dem Programm"). */
export function isSectionLine(line: string): boolean {
  return SECTION.test(line);
}

/** True for a breadcrumb trail ("Startseite > Presse > Meldungen", "Home / News / 2024"). */
export function isBreadcrumb(line: string): boolean {
  if (/^(?:startseite|home|sie sind hier|you are here)\b/iu.test(line) && /[>»/|›]/u.test(line)) return true;
  return (line.match(/\s[>»›]\s/gu)?.length ?? 0) >= 1 && line.length <= 150 && !/[.!?]$/u.test(line);
}

/** True for a CMS tag or file-name token on its own line ("Kreisbereisung_IHK", "IMG_1234"). */
export function isTagToken(line: string): boolean {
  return /^[\p{L}\d]+(?:_[\p{L}\d]+)+(?:\.\p{L}{2,4})?$/u.test(line);
}

/** A headline with a date written before or after it ("02.10.2020 - Titel", "Titel [October 2025]"): both parts. */
export function splitHeadlineDate(line: string): { headline: string; date: string | null } | null {
  const before = /^(.{6,30}?)\s*(?:[–—-]{1,2}|\|)\s+(?=\S)/u.exec(line);
  if (before) {
    const date = findDate(before[1]!);
    if (date && date.index === 0 && date.length >= before[1]!.trim().length - 1) {
      return { headline: line.slice(before[0].length).trim(), date: date.iso };
    }
  }
  // "[October 2025]", "(16.12.2021)" at the end: a date stamp, not words of the headline.
  const after = /\s*[[(]([^[\]()]{4,30})[\])]$/u.exec(line);
  if (after) {
    const stamp = after[1]!;
    const date = findDate(stamp);
    if ((date && date.length >= stamp.trim().length - 1) || isMonthYear(stamp)) {
      return { headline: line.slice(0, after.index).trim(), date: date?.iso ?? null };
    }
  }
  return null;
}
