import { MONTH_SPELLINGS } from '../calendar/calendar-names.js';

/** A date found in text: ISO form plus where it was written. */
export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

const MONTHS: Record<string, number> = Object.fromEntries(
  MONTH_SPELLINGS.flatMap((names, index) => names.map((name) => [name, index + 1])),
);

// Longest names first so "Juni" is not read as "Jun" + "i".
const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const PATTERNS: { regex: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }[] = [
  // 2024-03-12 (also the date part of an ISO timestamp)
  { regex: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/gu, parts: (m) => [m[1]!, m[2]!, m[3]!] },
  // 12.03.2024, 12. 3. 24
  { regex: /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d])/gu, parts: (m) => [m[3]!, m[2]!, m[1]!] },
  // 12. März 2024, 17 October 2025, 16th of October 2025
  {
    regex: new RegExp(
      `(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})\\.?,?\\s+(\\d{4})(?!\\d)`,
      'giu',
    ),
    parts: (m) => [m[3]!, month(m[2]!), m[1]!],
  },
  // October 17, 2025 / Oct. 17 2025
  {
    regex: new RegExp(`(?<![\\p{L}])(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'giu'),
    parts: (m) => [m[3]!, month(m[1]!), m[2]!],
  },
];

function month(name: string): string {
  return String(MONTHS[name.toLowerCase().replace(/\s+/gu, ' ')] ?? 0);
}

/** Puts the spaces back into a date that a page export glued together ("Saturday17thMarch2012"). */
export function unglueDate(text: string): string {
  return text.replace(/(\p{Ll})(?=\d)/gu, '$1 ').replace(/(\d(?:st|nd|rd|th)?)(?=\p{Lu})/gu, '$1 ');
}

/** Builds `YYYY-MM-DD` from parts, or null when the parts are not a real calendar date. */
export function toIsoDate(year: string, monthPart: string, day: string): string | null {
  let y = Number(year);
  // Two-digit years in releases are this century ("12.03.24").
  if (year.length === 2) y += 2000;
  const m = Number(monthPart);
  const d = Number(day);
  if (!Number.isInteger(y) || y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1) return null;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Every valid date written in `text`, in order of position. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { regex, parts } of PATTERNS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      const iso = toIsoDate(...parts(m));
      if (iso !== null) found.push({ iso, index: m.index, length: m[0].length });
    }
  }
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  // Drop matches that lie inside an earlier, longer one.
  const result: FoundDate[] = [];
  for (const date of found) {
    const last = result[result.length - 1];
    if (last && date.index < last.index + last.length) continue;
    result.push(date);
  }
  return result;
}

/** The first date written in `text`, or null. */
export function findDate(text: string): FoundDate | null {
  return findDates(text)[0] ?? null;
}

/** The first date in `text` as ISO `YYYY-MM-DD`, or null. */
export function parseDate(text: string): string | null {
  return findDate(text)?.iso ?? null;
}

/** True for a month and a year alone ("October 2025", "März 2024"): a date stamp without a day. */
export function isMonthYear(text: string): boolean {
  const m = /^(\p{L}+)\.?\s+(\d{4})$/u.exec(text.trim());
  return m !== null && MONTHS[m[1]!.toLowerCase()] !== undefined;
}
