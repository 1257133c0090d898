import { releaseId } from '../../src/domain/ids.js';
import type { Language, Release, SourceMeta } from '../../src/domain/release.js';
import { NotAReleaseError } from '../../src/errors/not-a-release-error.js';
import { binaryReason } from './binary-check.js';
import { cleanText } from './clean-text.js';
import type { Dateline } from './dateline.js';
import { matchDateline } from './dateline.js';
import { findDate, parseDate } from './dates.js';
import { splitFrontMatter } from './front-matter.js';
import { detectLanguage } from './language.js';
import { collectLinks, uniqueLinks } from './links.js';
import { stripMarkdown } from './markdown.js';
import { readBody } from './read-body.js';
import { readHead, readSubtitle } from './read-head.js';
import type { Sections } from './sections.js';
import { emptySections, toLines } from './sections.js';
import { findPublisher } from './publisher.js';
import { firstSentence, truncateWords } from './sentences.js';

const MIN_BODY_LETTERS = 20;
const DERIVED_TITLE = 120;

/** Parses a plain-text or Markdown press release into a `Release`; throws `NotAReleaseError` for empty, binary or body-less input. */
export function parseRelease(raw: string, meta: SourceMeta): Release {
  if (raw.trim() === '') throw new NotAReleaseError(meta.source, 'file is empty');
  const binary = binaryReason(raw);
  if (binary !== null) throw new NotAReleaseError(meta.source, binary);

  const { fields, body } = splitFrontMatter(raw);
  const plain = stripMarkdown(cleanText(body));
  const lines = toLines(plain.text);
  if (lines.length === 0) throw new NotAReleaseError(meta.source, 'no release text found');

  const notText = pageFurnitureReason(lines.map((line) => line.text));
  if (notText !== null) throw new NotAReleaseError(meta.source, notText);

  const sections = emptySections();
  const metaTitle = oneLine(meta.title ?? fields['title'] ?? '');
  let index = readHead(lines, metaTitle || null, sections);
  index = readSubtitle(lines, index, sections);
  readBody(lines, index, sections);

  const dateline = sections.paragraphs.length > 0 ? matchDateline(sections.paragraphs[0]!) : null;
  const paragraphs = [...sections.preamble, ...sections.paragraphs];
  const bodyLetters = paragraphs.join(' ').match(/\p{L}/gu)?.length ?? 0;
  if (bodyLetters < MIN_BODY_LETTERS) {
    const onlyHeadline = sections.title !== null && paragraphs.length === 0;
    const reason = onlyHeadline ? 'no release text found (only a headline)' : 'no release text found';
    throw new NotAReleaseError(meta.source, reason);
  }
  const title = sections.title ?? deriveTitle(sections.paragraphs[0] ?? paragraphs[0]!, dateline);
  const subtitle = sections.subtitle.length > 0 ? sections.subtitle.join('\n') : null;
  const caption = sections.captions.length > 0 ? sections.captions.join('\n') : null;
  const photoCredit = sections.credits.length > 0 ? sections.credits.join('; ') : null;
  const contact = sections.contact.length > 0 ? sections.contact.map((line) => line.text).join('\n') : null;
  const released = [title, subtitle, ...paragraphs, caption, photoCredit].filter((part) => part !== null).join('\n\n');
  // The contact block closes the text: its press officers and bodies are named there (and searched for). The id
  // stays the body's, so a changed phone number does not make a new release.
  const text = contact === null ? released : `${released}\n\n${contact}`;

  return {
    id: releaseId(released),
    source: meta.source,
    url: meta.url ?? fields['url'] ?? null,
    title,
    subtitle,
    date: releaseDate(meta.date ?? fields['date'], sections, dateline, paragraphs[0] ?? ''),
    dateline: dateline?.place ?? null,
    publisher:
      meta.publisher ??
      fields['publisher'] ??
      sections.publisher ??
      findPublisher(
        paragraphs,
        sections.contact.map((line) => line.text),
        sections.credits,
      ),
    language: meta.language ?? languageField(fields) ?? detectLanguage(text),
    paragraphs,
    caption,
    photoCredit,
    contact,
    links: uniqueLinks([...collectLinks(plain.text), ...plain.links]),
    text,
  };
}

/** First sentence of the first paragraph, after its dateline, shortened: for releases without a headline. */
function deriveTitle(paragraph: string, dateline: Dateline | null): string {
  const body = dateline ? paragraph.slice(dateline.bodyStart) : paragraph;
  return truncateWords(firstSentence(body), DERIVED_TITLE);
}

/**
 * The publication date, only from where one stands: metadata, a stated date line (header, "Datum:", sign-off),
 * the dateline, a date opening the first paragraph, an "issued on" sentence; an "updated" date last.
 * A date elsewhere in the body is an event date and never the publication date.
 */
function releaseDate(
  metaDate: string | undefined,
  s: Sections,
  dateline: Dateline | null,
  first: string,
): string | null {
  const fromMeta = metaDate ? parseDate(metaDate) : null;
  if (fromMeta) return fromMeta;
  if (s.dates.length > 0) return s.dates[0]!;
  if (dateline?.date) return dateline.date;
  return leadingDate(first) ?? issuedDate(first) ?? todayDate(first) ?? s.updated[0] ?? null;
}

/** "(27.03.2017) Text …", "12.03.2024 – Text …": a date that opens the paragraph. */
function leadingDate(paragraph: string): string | null {
  const m = /^[([]?\s*/u.exec(paragraph)!;
  const date = findDate(paragraph.slice(m[0].length, m[0].length + 40));
  if (date === null || date.index !== 0) return null;
  const after = paragraph.slice(m[0].length + date.length);
  return /^\s*(?:[)\]]|[–—:-]|\s\p{Lu}|$)/u.test(after) ? date.iso : null;
}

/** "The press release issued by … on 17 October 2025." / "veröffentlicht am 3. Mai 2024": the date it names. */
function issuedDate(paragraph: string): string | null {
  const m = /\b(?:issued|published|released|veröffentlicht|herausgegeben)\b[^.]{0,80}?\b(?:on|am)\s+/iu.exec(paragraph);
  if (!m) return null;
  const date = findDate(paragraph.slice(m.index + m[0].length, m.index + m[0].length + 30));
  return date !== null && date.index === 0 ? date.iso : null;
}

/** "today (Thursday 6 March 2025)", "heute, am 6. März 2025": the text dates itself. */
function todayDate(paragraph: string): string | null {
  const m = /\b(?:today|heute)\s*(?:\(\s*|,\s*(?:(?:den|am|on)\s+)?)(?:\p{L}+,?\s+)?/iu.exec(paragraph);
  if (!m) return null;
  const date = findDate(paragraph.slice(m.index + m[0].length, m.index + m[0].length + 30));
  return date !== null && date.index === 0 ? date.iso : null;
}

/**
 * A page that is only furniture: a cookie or consent banner, or a navigation menu (short lines, no sentence).
 * Null when the lines may hold a release.
 */
function pageFurnitureReason(lines: string[]): string | null {
  const banner = (line: string): boolean =>
    /\bcookies?\b|datenschutzeinstellungen|privacy settings/iu.test(line) ||
    /^(?:alle\s+)?(?:akzeptieren|ablehnen|zustimmen|einstellungen|accept(?: all)?|reject(?: all)?|decline|settings|ok)$/iu.test(
      line,
    );
  const rest = lines.filter((line) => !banner(line));
  // A banner around a real release leaves the release; a page that is only the banner leaves next to nothing.
  if (rest.length < lines.length && (rest.join(' ').match(/\p{L}/gu)?.length ?? 0) < 60) {
    return 'looks like a cookie or consent banner, not a release';
  }
  const sentence = lines.some((line) => line.length > 40 || /\p{L}{2}[.!?]$/u.test(line));
  if (lines.length >= 4 && !sentence)
    return 'looks like a navigation menu (only short lines, no sentence), not a release';
  return null;
}

function languageField(fields: Record<string, string>): Language | undefined {
  const value = (fields['language'] ?? fields['lang'] ?? '').toLowerCase().slice(0, 2);
  return value === 'de' || value === 'en' ? value : undefined;
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
