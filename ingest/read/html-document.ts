import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Language } from '../../src/domain/release.js';
import { NotAReleaseError } from '../../src/errors/not-a-release-error.js';
import { htmlToText } from './html-text.js';
import { toLanguage } from './language-code.js';
import { webUrl } from './web-url.js';

/** The readable part of an HTML page and what its metadata says about it. */
export interface HtmlDocument {
  text: string;
  title?: string | undefined;
  date?: string | undefined;
  publisher?: string | undefined;
  language?: Language | undefined;
  url?: string | undefined;
}

type Dom = ReturnType<typeof parseHTML>['document'];

// Consent banners often sit inside the content container, where Readability keeps them.
const CONSENT = '[id*="cookie" i], [class*="cookie" i], [id*="consent" i], [class*="consent" i], [class*="gdpr" i]';
const NEVER_TEXT = 'script, style, noscript, template, iframe, svg, button';
// Only for the fallback when Readability finds no article.
const FURNITURE = 'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"]';

/**
 * Extracts the main content of an HTML page (Readability; navigation, cookie banners and footers dropped)
 * as text with blank lines between paragraphs, and title, date, publisher, language and canonical URL from
 * its metadata. Throws NotAReleaseError when the page has no body text.
 */
export function extractHtmlDocument(html: string, source: string): HtmlDocument {
  const { document } = parseHTML(html);
  const meta = pageMeta(document);
  if (!document.body || document.body.textContent?.trim() === '') {
    throw new NotAReleaseError(source, 'HTML page has no <body> text; nothing to read');
  }
  for (const element of document.querySelectorAll(`${NEVER_TEXT}, ${CONSENT}`)) element.remove();
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
    charThreshold: 200,
  }).parse();
  let text = article?.content ? htmlToText(article.content) : '';
  if (text === '') text = fallbackText(html);
  if (text === '') throw new NotAReleaseError(source, 'HTML page has no readable text in its body');
  return {
    text,
    title: clean(article?.title) ?? meta.title,
    date: clean(article?.publishedTime) ?? meta.date,
    publisher: meta.publisher ?? clean(article?.siteName) ?? clean(article?.byline),
    language: toLanguage(article?.lang) ?? meta.language,
    url: meta.url,
  };
}

/** The whole body without page furniture, for pages Readability cannot make sense of. */
function fallbackText(html: string): string {
  const { document } = parseHTML(html);
  for (const element of document.querySelectorAll(`${NEVER_TEXT}, ${CONSENT}, ${FURNITURE}`)) element.remove();
  return document.body ? htmlToText(document.body.innerHTML) : '';
}

function pageMeta(document: Dom): Omit<HtmlDocument, 'text'> {
  const content = (selector: string): string | undefined =>
    clean(document.querySelector(selector)?.getAttribute('content'));
  return {
    title: content('meta[property="og:title"]') ?? clean(document.querySelector('title')?.textContent),
    date:
      content('meta[property="article:published_time"]') ??
      content('meta[name="date" i]') ??
      content('meta[name="dc.date" i]') ??
      content('meta[name="dcterms.date" i]') ??
      content('meta[itemprop="datePublished"]') ??
      clean(document.querySelector('time[datetime]')?.getAttribute('datetime')),
    publisher:
      content('meta[name="publisher" i]') ??
      content('meta[name="dc.publisher" i]') ??
      content('meta[property="og:site_name"]') ??
      content('meta[name="author" i]'),
    language:
      toLanguage(document.documentElement?.getAttribute('lang')) ??
      toLanguage(content('meta[http-equiv="content-language" i]')),
    url:
      webUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
      webUrl(content('meta[property="og:url"]')),
  };
}

function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/gu, ' ').trim();
  return text ? text : undefined;
}
