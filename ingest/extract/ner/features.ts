// Feature strings for one token of a sentence: the tagger's only view of the text.

/** Word lists the features consult (gazetteers, titles, frequent nouns); passed in so tests can use tiny ones. */
export interface NerLexicon {
  /** True for a known first name. */
  isFirstName(word: string): boolean;
  /** Gazetteer tier of a place name ("big", "country", …) or null. */
  placeTier(name: string): string | null;
  /** True for a frequent common noun as written (evidence against a name). */
  isFrequentNoun(word: string): boolean;
  /** True for a title or function word ("Ministerin", "Landrat"). */
  isTitle(word: string): boolean;
  /** True for a word ending in an organisation head noun ("…ministerium", "…verband"). */
  isOrgHead(word: string): boolean;
}

/** Word shape with runs collapsed: "Müller" → "Xx", "GmbH" → "XxX", "2024" → "d", "E-Mail" → "X-Xx". */
export function wordShape(word: string): string {
  let out = '';
  let prev = '';
  for (const ch of word) {
    // case by comparison, not by Unicode regex: this runs for every token of every release
    const up = ch.toUpperCase();
    const low = ch.toLowerCase();
    const c = up !== low ? (ch === up ? 'X' : 'x') : ch >= '0' && ch <= '9' ? 'd' : ch;
    if (c !== prev) {
      out += c;
      prev = c;
      if (out.length === 6) break;
    }
  }
  return out;
}

const BOUNDARY = '<s>';
const END = '</s>';

/** Features of every token of a sentence (one string array per token). */
export function sentenceFeatures(words: readonly string[], lex: NerLexicon): string[][] {
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(wordShape);
  const info = words.map((w) => tokenInfo(w, lex));
  const caps = words.map((w) => w !== '' && w[0] !== w[0]!.toLowerCase());
  // two-word place names ("Bad X"): only looked up for two capitalised words
  const pair = words.map(
    (w, i) => i + 1 < n && caps[i]! && caps[i + 1]! && lex.placeTier(`${w} ${words[i + 1]!}`) !== null,
  );
  const at = (arr: readonly string[], i: number): string => (i < 0 ? BOUNDARY : i >= n ? END : arr[i]!);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const lw = lower[i]!;
    const f: string[] = ['b', `w=${lw}`, `sh=${shapes[i]}`, `sh-1=${at(shapes, i - 1)}|${shapes[i]}`];
    f.push(`sh+1=${shapes[i]}|${at(shapes, i + 1)}`);
    for (let k = 1; k <= 4 && k < lw.length; k++) f.push(`p${k}=${lw.slice(0, k)}`, `s${k}=${lw.slice(-k)}`);
    f.push(`w-1=${at(lower, i - 1)}`, `w+1=${at(lower, i + 1)}`, `w-2=${at(lower, i - 2)}`, `w+2=${at(lower, i + 2)}`);
    f.push(`w-1w=${at(lower, i - 1)}|${lw}`, `ww+1=${lw}|${at(lower, i + 1)}`);
    if (i === 0) f.push('first');
    // sentence-initial capitals say little: keep the case-sensitive form apart
    else if (w !== lw) f.push(`W=${w}`);
    if (w.length === 1) f.push('len1');
    else if (w.length > 12) f.push('long');
    for (const tag of info[i]!) f.push(tag);
    // the neighbours' word-list tags carry most of the context a name needs ("Landrat X", "in X")
    for (const tag of i > 0 ? info[i - 1]! : []) f.push(`-1${tag}`);
    for (const tag of i + 1 < n ? info[i + 1]! : []) f.push(`+1${tag}`);
    for (const tag of i + 2 < n ? info[i + 2]! : []) f.push(`+2${tag}`);
    if (i + 1 < n && pair[i]) f.push('gz2b');
    if (i > 0 && pair[i - 1]) f.push('gz2e');
    out.push(f);
  }
  return out;
}

/** Word-list tags of one word. */
function tokenInfo(word: string, lex: NerLexicon): string[] {
  const tags: string[] = [];
  const cap = word !== '' && word[0] !== word[0]!.toLowerCase();
  if (!cap) return tags;
  if (lex.isFirstName(word)) tags.push('fn');
  const tier = lex.placeTier(word);
  if (tier) tags.push(`gz=${tier}`);
  // genitive of a place ("Bayerns")
  else if (word.length > 3 && word.endsWith('s') && lex.placeTier(word.slice(0, -1))) tags.push('gzs');
  if (lex.isFrequentNoun(word)) tags.push('noun');
  if (lex.isTitle(word)) tags.push('title');
  if (lex.isOrgHead(word)) tags.push('orghead');
  return tags;
}
