import { ENGLISH_WEEKDAYS, GERMAN_WEEKDAYS, WEEKDAY_ABBREVIATIONS } from '../calendar/calendar-names.js';
import { findDate } from './dates.js';

/** A "Pressemitteilung" / "Press release" header line and what followed the label on the same line. */
export interface HeaderLine {
  /** Text after the label and its separator ("Press release: Title" → "Title"); may be empty. */
  rest: string;
  /** True when the label was followed by ":" (so `rest` may be the headline). */
  colon: boolean;
}

const HEADER_LABEL =
  /^(?:gemeinsame\s+)?(?:pressemitteilung|presseinformation|pressemeldung|presseinfo|pressenotiz|medieninformation|medienmitteilung|press\s+release|news\s+release|media\s+release|news\s+story|for\s+immediate\s+release|zur\s+sofortigen\s+veröffentlichung)(?![\p{L}])/iu;
// Labels that are headers only when they stand alone on their line.
const HEADER_ALONE = /^(?:aktuelles|meldung|nachricht|news|presse|press|pm)$/iu;

/** Recognises a release header line ("Pressemitteilung", "PRESS RELEASE : Title", "Presseinformation Nr. 12/2024"). */
export function matchHeader(line: string): HeaderLine | null {
  if (HEADER_ALONE.test(line)) return { rest: '', colon: false };
  const m = HEADER_LABEL.exec(line);
  if (!m) return null;
  const after = line.slice(m[0].length);
  // "Pressemitteilung – Titel" and "Pressemitteilung | Titel" put the headline after the label, like a colon.
  const colon = /^\s*(?::|\s[–—|-]\s)/u.test(after) && !/^\s*[–—|-]\s*(?:nr\.?|no\.?|\d)/iu.test(after);
  const rest = after.replace(/^\s*[:|–—-]?\s*/u, '').trim();
  // "Pressemitteilung mit weiteren Informationen" is a sentence, not a header.
  if (!colon && rest && !/^(?:nr\.?|no\.?|vom|from|des|der|von|of|\d|[|–—-])/iu.test(rest) && !findDate(rest)) {
    return null;
  }
  return { rest, colon };
}

const DATE_LABEL =
  /^(?:stand|datum|date|meldungsdatum|erscheinungsdatum|veröffentlicht(?:\s+am)?|published(?:\s+on)?|erstellt(?:\s+am)?|updated|aktualisiert(?:\s+am)?|issued|released)\s*:?\s*/iu;
const WEEKDAY = new RegExp(
  `^(?:${[...GERMAN_WEEKDAYS, ...ENGLISH_WEEKDAYS, ...WEEKDAY_ABBREVIATIONS].join('|')})\\.?,?\\s+`,
  'iu',
);
const SIGN_OFF_PLACE = /^[\p{Lu}][\p{L}.'’ -]{1,40},\s*(?:den\s+|am\s+)?/u;

/** The ISO date of a line that only states a date ("19.12.2022", "Meldungsdatum: 20.02.2026", "Osnabrück, 12. März 2024"), else null. */
export function matchDateLine(line: string): string | null {
  if (line.length > 70) return null;
  let rest = line.replace(DATE_LABEL, '');
  rest = rest.replace(SIGN_OFF_PLACE, '').replace(WEEKDAY, '');
  const date = findDate(rest);
  if (!date || date.index !== 0) return null;
  // Allow a time and short CMS noise after the date ("06:46 Alter: 51 days"), not a sentence.
  const tail = rest.slice(date.length).trim();
  // "6. November 2021 in Musterstadt" is a wrapped sentence, not a date line.
  if (/^\p{Ll}/u.test(tail)) return null;
  return tail.length <= 25 && !/[.!?]\s+\p{Lu}/u.test(tail) ? date.iso : null;
}

const CAPTION_LABEL =
  /^(?:bildunterschrift(?:en)?|bildzeile|bildtext|bildbeschreibung|fotounterschrift|fototext|caption|photo\s+caption|picture\s+caption|image\s+caption)\s*(?::\s*|$)/iu;
// Unlabelled captions that describe the picture ("Das Foto zeigt (von links) …").
const CAPTION_CUE =
  /^(?:(?:das|unser)\s+(?:foto|bild)\s+zeigt|(?:auf\s+dem|im)\s+(?:foto|bild)\b|pictured\b|(?:the\s+)?(?:photo|picture|image)\s+shows\b|\(?(?:v\.\s?l\.(?:\s?n\.\s?r\.)?|von\s+links(?:\s+nach\s+rechts)?|l\.\s?-?\s?r\.|from\s+left|left\s+to\s+right)\)?\s*[:,]?\s)/iu;

/** A caption line: the caption text after its label ("Bildunterschrift:", "BU:", "Caption:"), possibly empty. */
export function matchCaptionLabel(line: string): string | null {
  const m = CAPTION_LABEL.exec(line) ?? /^BU\s*:\s*/u.exec(line);
  return m ? line.slice(m[0].length).trim() : null;
}

/** True for an unlabelled picture description ("Das Foto zeigt …", "Pictured: …"). */
export function isCaptionCue(line: string): boolean {
  return CAPTION_CUE.test(line);
}

// Labels count only capitalised ("Foto:", "FOTO:"), so prose like "the bigger picture: more homes" is left alone.
const capitalised = (words: string): string =>
  words
    .split('|')
    .flatMap((word) => [word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()])
    .join('|');
const CREDIT_WORDS = capitalised(
  'foto|fotos|bild|bilder|bildquelle|bildnachweis|fotonachweis|fotografin|fotograf|photo|photos|photograph|photo credit|picture|image|image credit|credit',
);
const TRAILING_WORDS = capitalised('foto|fotos|bild|photo|image|picture');
const CREDIT_LINE = new RegExp(
  `^(?:(?:©|\\(c\\)|[Cc]opyright)\\s*(?:(?:${CREDIT_WORDS})\\s*:\\s*)?|(?:${CREDIT_WORDS})\\s*(?:\\([^)]{0,30}\\))?\\s*:\\s*)(.+)$`,
  'u',
);
// "(Foto: X)" anywhere at the end, or "Foto: X" after the end of a sentence.
const TRAILING_CREDIT = new RegExp(
  `(?:\\s*\\((?:${TRAILING_WORDS})\\s*:\\s*([^()]{2,80})\\)|(?<=[.!?“”")]|^)\\s*(?:${TRAILING_WORDS})\\s*:\\s*([^:]{2,80}))\\s*$`,
  'u',
);
// Position words mean the text describes the picture, so it is a caption rather than a credit.
const POSITIONAL =
  /\((?:mitte|links|rechts|l\.|r\.|v\. ?l\.)\)|von links|v\. ?l\. ?n\. ?r\.|\bleft\b|\bright\b|\bcentre\b/iu;

/** True when `value` is short and name-like enough to be a photo credit ("Saskia Konrad-Becker", "Stadt Essen"). */
export function isCreditValue(value: string): boolean {
  const words = value.split(/\s+/u).filter(Boolean);
  return value.length <= 80 && words.length <= 8 && !POSITIONAL.test(value);
}

/** A photo credit line ("Foto: X", "Photo: X", "Bild: X", "© X"): the credit, else null. */
export function matchCreditLine(line: string): string | null {
  const m = CREDIT_LINE.exec(line);
  if (!m) return null;
  // "© 2024 Stadt Essen": the year is not part of who took the picture.
  const value = m[1]!
    .replace(/^(?:©|\(c\))\s*/iu, '')
    .replace(/^(?:19|20)\d{2}\s+(?=\p{L})/u, '')
    .trim();
  return value ? value : null;
}

/** A credit written at the end of a line ("… Bild: Claus Wöhrle", "… (Foto: Stadt)"): the line without it and the credit. */
export function splitTrailingCredit(line: string): { text: string; credit: string } | null {
  const m = TRAILING_CREDIT.exec(line);
  if (!m) return null;
  const credit = (m[1] ?? m[2]!).trim().replace(/\.$/u, '');
  if (!isCreditValue(credit)) return null;
  return { text: line.slice(0, m.index).trim(), credit };
}

// Cues that open a contact or boilerplate block anywhere at the start of a line.
const CONTACT_STRONG =
  /^(?:pressekontakt|medienkontakt|kontakt für (?:die )?medien|für rückfragen|bei rückfragen|herausgegeben von|v\.\s?i\.\s?s\.\s?d\.\s?p\.|notes? (?:to|for) editors|editor'?s notes?|media enquiries|media inquiries|press enquiries|press inquiries|press office)/iu;
// Cues that are ordinary words too, so they count only as a label ("Kontakt:") or a short line of their own.
const CONTACT_WEAK =
  /^(?:kontakt(?:e|daten)?|ansprechpartner(?:in(?:nen)?|\/in|\*in)?|ansprechperson(?:en)?|rückfragen|herausgeber(?:in)?|pressestelle|pressesprecher(?:in)?|impressum|weitere informationen|contacts?|media contacts?|press contacts?|for (?:more|further) information|further information)(?![\p{L}])/iu;
const END_MARKER = /^(?:ends?|-?\s?ende\s?-?|–\s?ende\s?–|#{3}|-30-|\*{3})$/iu;

/** True when a line starts the contact / notes block ("Kontakt:", "Pressekontakt", "Media enquiries", "ENDS"). */
export function isContactStart(line: string): boolean {
  if (END_MARKER.test(line) || CONTACT_STRONG.test(line)) return true;
  const m = CONTACT_WEAK.exec(line);
  if (!m) return false;
  const after = line.slice(m[0].length);
  return /^\s*(?::|\||–|-|$)/u.test(after) || line.length <= 40;
}

// Share/print buttons and reading-time widgets copied along with web pages.
const DEBRIS =
  /^(?:•\s*)?(?:image_pdfimage_print|berechne lesezeit|lesezeit:?\s*\d+\s*min(?:uten?)?\.?|\d+\s*min(?:ute)?s?\s+read|teilen|drucken|seite drucken|artikel teilen|share|share this page|print|print this page|tweet|zurück|zurück zur übersicht|back to top|nach oben|pdf|mehr|more)$/iu;

/** True for web-page furniture (share/print buttons, reading time) that is not release text. */
export function isDebrisLine(line: string): boolean {
  return DEBRIS.test(line);
}
