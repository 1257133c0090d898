const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bdquo: '„',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  laquo: '«',
  raquo: '»',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  euro: '€',
  copy: '©',
  shy: '',
};

// Only real HTML tag names, so "<https://…>" autolinks and "a < b" survive.
const HTML_TAG =
  /<\/?(?:p|div|span|strong|em|b|i|u|a|sup|sub|small|font|h[1-6]|ul|ol|li|table|tr|td|th|tbody|thead|section|article|header|footer|blockquote|figure|figcaption|img)\b[^<>]*>/giu;

/**
 * Removes Word and web export debris: `\r\n`, `[bookmark: …]`, zero-width and soft-hyphen characters,
 * non-breaking and other odd spaces, stray control characters, simple HTML tags and entities.
 * Collapses runs of spaces and trims every line; normalises to NFC so "ü" is one character.
 */
export function cleanText(raw: string): string {
  return raw
    .replace(/\r\n?|[\u2028\u2029\f\v]/gu, '\n')
    .replace(/\[bookmark:[^\]\n]*\]/giu, '')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/gu, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/gu, ' ')
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/gu, '')
    .replace(/<br\s*\/?>/giu, '\n')
    .replace(/<\/(?:p|div|h[1-6]|li|tr|blockquote)>/giu, '\n\n')
    .replace(HTML_TAG, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => decodeEntity(name) ?? whole)
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(/ {2,}/gu, ' ').trim())
    .join('\n');
}

function decodeEntity(name: string): string | undefined {
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  return ENTITIES[name];
}
