/** Puts the title line before the text unless the text already starts with it (Readability usually drops the h1). */
export function withTitle(title: string | undefined, text: string): string {
  return title === undefined || text.startsWith(title) ? text : `${title}\n\n${text}`;
}
