import { nameKey } from '../../src/domain/fold.js';
import { matchDateline } from './dateline.js';
import { findDate } from './dates.js';
import {
  isBreadcrumb,
  isLetterheadName,
  isOrganisationName,
  isTagToken,
  matchMetaLine,
  splitHeadlineDate,
} from './head-lines.js';
import { chooseHeadline } from './headline.js';
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
import { addCaption, addCredit, emptySections } from './sections.js';
import { splitSentences } from './sentences.js';

const MAX_TITLE = 200;
// Some headlines run long; without a sentence end such a line is still a headline, not a paragraph.
const MAX_LONG_TITLE = 320;
const MAX_SUBTITLE = 160;

/**
 * Reads header, date, picture, metadata and kicker lines up to and including the title; returns the index of the
 * next line. Without a metadata title, the headline is the best-scoring short line before the body
 * (`chooseHeadline`); short lines above it are kickers. With a metadata title, the matching line is consumed
 * and short kicker lines before it are dropped.
 */
export function readHead(lines: Line[], metaTitle: string | null, s: Sections): number {
  if (metaTitle === null) return readHeadline(lines, s);
  const pending: number[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!.text;
    const head = headCandidate(lines, i, s);
    if (head === null) continue;
    const candidate = head.text;
    if (titleMatches(candidate, metaTitle)) {
      s.title = metaTitle;
      s.titleBlock = lines[i]!.block;
      keepPending(pending, lines, s);
      return i + 1;
    }
    if (pending.length < 4 && line.length <= MAX_TITLE && !matchDateline(line)) {
      pending.push(i);
      continue;
    }
    break;
  }
  // Metadata title not in the text: keep everything we held back as body.
  s.title = metaTitle;
  return pending[0] ?? i;
}

const MAX_CANDIDATES = 3;

/** The headline from the text: candidates are the short lines between the page furniture and the body. */
function readHeadline(lines: Line[], s: Sections): number {
  const candidates: { index: number; text: string; date: string | null }[] = [];
  const furniture = emptySections();
  let i = 0;
  for (; i < lines.length && candidates.length < MAX_CANDIDATES; i++) {
    // Page furniture after the first candidate is read again later, so it is collected apart here.
    const head = headCandidate(lines, i, candidates.length === 0 ? s : furniture);
    if (head === null) continue;
    if (!isTitleLike(head.text) || isBodyLine(head.text)) break;
    // A one-sentence release: its only sentence is the body, and the title is derived from it.
    if (i === lines.length - 1 && /[.!?]$/u.test(head.text) && head.text.split(/\s+/u).length >= 6) break;
    // The last line after a headline candidate is the body, however short: a release is never all head.
    if (i === lines.length - 1 && candidates.length > 0) break;
    // A later line opening a block of three or more lines starts a wrapped paragraph, not a headline.
    const block = lines[i]!.block;
    if (candidates.length > 0 && block !== lines[candidates[0]!.index]!.block && blockSize(lines, block) > 2) break;
    candidates.push({ index: i, ...head });
    const next = lines[i + 1];
    if (next === undefined || isBodyLine(next.text)) break;
  }
  if (candidates.length === 0) {
    // No headline line (the text starts with the dateline paragraph): the title is derived later.
    return Math.min(i, lines.length);
  }
  const bodyStart = lines
    .slice(candidates[candidates.length - 1]!.index + 1, candidates[candidates.length - 1]!.index + 6)
    .map((line) => line.text)
    .join(' ')
    .slice(0, 600);
  const choice = chooseHeadline(
    candidates.map((c) => c.text),
    bodyStart,
    candidates.map((c) => lines[c.index]!.block),
  );
  const chosen = candidates[choice]!;
  // Everything above the headline is used up now: kickers, and the furniture between them.
  for (const c of candidates) {
    if (c.index >= chosen.index) continue;
    s.kicker.push(c.text);
    if (isLetterheadName(c.text) && c.text.includes(' ')) s.publisher ??= c.text;
  }
  for (let j = candidates[0]!.index + 1; j < chosen.index; j++) headCandidate(lines, j, s);
  if (chosen.date !== null) s.dates.push(chosen.date);
  s.title = joinCutHeadline(chosen.text, lines, chosen.index);
  s.titleBlock = lines[chosen.index]!.block;
  return chosen.index + (s.title === chosen.text ? 1 : 2);
}

/**
 * Reads line `i` at the head: page furniture (header, metadata, date, picture, breadcrumb lines) goes into `s`
 * and gives null; otherwise the line as a headline candidate, without a header label or date stamp.
 */
function headCandidate(lines: Line[], i: number, s: Sections): { text: string; date: string | null } | null {
  const line = lines[i]!.text;
  let text = line;
  const header = matchHeader(line);
  if (header) {
    if (!header.colon || !header.rest || startsWithDate(header.rest)) {
      readHeaderRest(header.rest, lines[i]!.block, s);
      return null;
    }
    // "Press release: Title"
    text = header.rest;
  } else if (readHeadNoise(line, lines[i]!.block, s)) {
    return null;
  }
  // "Nr. 0540 Titel": the release number before the headline.
  text = text.replace(/^(?:Nr|No)\.?\s*\d+(?:\/\d+)?\*?\s+(?=\p{Lu})/u, '');
  const split = splitHeadlineDate(text);
  return split ? { text: split.headline, date: split.date } : { text, date: null };
}

/** "Minister zu Besuch bei Landrätin" + "Anna Beispiel" on the next line of its block: the headline goes on. */
function joinCutHeadline(title: string, lines: Line[], index: number): string {
  const next = lines[index + 1];
  if (!next || next.block !== lines[index]!.block || /[.!?:;…"“”»«)]$/u.test(title)) return title;
  const name = /^(?:(?:Dr|Prof)\.\s+)*[\p{Lu}][\p{Ll}]+(?:[- ][\p{Lu}][\p{Ll}]+){0,2}$/u.test(next.text);
  const openEnd =
    /(?:\s(?:und|oder|mit|bei|für|von|vom|zu|zum|zur|im|in|am|an|auf|der|die|das|des|dem|den|and|or|of|the|for|with|to|at|on|by)|[-–,])$/iu.test(
      title,
    );
  if ((name || openEnd) && next.text.length <= 60 && title.length + next.text.length < MAX_TITLE) {
    return `${title} ${next.text}`;
  }
  return title;
}

/** Header, date, metadata, picture and navigation lines before the title; true when the line was used up. */
function readHeadNoise(line: string, block: number, s: Sections): boolean {
  if (isBreadcrumb(line) || isTagToken(line)) return true;
  const meta = matchMetaLine(line);
  if (meta !== null) {
    if (meta.date !== null) (meta.updated ? s.updated : s.dates).push(meta.date);
    if (meta.contact !== null) s.contact.push({ text: meta.contact, block });
    if (meta.number !== null) s.number ??= meta.number;
    if (meta.publisher !== null) {
      s.publisher ??= meta.publisher;
      // The line names an organisation, which the extractor should still see: it stays in the text.
      s.preamble.push(line);
    }
    return true;
  }
  if (isLetterhead(line)) {
    s.contact.push({ text: line, block });
    const first = line.split(',')[0]!.trim();
    if (isOrganisationName(first)) s.publisher ??= first;
    return true;
  }
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
    if (readHeadNoise(line.text, line.block, s)) {
      i++;
      continue;
    }
    // Some pages print the headline twice.
    if (s.title !== null && nameKey(line.text) === nameKey(s.title)) {
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

function blockSize(lines: Line[], block: number): number {
  return lines.filter((line) => line.block === block).length;
}

/** A line that starts the running text: too long for a headline, a dateline, a quotation or a list item. */
function isBodyLine(line: string): boolean {
  return (
    !fitsTitle(line) ||
    isDatelineParagraph(line) ||
    // A quotation opens the body ("„…“, sagte sie."); a headline may start with a quoted word.
    (/^[„"“‚'»«]/u.test(line) && (/[.!?…]$/u.test(line) || /[“”"»«‘’'],\s/u.test(line))) ||
    /^•/u.test(line) ||
    (line.length > 120 && /[.!?]$/u.test(line))
  );
}

/** An address line of a letterhead ("Kreis X, Pressestelle, Musterstr. 1, 12345 Musterstadt") or a phone/e-mail line. */
function isLetterhead(line: string): boolean {
  if (/^(?:tel(?:efon)?|fon|fax|telefax|e-?mail|internet|web|phone|mobil)\.?\s*:/iu.test(line)) return true;
  // An address is a short list of parts, not a sentence that happens to name a street and a postcode.
  if (line.length > 120 || /[.!?]$/u.test(line)) return false;
  return (
    /,/u.test(line) &&
    /\b\d{5}\s+\p{Lu}\p{Ll}/u.test(line) &&
    /(?:str\.|(?:straße|platz|weg|allee|ring)\b)/iu.test(line)
  );
}

/**
 * A dateline opens running text: "Musterstadt – Die Landrätin …". A short line without a sentence end
 * ("Brände in Musterstadt – Zeugen gesucht") is a headline with a dash, not a dateline.
 */
function isDatelineParagraph(line: string): boolean {
  return matchDateline(line) !== null && (line.length > 120 || /[.…"“”»«)]$/u.test(line));
}

function isTitleLike(line: string): boolean {
  return fitsTitle(line) && !isDatelineParagraph(line) && !line.endsWith(':') && !isContactStart(line);
}

function fitsTitle(line: string): boolean {
  return line.length <= MAX_TITLE || (line.length <= MAX_LONG_TITLE && !/[.!?:;]$/u.test(line));
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
