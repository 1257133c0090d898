const ASCII = /^[\x00-\x7f]*$/;

/**
 * Folds text for matching and search: lower case, ä→ae, ö→oe, ü→ue, ß→ss,
 * other diacritics removed, typographic quotes and dashes unified.
 */
export function fold(text: string): string {
  // Plain ASCII has nothing to fold but case; extraction folds every token, so skip the normalisations.
  if (ASCII.test(text)) return text.toLowerCase();
  // NFC first: a decomposed "u + ¨" must fold like "ü".
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/[„“”‚‘’«»"]/g, '"');
}

/** Folds and collapses a name to a key: only letters and digits, single spaces. */
export function nameKey(name: string): string {
  return fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
