// The only place that runs compromise on a release: sentences and terms with offsets.
import nlp from 'compromise';
import type { Release } from '../../../src/domain/index.js';
import { fold } from '../../../src/domain/index.js';
import type { Doc, Sentence, Token } from '../core/types.js';
import { germanPlugin, GERMAN_ABBREVIATIONS } from '../de/plugin.js';
import { englishPlugin } from '../en/plugin.js';
import { isCommonEnglish } from './lexicon.js';
import { capitalised, GERMAN_MONTH_ABBREVIATIONS, GERMAN_MONTHS } from '../../calendar/calendar-names.js';

interface CompromiseModel {
  one: { lexicon: Record<string, unknown>; tagSet: Record<string, unknown> };
}

/**
 * Adds the German and English cue plugins to compromise; idempotent. compromise keeps plugins in
 * its one global model, so that model (not a flag of ours) tells whether they are in already.
 */
export function setupNlp(): void {
  const model = nlp.model() as CompromiseModel;
  if ('DeSpeech' in model.one.tagSet && 'EnTitle' in model.one.tagSet) return;
  nlp.plugin(germanPlugin(model.one.lexicon));
  nlp.plugin(englishPlugin);
}

interface RawTerm {
  text: string;
  pre: string;
  post: string;
  tags?: string[];
  offset: { start: number; length: number };
}
interface RawSentence {
  offset: { start: number; length: number };
  terms: RawTerm[];
}

const HYPHEN_LINK = /^[-‐‑–]$/;
const ORDINAL_END = /(?:^|\s|\()\d{1,2}\.\s*$/;
const MONTH_START = new RegExp(
  `^(?:${[...GERMAN_MONTHS, ...GERMAN_MONTH_ABBREVIATIONS.flat()].map(capitalised).join('|')})\\b`,
);

/** Tokenises a release with compromise and returns plain sentences and tokens with offsets. */
export function analyze(release: Release): Doc {
  setupNlp();
  const text = release.text;
  // German: lexicon lookup only (for the De* tags); no English tagger on German text.
  // Tokeniser plus lexicon lookup only: tags for cue words, no (English) POS tagger, which keeps it fast.
  const view = nlp.tokenize(text);
  view.compute('lexicon');
  const raw = view.json({ offset: true, terms: { offset: true } }) as RawSentence[];
  const sentSpans = mergeSentences(
    raw.map((s) => ({ start: s.offset.start, end: s.offset.start + s.offset.length, terms: s.terms })),
    text,
    release.language === 'de',
  );
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const s of sentSpans) {
    const from = tokens.length;
    let k = 0;
    while (k < s.terms.length) {
      const t = s.terms[k]!;
      // compromise expands English contractions ("im" → "i am"): the implied word has no text of its own
      if (t.offset.length === 0) {
        const prev = tokens[tokens.length - 1];
        if (prev && tokens.length > from) tokens[tokens.length - 1] = { ...prev, post: prev.post + t.post };
        k++;
        continue;
      }
      const start = t.offset.start;
      let end = start + t.offset.length;
      let post = t.post;
      const tags = new Set(t.tags ?? []);
      // join hyphen-linked compounds ("WerkStark-Vorstand", "Lenz–Hauer") into one word
      while (HYPHEN_LINK.test(post) && k + 1 < s.terms.length && s.terms[k + 1]!.pre === '') {
        k++;
        const n = s.terms[k]!;
        end = n.offset.start + n.offset.length;
        post = n.post;
        for (const tag of n.tags ?? []) tags.add(tag);
      }
      const word = text.slice(start, end);
      // scraped English text glues words: "PryorFinance" → "Pryor" + "Finance"
      const glued = release.language === 'en' ? /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/u.exec(word) : null;
      if (glued && isCommonEnglish(glued[2]!) && !isCommonEnglish(glued[1]!)) {
        const cut = start + glued[1]!.length;
        tokens.push({
          text: glued[1]!,
          start,
          end: cut,
          pre: t.pre,
          post: '',
          norm: fold(glued[1]!),
          cap: true,
          i: tokens.length,
          sent: sentences.length,
          tags,
        });
        tokens.push({
          text: glued[2]!,
          start: cut,
          end,
          pre: '',
          post,
          norm: fold(glued[2]!),
          cap: true,
          i: tokens.length,
          sent: sentences.length,
          tags,
        });
        k++;
        continue;
      }
      tokens.push({
        text: word,
        start,
        end,
        pre: t.pre,
        post,
        norm: fold(word),
        cap: /^\p{Lu}/u.test(word),
        i: tokens.length,
        sent: sentences.length,
        tags,
      });
      k++;
    }
    if (tokens.length === from) continue;
    const start = tokens[from]!.start - tokens[from]!.pre.length;
    const last = tokens[tokens.length - 1]!;
    const end = Math.min(text.length, last.end + last.post.replace(/\s+$/, '').length);
    sentences.push({ start, end, text: text.slice(start, end), from, to: tokens.length });
  }
  return { release, language: release.language, text, tokens, sentences };
}

interface SentSpan {
  start: number;
  end: number;
  terms: RawTerm[];
}

/** Re-joins sentences that compromise split after German ordinals ("am 5. Mai") and abbreviations. */
function mergeSentences(spans: SentSpan[], text: string, german: boolean): SentSpan[] {
  if (!german) return spans;
  const out: SentSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev) {
      const prevText = text.slice(prev.start, prev.end);
      const between = text.slice(prev.end, s.start);
      const nextText = text.slice(s.start, s.end);
      const lastWord = prev.terms[prev.terms.length - 1]?.text.toLowerCase() ?? '';
      const joinable = !between.includes('\n');
      if (
        joinable &&
        ((ORDINAL_END.test(prevText) && (MONTH_START.test(nextText) || /^\p{Ll}/u.test(nextText))) ||
          (GERMAN_ABBREVIATIONS.has(lastWord) && /\.\s*$/.test(prevText)))
      ) {
        prev.end = s.end;
        prev.terms = prev.terms.concat(s.terms);
        continue;
      }
    }
    out.push({ ...s });
  }
  return out;
}
