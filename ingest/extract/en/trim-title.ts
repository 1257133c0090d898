// English role titles lose what a dateline or headline left in front of them ("16 April 2007 -- WHO Director-General"
// → "WHO Director-General"): the title starts after the last spaced dash.

/** The title without a dateline or headline fragment before a spaced dash. */
export function trimEnglishTitle(title: string): string {
  const parts = title.split(/\s+(?:--|–|—|-)\s+/);
  const last = parts[parts.length - 1]!.trim();
  return last && /\p{Lu}/u.test(last) ? last : title;
}
