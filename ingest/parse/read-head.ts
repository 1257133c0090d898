import { nameKey } from '../../src/domain/fold.js';
import { matchDateline } from './dateline.js';
import { findDate } from './dates.js';
import {
  isCaptionCue,
  isContactStart,
  isCreditValue,
  matchCaptionLabel,
  matchCreditLine,
  matchDateLine,
  matchHeader,
} from './markers.js';
import type { Line, Sections } from './sections.js';
import { addCaption, addCredit } from './sections.js';
import { splitSentences } from './sentences.js';

const MAX_TITLE = 200;
const MAX_SUBTITLE = 160;

/**
 * Reads header, date, picture and kicker lines up to and including the title; returns the index of the next line.
 * With a title from metadata, the matching line is consumed and short kicker lines before it are dropped.
 */
export function readHead(lines: Line[], metaTitle: string | null, s: Sections): number {
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
export function readSubtitle(lines: Line[], start: number, s: Sections): number {
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
