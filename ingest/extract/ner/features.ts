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

/** Word shape with runs collapsed: "Haus" → "Xx", "GmbH" → "XxX", "2024" → "d", "E-Mail" → "X-Xx". */
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

/** Word (as `clusterKey`) → bit-string path of its unsupervised word cluster; part of the model file. */
export type WordClusters = ReadonlyMap<string, string>;

/** How a word is looked up in the cluster table: digits folded ("2024" and "1999" share their contexts). */
export function clusterKey(word: string): string {
  return word.replace(/[0-9]/g, '0');
}

/** Path prefix lengths used as features: coarse to fine levels of the cluster tree. */
const CLUSTER_PREFIXES = [4, 6, 10, 14] as const;

/** Cluster tags of a word ("c4=0110", …, "c=<full path>"); "c=?" for a word the table lacks; none without table. */
export function clusterTags(word: string, clusters: WordClusters | undefined): string[] {
  if (!clusters || clusters.size === 0) return [];
  const path = clusters.get(clusterKey(word));
  if (path === undefined) return ['c=?'];
  const tags = CLUSTER_PREFIXES.filter((k) => k < path.length).map((k) => `c${k}=${path.slice(0, k)}`);
  tags.push(`c=${path}`);
  return tags;
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
  /** Cluster tags ("c4=0110", …), empty when the model has no cluster table. */
  cluster: string[];
  /** The word's own features: identity, affixes, shape, length, word-list tags. */
  local: string[];
}

/** The position-independent view of one word. */
export function wordView(word: string, lex: NerLexicon, clusters?: WordClusters): WordView {
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
  const cluster = clusterTags(word, clusters);
  local.push(...cluster);
  return { lower, shape, cap, info, cluster, local };
}

/** Positions of the neighbours whose word and tags are features of a token. */
export const NEIGHBOURS = [-2, -1, 1, 2] as const;

/** Features a word gives the token `rel` positions away from it; null: beyond the sentence start or end. */
export function neighbourFeatures(view: WordView | null, rel: (typeof NEIGHBOURS)[number]): string[] {
  const at = rel < 0 ? String(rel) : `+${rel}`;
  if (!view) return [`w${at}=${rel < 0 ? BOUNDARY : END}`];
  const f = [`w${at}=${view.lower}`];
  // the neighbours' word-list tags carry most of the context a name needs ("Landrat X", "in X")
  if (rel !== -2) for (const tag of view.info) f.push(`${at}${tag}`);
  // the neighbours' clusters: "in <place-like word>", "<first-name-like word> X"
  if (rel === -1 || rel === 1) for (const tag of view.cluster) f.push(`${at}${tag}`);
  // the neighbours' endings and shapes: inflection and case of the words around a name ("der …ischen X")
  if (rel === -1 || rel === 1) f.push(`${at}s3=${view.lower.slice(-3)}`, `${at}sh=${view.shape}`);
  return f;
}

/** Per token: does it start a two-word place name with the next word ("Bad X")? Looked up once per pair. */
export function placePairs(words: readonly string[], views: readonly WordView[], lex: NerLexicon): boolean[] {
  // only two capitalised words can be one
  return views.map(
    (v, i) =>
      i + 1 < views.length && v.cap && views[i + 1]!.cap && lex.placeTier(`${words[i]!} ${words[i + 1]!}`) !== null,
  );
}

/** Shape pair and bigram features token v gets from the word before it (null: sentence start). */
export function previousPairFeatures(prev: WordView | null, v: WordView): string[] {
  return [`sh-1=${prev ? prev.shape : BOUNDARY}|${v.shape}`, `w-1w=${prev ? prev.lower : BOUNDARY}|${v.lower}`];
}

/** Shape pair and bigram features token v gets from the word after it (null: sentence end). */
export function nextPairFeatures(v: WordView, next: WordView | null): string[] {
  return [`sh+1=${v.shape}|${next ? next.shape : END}`, `ww+1=${v.lower}|${next ? next.lower : END}`];
}

/** Features of token i that combine it with a neighbour (shape pairs, word bigrams, two-word places). */
export function pairFeatures(views: readonly WordView[], pairs: readonly boolean[], i: number): string[] {
  const n = views.length;
  const v = views[i]!;
  const prev = i > 0 ? views[i - 1]! : null;
  const next = i + 1 < n ? views[i + 1]! : null;
  const f = [...previousPairFeatures(prev, v), ...nextPairFeatures(v, next)];
  if (i === 0) f.push('first');
  if (pairs[i]) f.push('gz2b');
  if (i > 0 && pairs[i - 1]) f.push('gz2e');
  return f;
}

/** Features of each token that depend on its neighbours (one string array per token). */
export function contextFeatures(words: readonly string[], views: readonly WordView[], lex: NerLexicon): string[][] {
  const n = views.length;
  const pairs = placePairs(words, views, lex);
  return views.map((_, i) => {
    const f = pairFeatures(views, pairs, i);
    for (const rel of NEIGHBOURS) {
      const j = i + rel;
      f.push(...neighbourFeatures(j >= 0 && j < n ? views[j]! : null, rel));
    }
    return f;
  });
}

/** All features of every token of a sentence (one string array per token). */
export function sentenceFeatures(words: readonly string[], lex: NerLexicon, clusters?: WordClusters): string[][] {
  const views = words.map((w) => wordView(w, lex, clusters));
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
