import { nameKey } from '../../src/domain/fold.js';
import { releaseId } from '../../src/domain/ids.js';
import type { Language, Release, SourceMeta } from '../../src/domain/release.js';
import { NotAReleaseError } from '../../src/errors/not-a-release-error.js';
import { binaryReason } from './binary-check.js';
import { cleanText } from './clean-text.js';
import { matchDateline, type Dateline } from './dateline.js';
import { findDate, parseDate } from './dates.js';
import { splitFrontMatter } from './front-matter.js';
import { detectLanguage } from './language.js';
import { collectLinks, uniqueLinks } from './links.js';
import { stripMarkdown } from './markdown.js';
import {
  isCaptionCue,
  isContactStart,
  isCreditValue,
  isDebrisLine,
  matchCaptionLabel,
  matchCreditLine,
  matchDateLine,
  matchHeader,
  splitTrailingCredit,
} from './markers.js';
import { firstSentence, splitSentences, truncateWords } from './sentences.js';

/** A non-empty line and the blank-line separated block it belongs to. */
interface Line {
  text: string;
  block: number;
}

/** What the parser sorts the lines into. */
interface Sections {
  title: string | null;
  /** Block of the title line, -1 when the title did not come from a line. */
  titleBlock: number;
  subtitle: string[];
  /** Longer lines before a title that metadata identified ("Das Foto zeigt …" aside); kept as body. */
  preamble: string[];
  paragraphs: string[];
  captions: string[];
  credits: string[];
  contact: Line[];
  /** Dates stated as such (header, "Meldungsdatum:", sign-off line), in order. */
  dates: string[];
}

const MAX_TITLE = 200;
const MAX_SUBTITLE = 160;
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

  const sections: Sections = {
    title: null,
    titleBlock: -1,
    subtitle: [],
    preamble: [],
    paragraphs: [],
    captions: [],
    credits: [],
    contact: [],
    dates: [],
  };
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
  const text = [title, subtitle, ...paragraphs, caption, photoCredit].filter((part) => part !== null).join('\n\n');

  return {
    id: releaseId(text),
    source: meta.source,
    url: meta.url ?? fields['url'] ?? null,
    title,
    subtitle,
    date: releaseDate(meta.date ?? fields['date'], sections, dateline, subtitle),
    dateline: dateline?.place ?? null,
    publisher: meta.publisher ?? fields['publisher'] ?? null,
    language: meta.language ?? languageField(fields) ?? detectLanguage(text),
    paragraphs,
    caption,
    photoCredit,
    contact,
    links: uniqueLinks([...collectLinks(plain.text), ...plain.links]),
    text,
  };
}

/** Splits cleaned text into non-empty lines numbered by block; web furniture lines are dropped. */
function toLines(text: string): Line[] {
  const lines: Line[] = [];
  let block = 0;
  let blank = true;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || /^[•·]$/u.test(line)) {
      if (!blank) block++;
      blank = true;
      continue;
    }
    if (isDebrisLine(line)) continue;
    lines.push({ text: line, block });
    blank = false;
  }
  return lines;
}

/**
 * Reads header, date, picture and kicker lines up to and including the title; returns the index of the next line.
 * With a title from metadata, the matching line is consumed and short kicker lines before it are dropped.
 */
function readHead(lines: Line[], metaTitle: string | null, s: Sections): number {
  const pending: number[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!.text;
    let candidate = line;
    const header = matchHeader(line);
    if (header) {
      if (!header.colon || !header.rest || startsWithDate(header.rest)) {
        readHeaderRest(header.rest, lines[i]!.block, s);
        continue;
      }
      // "Press release: Title"
      candidate = header.rest;
    } else if (readHeadNoise(line, s)) {
      continue;
    }

    if (metaTitle !== null) {
      if (titleMatches(candidate, metaTitle)) {
        s.title = metaTitle;
        s.titleBlock = lines[i]!.block;
        keepPending(pending, lines, s);
        return i + 1;
      }
      if (pending.length < 4 && candidate.length <= MAX_TITLE && !matchDateline(candidate)) {
        pending.push(i);
        continue;
      }
      break;
    }
    if (isTitleLike(candidate)) {
      s.title = candidate;
      s.titleBlock = lines[i]!.block;
      return i + 1;
    }
    // No headline line (the text starts with the dateline paragraph): the title is derived later.
    return i;
  }
  if (metaTitle !== null) {
    // Metadata title not in the text: keep everything we held back as body.
    s.title = metaTitle;
    return pending[0] ?? i;
  }
  return i;
}

/** Header, date and picture lines before the title; true when the line was used up. */
function readHeadNoise(line: string, s: Sections): boolean {
  const date = matchDateLine(line);
  if (date !== null) {
    s.dates.push(date);
    return true;
  }
  const caption = matchCaptionLabel(line);
  if (caption !== null || isCaptionCue(line)) {
    addCaption(caption ?? line, s);
    return true;
  }
  const credit = matchCreditLine(line);
  if (credit !== null && isCreditValue(credit)) {
    addCredit(credit, s);
    return true;
  }
  return false;
}

/** Whatever follows a header label: a date, a "Contact:" part, a number — nothing of it is body. */
function readHeaderRest(rest: string, block: number, s: Sections): void {
  if (!rest) return;
  const contactAt = rest.search(/\b(?:contact|kontakt|media contact|pressekontakt)\s*:/iu);
  const info = contactAt >= 0 ? rest.slice(0, contactAt) : rest;
  if (contactAt >= 0) s.contact.push({ text: rest.slice(contactAt).trim(), block });
  const date = findDate(info);
  if (date) s.dates.push(date.iso);
}

/** Lines held back before a metadata title: short kickers ("Kreisbesuch") are dropped, longer text is kept. */
function keepPending(pending: number[], lines: Line[], s: Sections): void {
  for (const index of pending) {
    const line = lines[index]!.text;
    if (line.length > 60 || /[.!?“”"]$/u.test(line)) s.preamble.push(line);
  }
}

/** Up to two short lines after the title that are not yet the body: the sub-headline. */
function readSubtitle(lines: Line[], start: number, s: Sections): number {
  if (s.titleBlock < 0) return start;
  let i = start;
  while (i < lines.length && s.subtitle.length < 2) {
    const line = lines[i]!;
    const date = matchDateLine(line.text);
    if (date !== null) {
      s.dates.push(date);
      i++;
      continue;
    }
    const next = lines[i + 1];
    if (!next || !isSubtitleLike(line.text)) break;
    // Same block as the title, or a block of its own, or directly before the dateline paragraph;
    // a second line only from the same block as the first.
    if (line.block !== s.titleBlock && next.block === line.block && !matchDateline(next.text)) break;
    if (s.subtitle.length > 0 && line.block !== lines[i - 1]!.block) break;
    s.subtitle.push(line.text);
    i++;
  }
  return i;
}

/** Sorts the remaining lines into paragraphs, caption, photo credit and the contact block. */
function readBody(lines: Line[], start: number, s: Sections): void {
  let current: string[] | null = null;
  let currentBlock = -1;
  const flush = (): void => {
    if (current) s.paragraphs.push(joinLines(current));
    current = null;
  };

  for (let i = start; i < lines.length; i++) {
    const { text, block } = lines[i]!;

    if (isContactStart(text)) {
      flush();
      if (s.paragraphs.length === 0) {
        // A contact block before the body (e.g. in the header): take only its own block.
        let j = i;
        while (j < lines.length && lines[j]!.block === block) s.contact.push(lines[j++]!);
        i = j - 1;
        continue;
      }
      readContactTail(lines, i, s);
      return;
    }

    const captionLabel = matchCaptionLabel(text);
    if (captionLabel !== null) {
      flush();
      const parts = captionLabel ? [captionLabel] : [];
      let j = i + 1;
      if (parts.length === 0) {
        // Label on its own line: the caption is the following lines of the block (or the next block).
        const captionBlock = lines[j]?.block;
        while (j < lines.length && lines[j]!.block === captionBlock && parts.length < 3 && !isPictureOrContact(lines[j]!.text)) {
          parts.push(lines[j++]!.text);
        }
      }
      if (parts.length > 0) addCaption(joinLines(parts), s);
      i = j - 1;
      continue;
    }

    const credit = matchCreditLine(text);
    if (credit !== null) {
      if (isCreditValue(credit)) {
        addCredit(credit, s);
        // A short single line right before a credit line in the same block is the picture's caption.
        const single = current !== null && current.length === 1 ? current[0]! : null;
        if (single !== null && currentBlock === block && single.length <= 300 && s.paragraphs.length > 0) {
          addCaption(single, s);
          current = null;
        }
      } else {
        // "Foto: Landrätin X (Mitte) mit …" describes the picture.
        flush();
        addCaption(credit, s);
      }
      continue;
    }

    if (isCaptionCue(text)) {
      flush();
      addCaption(text, s);
      continue;
    }

    const date = matchDateLine(text);
    if (date !== null) {
      flush();
      s.dates.push(date);
      continue;
    }

    const trailing = splitTrailingCredit(text);
    if (trailing && trailing.text.length <= 400) {
      // A line ending in "Bild: Name" is a picture caption that the export put between paragraphs.
      flush();
      addCredit(trailing.credit, s);
      if (trailing.text) addCaption(trailing.text, s);
      continue;
    }

    const previous = current?.[current.length - 1];
    const startsNew =
      current === null || block !== currentBlock || /^[•▪◦‣∙]/u.test(text) || previous === undefined || endsLine(previous);
    if (startsNew) {
      flush();
      current = [text];
      currentBlock = block;
    } else {
      current!.push(text);
    }
  }
  flush();
}

/** Everything from the contact cue to the end is contact, except a labelled caption or credit not seen before. */
function readContactTail(lines: Line[], start: number, s: Sections): void {
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (i > start && s.credits.length === 0) {
      const credit = matchCreditLine(line.text);
      if (credit !== null && isCreditValue(credit)) {
        addCredit(credit, s);
        const previous = s.contact[s.contact.length - 1];
        // "Die Kinder überraschten …\n© 2024 Stadt Essen": the line above a credit is its caption.
        if (previous && previous.block === line.block && s.captions.length === 0 && looksLikeProse(previous.text)) {
          addCaption(previous.text, s);
          s.contact.pop();
        }
        continue;
      }
    }
    if (i > start && s.captions.length === 0) {
      const caption = matchCaptionLabel(line.text);
      if (caption) {
        const split = splitTrailingCredit(caption);
        addCaption(split?.text ?? caption, s);
        if (split && s.credits.length === 0) addCredit(split.credit, s);
        continue;
      }
    }
    s.contact.push(line);
  }
}

/** Adds a caption once, moving a trailing "Foto: …" into the credits. */
function addCaption(text: string, s: Sections): void {
  const split = splitTrailingCredit(text);
  const caption = split ? split.text : text;
  if (split) addCredit(split.credit, s);
  if (caption && !s.captions.includes(caption)) s.captions.push(caption);
}

/** Adds a photo credit once. */
function addCredit(credit: string, s: Sections): void {
  if (!s.credits.includes(credit)) s.credits.push(credit);
}

function isPictureOrContact(line: string): boolean {
  return matchCreditLine(line) !== null || matchCaptionLabel(line) !== null || isContactStart(line);
}

function looksLikeProse(line: string): boolean {
  return line.length >= 20 && line.length <= 300 && !/@|\d{3}|https?:|www\./u.test(line) && /\p{Ll}{3,}\s+\p{Ll}{3,}/u.test(line);
}

function isTitleLike(line: string): boolean {
  return line.length <= MAX_TITLE && !matchDateline(line) && !line.endsWith(':') && !isContactStart(line);
}

function isSubtitleLike(line: string): boolean {
  return (
    line.length <= MAX_SUBTITLE &&
    // A long line ending in a period is the lead sentence, not a sub-headline.
    (line.length <= 100 || !line.endsWith('.')) &&
    !line.endsWith(':') &&
    !/^[„"“‚'»«•]/u.test(line) &&
    splitSentences(line).length === 1 &&
    !matchDateline(line) &&
    !isContactStart(line) &&
    matchCaptionLabel(line) === null &&
    matchCreditLine(line) === null &&
    !isCaptionCue(line)
  );
}

/** True when a line of a block ends a paragraph: the next line starts a new one. */
function endsLine(line: string): boolean {
  return /[.!?:;…"“”»«)]$/u.test(line);
}

/** Joins the lines of one paragraph, undoing hyphenation at line ends ("Kreis-\nverwaltung"). */
function joinLines(lines: string[]): string {
  let result = lines[0] ?? '';
  for (const line of lines.slice(1)) {
    const hyphenated = /\p{Ll}-$/u.test(result) && /^\p{Ll}/u.test(line) && !/^(?:und|oder|bzw|sowie|and|or)\b/u.test(line);
    result = hyphenated ? result.slice(0, -1) + line : `${result} ${line}`;
  }
  return result;
}

function titleMatches(line: string, title: string): boolean {
  const a = nameKey(line);
  const b = nameKey(title);
  if (!a || !b) return false;
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= 12 && shorter.length / longer.length >= 0.6 && longer.startsWith(shorter);
}

function startsWithDate(text: string): boolean {
  const rest = text.replace(/^(?:\p{L}+\.?,?\s+)?/u, '');
  return findDate(text)?.index === 0 || findDate(rest)?.index === 0;
}

/** First sentence of the first paragraph, after its dateline, shortened: for releases without a headline. */
function deriveTitle(paragraph: string, dateline: Dateline | null): string {
  const body = dateline ? paragraph.slice(dateline.bodyStart) : paragraph;
  return truncateWords(firstSentence(body), DERIVED_TITLE);
}

/** Metadata date, else a stated date line, else the dateline's date, else the first full date near the top. */
function releaseDate(metaDate: string | undefined, s: Sections, dateline: Dateline | null, subtitle: string | null): string | null {
  const fromMeta = metaDate ? parseDate(metaDate) : null;
  if (fromMeta) return fromMeta;
  if (s.dates.length > 0) return s.dates[0]!;
  if (dateline?.date) return dateline.date;
  return parseDate([subtitle ?? '', s.paragraphs[0] ?? ''].join('\n'));
}

function languageField(fields: Record<string, string>): Language | undefined {
  const value = (fields['language'] ?? fields['lang'] ?? '').toLowerCase().slice(0, 2);
  return value === 'de' || value === 'en' ? value : undefined;
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
