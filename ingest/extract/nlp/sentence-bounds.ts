// Where sentences end: compromise's splits, corrected at initials and abbreviations.
import { GERMAN_ABBREVIATIONS } from '../de/plugin.js';
import {
  capitalised,
  GERMAN_MONTH_ABBREVIATIONS,
  GERMAN_MONTHS,
  WEEKDAY_ABBREVIATIONS,
} from '../../calendar/calendar-names.js';

/** A compromise term as `json({ offset: true })` gives it. */
export interface RawTerm {
  text: string;
  pre: string;
  post: string;
  tags?: string[];
  offset: { start: number; length: number };
}

/** A sentence as character span plus its compromise terms. */
export interface SentSpan {
  start: number;
  end: number;
  terms: RawTerm[];
}

// Function words that open a sentence but never continue a name: after "Firma A." they mean the sentence ended.
const OPENERS = new Set(
  [
    'der die das den dem des ein eine einen einem einer eines er sie es wir ich ihr man dies diese dieser dieses',
    'dann danach dabei dort damit darauf daher deshalb auch zudem außerdem doch aber und hier heute nun so wie',
    'was wer wo im am in auf mit nach bei beim für zum zur seit als',
    'the this that these those it its he she they we i you his her their our there then on at for as a an',
    'but and after before when while if however also today',
  ].flatMap((line) => line.split(' ')),
);

// Abbreviations that stand before a number ("Nr. 5", "Art. 8", "No. 10"); as words of their own they end sentences.
const NUMBER_ABBREVIATIONS = new Set(['nr', 'art', 'abs', 'tel', 'fax', 'no', 'nos', 'vol', 'pp', 'kap', 'bd', 'ziff']);

// Title, office and address abbreviations beyond the compromise plugin's list (general classes, not names).
const MORE_ABBREVIATIONS = ['pfr', 'br', 'hrsg', 'fa', 'gebr', 'kr', 'lkr', 'reg', 'bez', 'präs', 'stv', 'hl', 'bzgl'];

// Month and weekday abbreviations count only capitalised ("Okt.", "Mo."), so "so." at a sentence end stays one.
const DATE_ABBREVIATIONS = new Set(
  [...GERMAN_MONTH_ABBREVIATIONS.flat(), 'mar', 'oct', 'dec', ...WEEKDAY_ABBREVIATIONS].map(capitalised),
);

const HYPHEN_LINK = /[-‐‑–]/;
const ORDINAL_END = /(?:^|\s|\()\d{1,2}\.\s*$/;
const MONTH_START = new RegExp(
  `^(?:${[...GERMAN_MONTHS, ...GERMAN_MONTH_ABBREVIATIONS.flat()].map(capitalised).join('|')})\\b`,
);
// the period may stand apart from its word, as in tokenised text ("Dr . Meier", "v . Chr .")
const LAST_WORD = /(\p{L}[\p{L}.‐‑–-]*) ?\.\s*$/u;
const FIRST_WORD = /^[\s"'„“‚(]*(\p{L}+|\d)/u;

/** The kind of abbreviation a sentence-final word is: a single initial, one before numbers, any other, or none. */
function abbreviationKind(word: string): 'initial' | 'number' | 'abbreviation' | null {
  const parts = word.split(HYPHEN_LINK);
  const last = parts[parts.length - 1]!.replace(/\.$/, '');
  const segs = last.split('.');
  const seg = segs[segs.length - 1]!;
  const lower = seg.toLowerCase();
  if (/^\p{Lu}$/u.test(seg)) return 'initial';
  if (NUMBER_ABBREVIATIONS.has(lower)) return 'number';
  if (DATE_ABBREVIATIONS.has(seg)) return 'abbreviation';
  if (/^\p{Ll}$/u.test(seg) || GERMAN_ABBREVIATIONS.has(lower) || MORE_ABBREVIATIONS.includes(lower)) {
    return 'abbreviation';
  }
  return null;
}

/** Whether the sentence after an abbreviation's period continues the sentence before it. */
function continues(prevText: string, nextText: string, german: boolean): boolean {
  const first = FIRST_WORD.exec(nextText)?.[1] ?? '';
  if (/^\p{Ll}/u.test(first)) return true;
  if (german && ORDINAL_END.test(prevText) && MONTH_START.test(nextText)) return true;
  const word = LAST_WORD.exec(prevText)?.[1];
  const kind = word ? abbreviationKind(word) : null;
  if (!kind || first === '' || OPENERS.has(first.toLowerCase())) return false;
  if (kind === 'number') return /^\d/.test(first);
  return kind === 'abbreviation' || /^\p{Lu}/u.test(first);
}

/** Re-joins sentences that compromise split after ordinals ("am 5. Mai"), initials and abbreviations. */
export function joinAtAbbreviations(spans: SentSpan[], text: string, german: boolean): SentSpan[] {
  const out: SentSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && !text.slice(prev.end, s.start).includes('\n')) {
      const prevText = text.slice(prev.start, prev.end);
      if (/\.\s*$/.test(prevText) && continues(prevText, text.slice(s.start, s.end), german)) {
        prev.end = s.end;
        prev.terms = prev.terms.concat(s.terms);
        continue;
      }
    }
    out.push({ ...s });
  }
  return out;
}

/** Whether compromise kept going after an initial where the next word opens a new sentence ("Firma A. Sie"). */
function endsAtInitial(terms: RawTerm[], k: number): boolean {
  const t = terms[k]!;
  const next = terms[k + 1]!;
  // a single capital ("A.") or a dotted abbreviation ending in one ("e.V.", "U.S.")
  if (!/^(?:\p{L}\.)*\p{Lu}\.?$/u.test(t.text) || !/^\.?\s+$/.test(t.post) || t.post.includes('\n')) return false;
  return /^\p{Lu}/u.test(next.text) && OPENERS.has(next.text.toLowerCase()) && !next.post.startsWith('.');
}

/** Splits a compromise sentence after an initial that ends it ("… der Firma A. Sie …"). */
export function splitAfterInitials(spans: SentSpan[]): SentSpan[] {
  const out: SentSpan[] = [];
  for (const s of spans) {
    let from = 0;
    for (let k = 0; k + 1 < s.terms.length; k++) {
      if (!endsAtInitial(s.terms, k)) continue;
      out.push(piece(s, from, k + 1));
      from = k + 1;
    }
    out.push(from === 0 ? { ...s } : piece(s, from, s.terms.length));
  }
  return out;
}

/** The terms from..to of a sentence as a sentence of their own. */
function piece(s: SentSpan, from: number, to: number): SentSpan {
  const terms = s.terms.slice(from, to);
  const first = terms[0]!;
  const last = terms[terms.length - 1]!;
  const start = from === 0 ? s.start : first.offset.start - first.pre.length;
  const end = to === s.terms.length ? s.end : last.offset.start + last.offset.length + last.post.trimEnd().length;
  return { start, end, terms };
}
