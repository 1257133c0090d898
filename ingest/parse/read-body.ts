import {
  isCaptionCue,
  isContactStart,
  isCreditValue,
  matchCaptionLabel,
  matchCreditLine,
  matchDateLine,
  splitTrailingCredit,
} from './markers.js';
import type { Line, Sections } from './sections.js';
import { addCaption, addCredit } from './sections.js';

/** Sorts the remaining lines into paragraphs, caption, photo credit and the contact block. */
export function readBody(lines: Line[], start: number, s: Sections): void {
  let current: string[] | null = null;
  let currentBlock = -1;
  const bodyDates: { date: string; paragraphsBefore: number }[] = [];
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
      keepPublicationDate(bodyDates, s);
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
        while (
          j < lines.length &&
          lines[j]!.block === captionBlock &&
          parts.length < 3 &&
          !isPictureOrContact(lines[j]!.text)
        ) {
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

    // A date line stands alone: after a line that ends a sentence, not inside a wrapped one.
    const continues = current !== null && currentBlock === block && !endsLine(current[current.length - 1]!);
    const date = continues ? null : matchDateLine(text);
    if (date !== null) {
      flush();
      bodyDates.push({ date, paragraphsBefore: s.paragraphs.length });
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
      current === null ||
      block !== currentBlock ||
      /^[•▪◦‣∙]/u.test(text) ||
      previous === undefined ||
      endsLine(previous);
    if (startsNew) {
      flush();
      current = [text];
      currentBlock = block;
    } else {
      current!.push(text);
    }
  }
  flush();
  keepPublicationDate(bodyDates, s);
}

/**
 * A date line of its own before the first or after the last paragraph is the release's date (a sign-off);
 * date lines between paragraphs, or several of them, are a schedule of event dates.
 */
function keepPublicationDate(dates: { date: string; paragraphsBefore: number }[], s: Sections): void {
  if (dates.length !== 1) return;
  const only = dates[0]!;
  if (only.paragraphsBefore === 0 || only.paragraphsBefore === s.paragraphs.length) s.dates.push(only.date);
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

function isPictureOrContact(line: string): boolean {
  return matchCreditLine(line) !== null || matchCaptionLabel(line) !== null || isContactStart(line);
}

function looksLikeProse(line: string): boolean {
  return (
    line.length >= 20 &&
    line.length <= 300 &&
    !/@|\d{3}|https?:|www\./u.test(line) &&
    /\p{Ll}{3,}\s+\p{Ll}{3,}/u.test(line)
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
    const hyphenated =
      /\p{Ll}-$/u.test(result) && /^\p{Ll}/u.test(line) && !/^(?:und|oder|bzw|sowie|and|or)\b/u.test(line);
    result = hyphenated ? result.slice(0, -1) + line : `${result} ${line}`;
  }
  return result;
}
