// German date mentions in a sentence → ISO dates (year from the release date when omitted).
import { GERMAN_MONTHS } from '../../calendar/calendar-names.js';
import { isoDate, yearOf } from '../core/dates.js';

/** First German date in a text ("am 5. Dezember 2019", "(16.12.)", "20. Juli"). */
export function findGermanDate(text: string, releaseDate: string | null): string | null {
  const y0 = yearOf(releaseDate);
  const named = new RegExp(`\\b(\\d{1,2})\\.\\s*(${GERMAN_MONTHS.join('|')})(?:\\s+(\\d{4}))?`, 'i').exec(text);
  if (named) {
    const y = named[3] ? Number(named[3]) : y0;
    if (y) return isoDate(y, GERMAN_MONTHS.indexOf(named[2]!.toLowerCase()) + 1, Number(named[1]));
  }
  const num = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})?/.exec(text);
  if (num) {
    const y = num[3] ? Number(num[3]) : y0;
    if (y) return isoDate(y, Number(num[2]), Number(num[1]));
  }
  return null;
}
