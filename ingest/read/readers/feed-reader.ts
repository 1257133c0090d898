import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { NotAReleaseError } from '../../../src/errors/not-a-release-error.js';
import { declaredCharset } from '../declared-charset.js';
import { decodeText } from '../decode-text.js';
import { htmlToText, looksLikeHtml } from '../html-text.js';
import { toLanguage } from '../language-code.js';
import type { ReadItem } from '../raw-document.js';
import type { ReadContext } from '../read-context.js';
import type { ReadInput } from '../read-input.js';
import { webUrl } from '../web-url.js';
import { withTitle } from '../with-title.js';

type Node = Record<string, unknown>;

/** One feed item in the terms of RSS and Atom alike. */
interface FeedEntry {
  title?: string | undefined;
  link?: string | undefined;
  date?: string | undefined;
  content?: string | undefined;
  /** Atom's content type: "text" content is not HTML even if it contains "<". */
  plain: boolean;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/** Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed file, one document per item; item content goes through the HTML path. */
export async function* readFeed(input: ReadInput, context: ReadContext): AsyncGenerator<ReadItem> {
  const bytes = await input.bytes(context.limits.maxFileBytes);
  const xml = decodeText(bytes, input.source, declaredCharset(bytes));
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    throw new NotAReleaseError(input.source, `malformed XML at line ${line}, column ${col} (${msg})`);
  }
  const document = parser.parse(xml) as Node;
  const feed = readFeedShape(document, input.source);
  if (feed.entries.length === 0) throw new NotAReleaseError(input.source, 'feed has no items');
  for (const [index, entry] of feed.entries.entries()) {
    const itemSource = `${input.source}#item=${index + 1}`;
    const content = entry.content?.trim() ?? '';
    const body = content !== '' && !entry.plain && looksLikeHtml(content) ? htmlToText(content) : content;
    if (body === '') {
      yield { source: itemSource, error: new NotAReleaseError(itemSource, 'feed item has no description or content') };
      continue;
    }
    const url = webUrl(entry.link);
    yield {
      raw: withTitle(entry.title, body),
      meta: {
        source: url ?? itemSource,
        title: entry.title,
        date: entry.date,
        publisher: feed.publisher,
        language: feed.language,
        url,
      },
    };
  }
}

/** Items plus feed-level publisher and language, from whichever of RSS 2.0, RDF or Atom the document is. */
function readFeedShape(
  document: Node,
  source: string,
): { entries: FeedEntry[]; publisher?: string; language?: ReturnType<typeof toLanguage> } {
  const rss = node(document['rss']);
  const rdf = node(document['rdf:RDF']);
  const atom = node(document['feed']);
  if (rss || rdf) {
    const channel = node((rss ?? rdf)!['channel']) ?? {};
    const items = list(rss ? channel['item'] : rdf!['item']);
    return {
      publisher: text(channel['dc:publisher']) ?? text(channel['title']),
      language: toLanguage(text(channel['language']) ?? text(channel['dc:language'])),
      entries: items.map((item) => ({
        title: text(item['title']),
        link: text(item['link']) ?? permalinkGuid(item['guid']),
        date: text(item['pubDate']) ?? text(item['dc:date']),
        content: text(item['content:encoded']) ?? text(item['description']),
        plain: false,
      })),
    };
  }
  if (atom) {
    return {
      publisher: text(node(atom['author'])?.['name']) ?? text(atom['title']),
      language: toLanguage(text(atom['@_xml:lang'])),
      entries: list(atom['entry']).map((entry) => {
        const content = node(entry['content']) ?? node(entry['summary']);
        const raw = entry['content'] ?? entry['summary'];
        const type = text(content?.['@_type']) ?? 'text';
        return {
          title: atomTitle(entry['title']),
          link: atomLink(entry['link']),
          date: text(entry['published']) ?? text(entry['updated']),
          content: type === 'xhtml' ? flatten(content?.['div'] ?? content) : text(raw),
          plain: type === 'text',
        };
      }),
    };
  }
  const root = Object.keys(document).find((key) => !key.startsWith('?'));
  throw new NotAReleaseError(source, `XML is not an RSS or Atom feed (root element <${root ?? 'none'}>)`);
}

function node(value: unknown): Node | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : undefined;
}

function list(value: unknown): Node[] {
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(
    (item): item is Node => node(item) !== undefined,
  );
}

/** The text of an element that may carry attributes ({ "#text": …, "@_type": … }) or repeat. */
function text(value: unknown): string | undefined {
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return node(value) ? text(node(value)!['#text']) : undefined;
}

function permalinkGuid(value: unknown): string | undefined {
  const guid = node(value);
  if (guid && text(guid['@_isPermaLink']) === 'false') return undefined;
  return webUrl(text(value));
}

/** Atom titles may be typed html ("Council approves &lt;em&gt;budget&lt;/em&gt;"); people read the text. */
function atomTitle(value: unknown): string | undefined {
  const title = text(value);
  const type = text(node(value)?.['@_type']);
  return title !== undefined && (type === 'html' || type === 'xhtml') ? htmlToText(title) || undefined : title;
}

/** Atom's `<link rel="alternate" href>` (a link without rel is alternate too). */
function atomLink(value: unknown): string | undefined {
  const links = list(value);
  const alternate = links.find((link) => (text(link['@_rel']) ?? 'alternate') === 'alternate') ?? links[0];
  return text(alternate?.['@_href']);
}

/** All text inside inline XHTML content, blocks separated by blank lines. */
function flatten(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(flatten).filter(Boolean).join('\n\n');
  const element = node(value);
  if (!element) return '';
  return Object.entries(element)
    .filter(([key]) => !key.startsWith('@_'))
    .map(([, child]) => flatten(child))
    .filter(Boolean)
    .join('\n\n');
}
