import { compile } from 'html-to-text';

// Compiled once: html-to-text's option handling is the slow part. Headings keep their case, link targets
// and images are dropped (a press release's text is what people read), lines are not wrapped.
const toText = compile({
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
});

/** Converts HTML (a page's main content, a feed item, an e-mail part) to text with paragraphs separated by blank lines. */
export function htmlToText(html: string): string {
  return toText(html)
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/** Whether a feed or record value holds markup rather than plain text. */
export function looksLikeHtml(value: string): boolean {
  return /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/iu.test(value);
}
