// Date mentions in a sentence → ISO dates (year from the release date when omitted).
import { ENGLISH_MONTHS, GERMAN_MONTHS } from '../../calendar/calendar-names.js';

const DE_MONTHS = GERMAN_MONTHS;
const EN_MONTHS = ENGLISH_MONTHS;

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function yearOf(releaseDate: string | null): number | null {
  const m = /^(\d{4})/.exec(releaseDate ?? '');
  return m ? Number(m[1]) : null;
}

/** First German date in a text ("am 5. Dezember 2019", "(16.12.)", "20. Juli"). */
export function findGermanDate(text: string, releaseDate: string | null): string | null {
  const y0 = yearOf(releaseDate);
  const named = new RegExp(`\\b(\\d{1,2})\\.\\s*(${DE_MONTHS.join('|')})(?:\\s+(\\d{4}))?`, 'i').exec(text);
  if (named) {
    const y = named[3] ? Number(named[3]) : y0;
    if (y) return iso(y, DE_MONTHS.indexOf(named[2]!.toLowerCase()) + 1, Number(named[1]));
  }
  const num = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})?/.exec(text);
  if (num) {
    const y = num[3] ? Number(num[3]) : y0;
    if (y) return iso(y, Number(num[2]), Number(num[1]));
  }
  return null;
}

/** First English date in a text ("25 October", "October 25, 2018", "16th October 2025"). */
export function findEnglishDate(text: string, releaseDate: string | null): string | null {
  const y0 = yearOf(releaseDate);
  const months = EN_MONTHS.join('|');
  const dm = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${months})(?:\\s+(\\d{4}))?`, 'i').exec(text);
  if (dm) {
    const y = dm[3] ? Number(dm[3]) : y0;
    if (y) return iso(y, EN_MONTHS.indexOf(dm[2]!.toLowerCase()) + 1, Number(dm[1]));
  }
  const md = new RegExp(`\\b(${months})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?`, 'i').exec(text);
  if (md) {
    const y = md[3] ? Number(md[3]) : y0;
    if (y) return iso(y, EN_MONTHS.indexOf(md[1]!.toLowerCase()) + 1, Number(md[2]));
  }
  return null;
}
