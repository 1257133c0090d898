// Finds direct quotations in the release text.

/** A quotation: span of its content (without marks). */
export interface Quote {
  start: number;
  end: number;
  text: string;
  /** Offset of the opening mark and one past the closing mark. */
  outerStart: number;
  outerEnd: number;
  /** True for a paragraph introduced by "X said:" without quotation marks. */
  unmarked?: boolean;
}

const PAIRS: [string, string][] = [
  ['„', '“'],
  ['„', '”'],
  // mixed marks of typed or converted text: „…" and “…“
  ['„', '"'],
  ['“', '”'],
  ['“', '“'],
  ['»', '«'],
  ['«', '»'],
  ['"', '"'],
  ['‚', '‘'],
  ['‘', '’'],
  ["'", "'"],
  ['›', '‹'],
  ['‹', '›'],
];

/** Opening marks that, like a straight quote, open only at a word start ("don‘t" is no quotation). */
const WORD_START_ONLY = new Set(['"', '‘', "'"]);

/** Quotation marks that also write an apostrophe ("it’s", "Kelby's"): one followed or preceded by a letter on both sides. */
const APOSTROPHES = new Set(['’', "'"]);

/** Offset of the mark closing `close` after `from`; a closing ’ or ' followed by a letter is an apostrophe. */
function closingAt(text: string, close: string, from: number): number {
  if (!APOSTROPHES.has(close)) return text.indexOf(close, from);
  for (let k = text.indexOf(close, from); k >= 0; k = text.indexOf(close, k + 1))
    if (!/\p{L}/u.test(text[k + 1] ?? '')) return k;
  return -1;
}

/** Offset of the nearest mark after `from` that closes a quotation opened by `ch`, or -1. */
function nearestClose(text: string, ch: string, from: number): number {
  let j = -1;
  for (const [open, close] of PAIRS) {
    if (open !== ch) continue;
    const k = closingAt(text, close, from);
    if (k > 0 && (j < 0 || k < j)) j = k;
  }
  return j;
}

/** A mark right at the start of a paragraph (after a blank line). */
const atParagraphStart = (text: string, k: number): boolean => /\n[ \t]*\n[ \t]*$/.test(text.slice(0, k));

/**
 * The mark closing the quotation opened at `i`. A quotation runs on over up to three blank lines when each further
 * paragraph opens with the mark again ("…¶"…" / „…¶„…“: a mark there closes nothing) or when no mark opens in it at
 * all; a mark opening in mid-paragraph means the one at `i` was left open.
 */
function closingMark(text: string, i: number, ch: string, acrossParagraphs: boolean): number {
  let j = nearestClose(text, ch, i + 1);
  // without paragraph runs: quotes do not run across a blank line at all
  if (!acrossParagraphs) return j < 0 || /\n\s*\n/.test(text.slice(i, j)) ? -1 : j;
  for (let hops = 0; j > 0 && hops < 3 && atParagraphStart(text, j) && text[j] === ch; hops++)
    j = nearestClose(text, ch, j + 1);
  if (j < 0) return -1;
  const inner = text.slice(i + 1, j);
  if ((inner.match(/\n\s*\n/g)?.length ?? 0) > 3) return -1;
  for (let k = inner.indexOf(ch); k >= 0; k = inner.indexOf(ch, k + 1)) {
    const apostrophe = WORD_START_ONLY.has(ch) && /[\p{L}\p{N}]/u.test(inner[k - 1] ?? '');
    if (!apostrophe && !atParagraphStart(inner, k)) return -1;
  }
  return j;
}

/**
 * Finds quotations with typographic (double or single) or straight quotation marks; `acrossParagraphs`: a quotation
 * may run over several paragraphs (speech), else each stays in its paragraph (the visit rule's narrower reading).
 */
export function findQuotes(text: string, acrossParagraphs = false): Quote[] {
  const out: Quote[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const pair = PAIRS.find(([open]) => open === ch);
    if (!pair || (WORD_START_ONLY.has(ch) && i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]!))) {
      i++;
      continue;
    }
    const j = closingMark(text, i, ch, acrossParagraphs);
    if (j < 0) {
      i++;
      continue;
    }
    const content = text.slice(i + 1, j);
    out.push({ start: i + 1, end: j, text: content.trim(), outerStart: i, outerEnd: j + 1 });
    i = j + 1;
  }
  return out;
}

/**
 * True when a quotation is speech, not a quoted name ("Haus der Vereine", "Schule mit Herz"); `capitalisedNouns`:
 * the language capitalises every noun.
 */
export function isSpeech(q: Quote, capitalisedNouns = false): boolean {
  const words = q.text.split(/\s+/).filter(Boolean);
  if (words.length < 3) return false;
  if (/[.!?,;:…]$/.test(q.text) || words.length >= 7) return true;
  // German capitalises nouns, so capitals say nothing there; quoted names are told apart by the entity rules
  if (capitalisedNouns) return true;
  // short quotes: speech when not title-cased like a name
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length < 0.5;
}

/** Paragraphs introduced by "X said:" / "X sagte:" without quotation marks (UK government style). */
export function findUnmarkedQuotes(text: string, introducer: RegExp): Quote[] {
  const out: Quote[] = [];
  // paragraphs ending in ":" (cheap scan instead of a backtracking regex over the text)
  const heads: { index: number; text: string }[] = [];
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
    const after = /^[ \t]*\n\s*\n/.exec(text.slice(i + 1, i + 12));
    if (!after) continue;
    const lineStart = text.lastIndexOf('\n', i) + 1;
    heads.push({ index: lineStart, text: text.slice(lineStart, i + 1 + after[0].length) });
  }
  for (const m of heads) {
    if (!introducer.test(m.text)) continue;
    let start = m.index + m.text.length;
    const endPara = text.indexOf('\n\n', start);
    const end = endPara < 0 ? text.length : endPara;
    // a paragraph opening with a quote mark that is not closed in it continues in later paragraphs
    if (/^[„“"»]/.test(text.slice(start, start + 1))) {
      const para = text.slice(start + 1, end);
      if (/[“”"«]/.test(para)) continue; // a normal, closed quotation: found by findQuotes
      start += 1;
    }
    const content = text.slice(start, end).trim();
    if (content.split(/\s+/).length < 4) continue;
    out.push({ start, end, text: content, outerStart: start, outerEnd: end, unmarked: true });
  }
  return out;
}
