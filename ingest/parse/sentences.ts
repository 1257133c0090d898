// Words that end with a period without ending the sentence ("St. John", "Dr. Meyer", "Nr. 12", "2.v.r.").
const ABBREVIATIONS = new Set(
  (
    'dr prof st nr no mr mrs ms hr fr frau str bzw ca vgl usw etc abs art mio mrd tel rt hon inkl ggf evtl geb ' +
    'dipl ing sog co inc ltd jr sr gen gov sen rep cllr jan feb mär apr jun jul aug sep sept okt oct nov dez dec ' +
    'min max bspw z u d v l r i e a o'
  ).split(' '),
);

const BOUNDARY = /[.!?…]["“”»«’'")]*\s+(?=[„"“‚'»«(\p{Lu}\d])/gu;

/** Splits text into sentences at ., ! or ? followed by a capital, skipping abbreviations and ordinals. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    // Only the word before the period matters; a bounded look-back keeps long texts linear.
    if (m[0].startsWith('.') && !endsSentence(text.slice(Math.max(start, m.index - 40), m.index))) continue;
    const end = m.index + m[0].trimEnd().length;
    sentences.push(text.slice(start, end).trim());
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

function endsSentence(before: string): boolean {
  const word = /([\p{L}\d]+)$/u.exec(before)?.[1];
  if (word === undefined) return true;
  // "am 5. Dezember", "2. Platz": short numbers before a period are ordinals; years end sentences.
  if (/^\d{1,2}$/.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/** The first sentence of `text`. */
export function firstSentence(text: string): string {
  return splitSentences(text)[0] ?? text.trim();
}

/** Shortens `text` to at most `max` characters at a word boundary, adding "…" when cut. */
export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '')}…`;
}
