import { isDebrisLine, splitTrailingCredit } from './markers.js';

/** A non-empty line and the blank-line separated block it belongs to. */
export interface Line {
  text: string;
  block: number;
}

/** What the parser sorts the lines into. */
export interface Sections {
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
  /** "Last updated" dates: the publication date only when no other date is stated. */
  updated: string[];
  /** Section and kicker lines above the headline ("Städtische Nachricht", "Kreisbesuch"). */
  kicker: string[];
  /** The release number ("Pressemitteilung Nr. 146"). */
  number: string | null;
  /** Who issued the release, where the head names it (letterhead, metadata line). */
  publisher: string | null;
}

/** Empty sections to fill. */
export function emptySections(): Sections {
  return {
    title: null,
    titleBlock: -1,
    subtitle: [],
    preamble: [],
    paragraphs: [],
    captions: [],
    credits: [],
    contact: [],
    dates: [],
    updated: [],
    kicker: [],
    number: null,
    publisher: null,
  };
}

/** Splits cleaned text into non-empty lines numbered by block; web furniture lines are dropped. */
export function toLines(text: string): Line[] {
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

/** Adds a caption once, moving a trailing "Foto: …" into the credits. */
export function addCaption(text: string, s: Sections): void {
  const split = splitTrailingCredit(text);
  const caption = split ? split.text : text;
  if (split) addCredit(split.credit, s);
  if (caption && !s.captions.includes(caption)) s.captions.push(caption);
}

/** Adds a photo credit once. */
export function addCredit(credit: string, s: Sections): void {
  if (!s.credits.includes(credit)) s.credits.push(credit);
}
