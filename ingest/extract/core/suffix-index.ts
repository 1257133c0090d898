// Which of many word endings a word has, in as many map lookups as the word has letters (instead of one
// endsWith per ending): the German title and organisation heads are tested on every token of every release.

/** One ending and the value it stands for; rank orders several endings that fit the same word. */
export interface Ending<T> {
  ending: string;
  rank: number;
  value: T;
}

/** Endings indexed by their text; built once, never changed. */
export interface SuffixIndex<T> {
  /** Every entry whose ending the word has (the word itself counts), lowest rank first. */
  endingsOf(word: string): Ending<T>[];
}

/** Builds the index of a fixed list of endings. */
export function suffixIndex<T>(entries: readonly Ending<T>[]): SuffixIndex<T> {
  const byEnding = new Map<string, Ending<T>[]>();
  let longest = 0;
  for (const e of entries) {
    const list = byEnding.get(e.ending);
    if (list) list.push(e);
    else byEnding.set(e.ending, [e]);
    longest = Math.max(longest, e.ending.length);
  }
  const empty = byEnding.get('') ?? [];
  return {
    endingsOf(word) {
      const found: Ending<T>[] = [...empty];
      for (let n = Math.min(longest, word.length); n > 0; n--) {
        const list = byEnding.get(word.slice(word.length - n));
        if (list) found.push(...list);
      }
      return found.length > 1 ? found.sort((a, b) => a.rank - b.rank) : found;
    },
  };
}
