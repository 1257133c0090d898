/** A Lucene phrase for one folded key or word; quotes and backslashes are escaped, nothing else is special inside. */
function phrase(text: string): string {
  return `"${text.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}

/** Full-text query for candidates whose folded name or an alias is the folded key `key`. */
export function exactKeyQuery(key: string): string {
  return `nameKey:${phrase(key)} OR aliasKeys:${phrase(key)}`;
}

/** Full-text query for candidates whose folded name contains every word. */
export function allWordsQuery(words: string[]): string {
  return words.map((word) => `nameKey:${phrase(word)}`).join(' AND ');
}
