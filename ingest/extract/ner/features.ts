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

/** What a word contributes on its own, independent of its position (cacheable per word). */
export interface WordView {
  lower: string;
  shape: string;
  cap: boolean;
  /** Word-list tags ("fn", "gz=big", "noun", "title", "orghead"). */
  info: string[];
  /** The word's own features: identity, affixes, shape, length, word-list tags. */
  local: string[];
}

/** The position-independent view of one word. */
export function wordView(word: string, lex: NerLexicon): WordView {
  const lower = word.toLowerCase();
  const shape = wordShape(word);
  const cap = word !== '' && word[0] !== word[0]!.toLowerCase();
  const info = tokenInfo(word, cap, lex);
  const local = ['b', `w=${lower}`, `sh=${shape}`];
  for (let k = 1; k <= 4 && k < lower.length; k++) local.push(`p${k}=${lower.slice(0, k)}`, `s${k}=${lower.slice(-k)}`);
  // the case-sensitive form apart: "Grünen" (party) vs "grünen"
  if (word !== lower) local.push(`W=${word}`);
  if (word.length === 1) local.push('len1');
  else if (word.length > 12) local.push('long');
  local.push(...info);
  return { lower, shape, cap, info, local };
}

/** Features of each token that depend on its neighbours (one string array per token). */
export function contextFeatures(words: readonly string[], views: readonly WordView[], lex: NerLexicon): string[][] {
  const n = words.length;
  // two-word place names ("Bad X"): only looked up for two capitalised words
  const pair = views.map(
    (v, i) => i + 1 < n && v.cap && views[i + 1]!.cap && lex.placeTier(`${words[i]!} ${words[i + 1]!}`) !== null,
  );
  const low = (i: number): string => (i < 0 ? BOUNDARY : i >= n ? END : views[i]!.lower);
  const shp = (i: number): string => (i < 0 ? BOUNDARY : i >= n ? END : views[i]!.shape);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const v = views[i]!;
    const f: string[] = [`sh-1=${shp(i - 1)}|${v.shape}`, `sh+1=${v.shape}|${shp(i + 1)}`];
    f.push(`w-1=${low(i - 1)}`, `w+1=${low(i + 1)}`, `w-2=${low(i - 2)}`, `w+2=${low(i + 2)}`);
    f.push(`w-1w=${low(i - 1)}|${v.lower}`, `ww+1=${v.lower}|${low(i + 1)}`);
    if (i === 0) f.push('first');
    // the neighbours' word-list tags carry most of the context a name needs ("Landrat X", "in X")
    if (i > 0) for (const tag of views[i - 1]!.info) f.push(`-1${tag}`);
    if (i + 1 < n) for (const tag of views[i + 1]!.info) f.push(`+1${tag}`);
    if (i + 2 < n) for (const tag of views[i + 2]!.info) f.push(`+2${tag}`);
    if (pair[i]) f.push('gz2b');
    if (i > 0 && pair[i - 1]) f.push('gz2e');
    out.push(f);
  }
  return out;
}

/** All features of every token of a sentence (one string array per token). */
export function sentenceFeatures(words: readonly string[], lex: NerLexicon): string[][] {
  const views = words.map((w) => wordView(w, lex));
  return contextFeatures(words, views, lex).map((ctx, i) => [...views[i]!.local, ...ctx]);
}

/** Word-list tags of one word. */
function tokenInfo(word: string, cap: boolean, lex: NerLexicon): string[] {
  const tags: string[] = [];
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
