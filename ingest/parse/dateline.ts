import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS, GERMAN_MONTHS, GERMAN_WEEKDAYS } from '../calendar/calendar-names.js';
import { findDate } from './dates.js';

/** A dateline at the start of a paragraph: the place, a date if written, and where the running text begins. */
export interface Dateline {
  place: string;
  date: string | null;
  /** Offset in the paragraph where the text after the dateline starts. */
  bodyStart: number;
}

// Capitalised words that start ordinary sentences, never a place in a dateline.
const NOT_A_PLACE = new Set(
  (
    'am im in an auf aus bei bis der die das den dem des ein eine einen einer er es sie wir ich ihr mit nach ' +
    'seit vor für zum zur über unter wie was wer wo wenn als auch aber und oder doch so nun jetzt heute gestern ' +
    'ab ob bereits schon noch nur rund etwa gut fast mehr seit zuvor danach anschließend dabei hier dort ' +
    'morgen danke hinweis achtung update korrektur neu ende the a at on of to this that it we he she they our ' +
    'pressemitteilung presseinformation pressemeldung medieninformation press news media ' +
    'today yesterday tomorrow new note thanks mr mrs ms dr prof herr frau minister landrat landrätin ' +
    'bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin ministerpräsident ministerpräsidentin'
  )
    .split(' ')
    .concat(GERMAN_WEEKDAYS, ENGLISH_WEEKDAYS, GERMAN_MONTHS, ['jänner'], ENGLISH_MONTHS),
);
// Abbreviations that end in a period inside a name or title ("Minister Dr. Muster"), never a dateline's end.
const ABBREVIATION = /(?:^|\s)(?:dr|prof|dipl|ing|med|jur|phil|rer|nat|hc|mag|nr|no|bzw|ca|inkl|gen|rev|hon|st)$/iu;
// "May" stays out, as it always did: it is also a name.
const WEEKDAY_OR_MONTH = new RegExp(
  `^(?:${[
    ...GERMAN_WEEKDAYS,
    ...ENGLISH_WEEKDAYS,
    ...GERMAN_MONTHS,
    ...ENGLISH_MONTHS.filter((m) => m !== 'may'),
    'wochenende',
    'weekend',
  ].join('|')})$`,
  'iu',
);
// Parenthesised news-agency codes ("Berlin (dpa) –") are not part of the place.
const AGENCY = /^(?:dpa|ots|afp|epd|kna|ap|reuters|red|pm|eb|lk|ddp|sid|idw|upi|pa)$/iu;

const WORD = String.raw`(?:St\.\s?)?[\p{Lu}][\p{L}'’]*(?:-[\p{L}][\p{L}'’]*)*`;
const CONNECTOR = String.raw`(?:an der|an|am|im|in der|in|bei|ob der|upon|on|de|del|la|le|sur|under|by)`;
const PLACE = String.raw`${WORD}(?:\s+(?:${CONNECTOR}\s+)?${WORD}){0,3}`;
const PAREN = String.raw`(?:\s*\(([^()\n]{1,30})\))?`;

// "LONDON –", "Landkreis Osnabrück –", "Berlin (dpa) –", "SPRINGFIELD, Ill. –"
const DASH = new RegExp(
  String.raw`^(${PLACE})${PAREN}(?:,\s*[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)?\s+[–—-]{1,2}\s+`,
  'u',
);
// "Berlin (dpa):" — a colon only after an agency code, "Hinweis:" is not a dateline.
const AGENCY_COLON = new RegExp(String.raw`^(${PLACE})\s*\(([^()\n]{1,30})\)\s*:\s+`, 'u');
// "Osnabrück. Großes Lob …"
const PERIOD = new RegExp(String.raw`^(${PLACE})${PAREN}\.\s+(?=[\p{Lu}„"“‚'»«\d])`, 'u');
// "Osnabrück, 12. März 2024." — the date itself is checked with the date finder.
const COMMA = new RegExp(String.raw`^(${PLACE})${PAREN},\s*(?:(?:den|am|on)\s+)?`, 'u');

/** Finds a dateline ("Osnabrück.", "LONDON –", "Berlin (dpa) –", "Osnabrück, 12. März 2024.") at the start of `paragraph`. */
export function matchDateline(paragraph: string): Dateline | null {
  const comma = COMMA.exec(paragraph);
  if (comma) {
    const after = paragraph.slice(comma[0].length);
    // Only a date right after the comma counts, so the scan stops early.
    const date = findDate(after.slice(0, 40));
    if (date && date.index === 0) {
      const tail = /^\s*(?:\([^()\n]{1,30}\))?\s*(?:[.:,]|[–—-]{1,2})\s*/u.exec(after.slice(date.length));
      if (tail) {
        return build(comma[1]!, comma[2], date.iso, comma[0].length + date.length + tail[0].length);
      }
    }
  }
  const dash = DASH.exec(paragraph) ?? AGENCY_COLON.exec(paragraph);
  if (dash) return build(dash[1]!, dash[2], null, dash[0].length);
  const period = PERIOD.exec(paragraph);
  // Needs running text after it, or a short first sentence ("Vielen Dank.") would pass as a place.
  if (period && paragraph.length - period[0].length >= 20) return build(period[1]!, period[2], null, period[0].length);
  return null;
}

function build(rawPlace: string, paren: string | undefined, date: string | null, bodyStart: number): Dateline | null {
  const first = rawPlace.split(/[\s-]/u)[0]!.toLowerCase();
  if (NOT_A_PLACE.has(first) || rawPlace.length > 40 || ABBREVIATION.test(rawPlace)) return null;
  // "Ab Montag, den 26. Juli …" opens a sentence; a weekday or month is never part of a place.
  if (rawPlace.split(/\s+/u).some((word) => WEEKDAY_OR_MONTH.test(word))) return null;
  // "CINCINNATI (March 26, 2019) –": the parentheses hold the date, not a part of the place.
  const parenDate = paren !== undefined ? findDate(paren) : null;
  if (parenDate !== null && parenDate.index === 0) {
    date ??= parenDate.iso;
    paren = undefined;
  }
  let place = isAllCaps(rawPlace) ? titleCase(rawPlace) : rawPlace;
  // "Halle (Saale)" keeps its qualifier; "(dpa)" is dropped.
  if (paren !== undefined && !AGENCY.test(paren.trim())) {
    if (/^[\p{Lu}]/u.test(paren.trim())) place = `${place} (${paren.trim()})`;
  }
  return { place, date, bodyStart };
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 1 && letters === letters.toUpperCase();
}

/** "BADEN-BADEN" → "Baden-Baden", "NEW YORK" → "New York". */
function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase());
}
