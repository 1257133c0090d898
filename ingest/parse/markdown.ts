/** Text with Markdown markup removed, and the link targets that were removed with it. */
export interface PlainText {
  text: string;
  links: string[];
}

const ABSOLUTE = /^(?:https?:\/\/|www\.)/iu;

/**
 * Turns Markdown into plain text: headings, emphasis, code spans, block quotes and rules lose their markup,
 * `[text](url)` becomes `text` (the url goes to `links`), images are dropped, list bullets become "• ".
 * Harmless on plain text: every rule needs Markdown syntax that press releases do not otherwise use.
 */
export function stripMarkdown(input: string): PlainText {
  const links: string[] = [];
  const keep = (url: string): void => {
    if (ABSOLUTE.test(url)) links.push(url);
  };
  const lines = input.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    // Setext heading underline or horizontal rule: drop; a rule between paragraphs becomes a blank line.
    if (/^(?:=+|-{2,}|(?:[-*_] ?){3,})$/u.test(line)) {
      out.push('');
      continue;
    }
    if (/^```/u.test(line)) continue;
    const definition = /^\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+["'(].*)?$/u.exec(line);
    if (definition) {
      keep(definition[1]!);
      continue;
    }
    // Inner spans are bounded ({1,300}) so a line full of unmatched markers cannot go quadratic.
    line = line
      .replace(/^(?:>\s?)+/u, '')
      .replace(/^#{1,6}\s+(.*?)(?:\s+#+)?$/u, '$1')
      .replace(/^[-*+]\s+(?=\S)/u, '• ')
      .replace(
        /!\[([^\]\n]{0,300})\]\(\s*<?([^)\s>]{1,500})>?(?:\s+"[^"]*")?\s*\)/gu,
        (_m, _alt: string, url: string) => {
          keep(url);
          return '';
        },
      )
      .replace(
        /\[([^\]\n]{1,300})\]\(\s*<?([^)\s>]{1,500})>?(?:\s+"[^"]*")?\s*\)/gu,
        (_m, label: string, url: string) => {
          keep(url);
          return label;
        },
      )
      .replace(/\[([^\]\n]{1,300})\]\[[^\]\n]{0,100}\]/gu, '$1')
      .replace(/<((?:https?:\/\/|www\.)[^<>\s]+)>/giu, '$1')
      .replace(/<([^<>\s@]+@[^<>\s]+)>/gu, '$1')
      .replace(/`([^`]+)`/gu, '$1')
      .replace(/~~(?=\S)(.{1,300}?)(?<=\S)~~/gu, '$1')
      .replace(/\*\*(?=\S)(.{1,300}?)(?<=\S)\*\*/gu, '$1')
      .replace(/(?<![\p{L}\p{N}_])__(?=\S)(.{1,300}?)(?<=\S)__(?![\p{L}\p{N}_])/gu, '$1')
      // Single * or _ only at word edges, so "Erzieher*innen" and snake_case stay as written.
      .replace(/(?<![\p{L}\p{N}*\\])\*(?=[^\s*])(.{1,300}?)(?<=[^\s*\\])\*(?![\p{L}\p{N}*])/gu, '$1')
      .replace(/(?<![\p{L}\p{N}_\\])_(?=[^\s_])(.{1,300}?)(?<=[^\s_\\])_(?![\p{L}\p{N}_])/gu, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!>])/gu, '$1')
      .replace(/ {2,}/gu, ' ')
      .trim();
    out.push(line);
  }
  return { text: out.join('\n'), links };
}
