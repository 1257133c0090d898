// Month and weekday names: the one table that the parser's date reader and the language packs share.

/** German month names, lower case, January first. */
export const GERMAN_MONTHS: readonly string[] = Object.freeze([
  'januar',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
]);

/** English month names, lower case, January first. */
export const ENGLISH_MONTHS: readonly string[] = Object.freeze([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/** Irish month names (bilingual Irish government pages print them in date lines), January first. */
const IRISH_MONTHS: readonly string[] = Object.freeze([
  'eanáir',
  'feabhra',
  'márta',
  'aibreán',
  'bealtaine',
  'meitheamh',
  'iúil',
  'lúnasa',
  'meán fómhair',
  'deireadh fómhair',
  'samhain',
  'nollaig',
]);

/** German month abbreviations per month, January first (none for "Mai"). */
export const GERMAN_MONTH_ABBREVIATIONS: readonly (readonly string[])[] = Object.freeze([
  ['jan'],
  ['feb'],
  ['mär'],
  ['apr'],
  [],
  ['jun'],
  ['jul'],
  ['aug'],
  ['sep', 'sept'],
  ['okt'],
  ['nov'],
  ['dez'],
]);

const ENGLISH_MONTH_ABBREVIATIONS: readonly (readonly string[])[] = [
  ['jan'],
  ['feb'],
  ['mar'],
  ['apr'],
  [],
  ['jun'],
  ['jul'],
  ['aug'],
  ['sep', 'sept'],
  ['oct'],
  ['nov'],
  ['dec'],
];

// Austrian and transliterated spellings ("Jänner", "Maerz") and the rarer abbreviations ("Mrz").
const OTHER_SPELLINGS: readonly (readonly string[])[] = [
  ['jänner', 'jaenner', 'jän'],
  ['feber'],
  ['maerz', 'mrz'],
  [],
  [],
  [],
  [],
  [],
  [],
  [],
  [],
  [],
];

/** German weekday names, lower case, Monday first. */
export const GERMAN_WEEKDAYS: readonly string[] = Object.freeze([
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonntag',
]);

/** English weekday names, lower case, Monday first. */
export const ENGLISH_WEEKDAYS: readonly string[] = Object.freeze([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** Weekday abbreviations, Monday first: German two letters, English three. */
export const WEEKDAY_ABBREVIATIONS: readonly string[] = Object.freeze([
  ...'mo di mi do fr sa so'.split(' '),
  ...'mon tue wed thu fri sat sun'.split(' '),
]);

/** Every spelling the date reader accepts, per month (January first): German, English, abbreviations, Irish. */
export const MONTH_SPELLINGS: readonly (readonly string[])[] = Object.freeze(
  GERMAN_MONTHS.map((de, i) => [
    ...new Set([
      de,
      ...OTHER_SPELLINGS[i]!,
      ENGLISH_MONTHS[i]!,
      ...GERMAN_MONTH_ABBREVIATIONS[i]!,
      ...ENGLISH_MONTH_ABBREVIATIONS[i]!,
      IRISH_MONTHS[i]!,
    ]),
  ]),
);

/** "märz" → "März": for case-sensitive patterns over capitalised words. */
export function capitalised(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
