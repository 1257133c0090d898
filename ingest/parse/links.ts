// URLs start with a scheme or "www."; a preceding word char, "@", "/" or "." means we are inside something else.
const URL_PATTERN = /(?<![\w@/.])(?:https?:\/\/|www\.)[^\s<>"“”„»«‚‘’]+/giu;
// Handles like @landkreis_os; the lookbehind keeps e-mail addresses out.
const HANDLE = /(?<![\w.@/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?/gu;

/** Removes punctuation that ends the sentence rather than the URL, and unbalanced closing brackets. */
export function trimUrl(url: string): string {
  let result = url.replace(/[.,;:!?'’]+$/u, '');
  for (const [open, close] of [
    ['(', ')'],
    ['[', ']'],
    ['{', '}'],
  ] as const) {
    while (result.endsWith(close) && count(result, open) < count(result, close)) {
      result = result.slice(0, -1).replace(/[.,;:!?'’]+$/u, '');
    }
  }
  return result;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** URLs (https://…, www.…) and social handles (@name) in order of appearance, without duplicates. */
export function collectLinks(text: string): string[] {
  const found: { index: number; value: string }[] = [];
  for (const m of text.matchAll(URL_PATTERN)) found.push({ index: m.index, value: trimUrl(m[0]) });
  for (const m of text.matchAll(HANDLE)) if (m[0].length > 2) found.push({ index: m.index, value: m[0] });
  found.sort((a, b) => a.index - b.index);
  return uniqueLinks(found.map((f) => f.value).filter((value) => !/^(?:https?:\/\/|www\.)$/iu.test(value)));
}

/** Keeps the first occurrence of every link. */
export function uniqueLinks(links: Iterable<string>): string[] {
  return [...new Set(links)];
}
