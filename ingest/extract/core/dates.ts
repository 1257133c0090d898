// Language-neutral date helpers for the packs' date rules (de/dates.ts, en/dates.ts).

/** ISO date of year, month and day, or null when out of range (years 1900–2100). */
export function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Year of an ISO release date, or null. */
export function yearOf(releaseDate: string | null): number | null {
  const m = /^(\d{4})/.exec(releaseDate ?? '');
  return m ? Number(m[1]) : null;
}
