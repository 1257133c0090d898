/** A piece of highlighted text: plain, or a match the API wrapped in `<mark>`. */
export interface HighlightPart {
  text: string;
  mark: boolean;
}

// The only markup the API may send: <mark> and </mark>, and the entities its HTML escaping produces.
const TAG = /<\/?mark>/g;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-f]{1,6});/gi;

/**
 * True when `html` is API-highlighted text that is safe to insert as HTML: no tag other than bare
 * `<mark>`/`</mark>` (properly nested, not nested in each other), no stray `<` or `>`, and no `&` that is
 * not a known character reference.
 */
export function isSafeHighlight(html: string): boolean {
  let depth = 0;
  for (const match of html.matchAll(/<[^>]*>?/g)) {
    if (match[0] === '<mark>') depth += 1;
    else if (match[0] === '</mark>') depth -= 1;
    else return false;
    if (depth < 0 || depth > 1) return false;
  }
  if (depth !== 0) return false;
  const rest = html.replace(TAG, '');
  if (rest.includes('<') || rest.includes('>')) return false;
  return !rest.replace(ENTITY, '').includes('&');
}

/** Decodes the character references HTML escaping produces (`&amp;`, `&#39;`, …). */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (entity) => {
    const name = entity.slice(1, -1).toLowerCase();
    if (name === 'amp') return '&';
    if (name === 'lt') return '<';
    if (name === 'gt') return '>';
    if (name === 'quot') return '"';
    if (name === 'apos') return "'";
    const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
  });
}

/**
 * Splits API-highlighted text into plain and marked parts. Safe markup keeps its marks; anything else
 * is shown as plain text with all tags removed, so nothing the API sends can become markup.
 */
export function highlightParts(html: string): HighlightPart[] {
  if (!isSafeHighlight(html)) return [{ text: decodeEntities(html.replace(/<[^>]*>?/g, '')), mark: false }];
  const parts: HighlightPart[] = [];
  let mark = false;
  for (const piece of html.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece) parts.push({ text: decodeEntities(piece), mark });
  }
  return parts;
}
