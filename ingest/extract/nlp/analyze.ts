// The only place that runs compromise on a release: sentences and terms with offsets.
import nlp from 'compromise';
import type { Release } from '../../../src/domain/index.js';
import { fold } from '../../../src/domain/index.js';
import type { Doc, Sentence, Token } from '../core/types.js';
import { germanPlugin } from '../de/plugin.js';
import { englishPlugin } from '../en/plugin.js';
import { isCommonEnglish } from './lexicon.js';
import { joinAtAbbreviations, splitAfterInitials, type RawTerm } from './sentence-bounds.js';

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

interface RawSentence {
  offset: { start: number; length: number };
  terms: RawTerm[];
}

const HYPHEN_LINK = /^[-‐‑–]$/;

/** Tokenises a release with compromise and returns plain sentences and tokens with offsets. */
export function analyze(release: Release): Doc {
  setupNlp();
  const text = release.text;
  // Tokeniser plus lexicon lookup only: tags for cue words (De*, En*), no (English) POS tagger, which keeps it fast.
  const view = nlp.tokenize(text);
  view.compute('lexicon');
  const raw = view.json({ offset: true, terms: { offset: true } }) as RawSentence[];
  const spans = raw.map((s) => ({ start: s.offset.start, end: s.offset.start + s.offset.length, terms: s.terms }));
  // compromise ends sentences after "Hans-P." or "Okt." but runs on after "Firma A. Sie": both corrected here
  const sentSpans = joinAtAbbreviations(splitAfterInitials(spans), text, release.language === 'de');
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const s of sentSpans) {
    const from = tokens.length;
    for (const w of sentenceWords(s.terms, text)) {
      for (const t of splitGlued(w, release.language === 'en')) {
        // one literal shape for every token (a spread would give tokens a slower, different hidden class)
        tokens.push({
          text: t.text,
          start: t.start,
          end: t.end,
          pre: t.pre,
          post: t.post,
          norm: fold(t.text),
          cap: t.cap,
          i: tokens.length,
          sent: sentences.length,
          tags: t.tags,
        });
      }
    }
    if (tokens.length === from) continue;
    const start = tokens[from]!.start - tokens[from]!.pre.length;
    const last = tokens[tokens.length - 1]!;
    const end = Math.min(text.length, last.end + last.post.replace(/\s+$/, '').length);
    sentences.push({ start, end, text: text.slice(start, end), from, to: tokens.length });
  }
  return { release, language: release.language, text, tokens, sentences };
}

/** A word before it gets its place in the document. */
type Word = Omit<Token, 'norm' | 'i' | 'sent'>;

/** The words of one sentence: contractions folded into the word before, hyphen-linked compounds joined. */
function sentenceWords(terms: RawTerm[], text: string): Word[] {
  const out: Word[] = [];
  let k = 0;
  while (k < terms.length) {
    const t = terms[k]!;
    // compromise expands English contractions ("im" → "i am"): the implied word has no text of its own
    if (t.offset.length === 0) {
      const prev = out[out.length - 1];
      if (prev) out[out.length - 1] = { ...prev, post: prev.post + t.post };
      k++;
      continue;
    }
    const start = t.offset.start;
    let end = start + t.offset.length;
    let post = t.post;
    const tags = new Set(t.tags ?? []);
    // join hyphen-linked compounds ("WerkStark-Vorstand", "Lenz–Hauer") into one word
    while (HYPHEN_LINK.test(post) && k + 1 < terms.length && terms[k + 1]!.pre === '') {
      k++;
      const n = terms[k]!;
      end = n.offset.start + n.offset.length;
      post = n.post;
      for (const tag of n.tags ?? []) tags.add(tag);
    }
    const word = text.slice(start, end);
    out.push({ text: word, start, end, pre: t.pre, post, cap: /^\p{Lu}/u.test(word), tags });
    k++;
  }
  return out;
}

/** Scraped English text glues words: "PryorFinance" → "Pryor" + "Finance" (when only the second is a common word). */
function splitGlued(w: Word, english: boolean): Word[] {
  const glued = english ? /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/u.exec(w.text) : null;
  if (!glued || !isCommonEnglish(glued[2]!) || isCommonEnglish(glued[1]!)) return [w];
  const cut = w.start + glued[1]!.length;
  return [
    { text: glued[1]!, start: w.start, end: cut, pre: w.pre, post: '', cap: true, tags: w.tags },
    { text: glued[2]!, start: cut, end: w.end, pre: '', post: w.post, cap: true, tags: w.tags },
  ];
}
