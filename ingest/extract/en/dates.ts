// English date mentions in a sentence → ISO dates (year from the release date when omitted).
import { ENGLISH_MONTHS } from '../../calendar/calendar-names.js';
import { isoDate, yearOf } from '../core/dates.js';

/** First English date in a text ("25 October", "October 25, 2018", "16th October 2025"). */
export function findEnglishDate(text: string, releaseDate: string | null): string | null {
  const y0 = yearOf(releaseDate);
  const months = ENGLISH_MONTHS.join('|');
  const dm = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${months})(?:\\s+(\\d{4}))?`, 'i').exec(text);
  if (dm) {
    const y = dm[3] ? Number(dm[3]) : y0;
    if (y) return isoDate(y, ENGLISH_MONTHS.indexOf(dm[2]!.toLowerCase()) + 1, Number(dm[1]));
  }
  const md = new RegExp(`\\b(${months})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?`, 'i').exec(text);
  if (md) {
    const y = md[3] ? Number(md[3]) : y0;
    if (y) return isoDate(y, ENGLISH_MONTHS.indexOf(md[1]!.toLowerCase()) + 1, Number(md[2]));
  }
  return null;
}
