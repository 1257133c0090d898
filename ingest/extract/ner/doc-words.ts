// A sentence of a tokenised release as the word sequence the tagger was trained on (punctuation as words).
import type { Doc, Sentence } from '../core/types.js';
import { isInitial } from '../nlp/initials.js';

/** Words of a sentence and, per word, the doc token it belongs to (-1 for punctuation) and its text offset. */
export interface SentenceWords {
  words: string[];
  tokenOf: number[];
  offsets: number[];
}

/** Splits the punctuation around each token into words of its own, as in CoNLL-style training data. */
export function sentenceWords(doc: Doc, s: Sentence): SentenceWords {
  const words: string[] = [];
  const tokenOf: number[] = [];
  const offsets: number[] = [];
  const punct = (text: string, at: number): void => {
    let pos = at;
    for (const ch of text) {
      if (!/\s/u.test(ch)) {
        words.push(ch);
        tokenOf.push(-1);
        offsets.push(pos);
      }
      pos += ch.length;
    }
  };
  for (let k = s.from; k < s.to; k++) {
    const t = doc.tokens[k]!;
    punct(t.pre, t.start - t.pre.length);
    // training data writes an initial with its period ("K."); split off, the tagger reads the name as a body
    const dotted = k + 1 < s.to && t.post.startsWith('.') && isInitial(t.text);
    words.push(dotted ? `${t.text}.` : t.text);
    tokenOf.push(k);
    offsets.push(t.start);
    punct(dotted ? t.post.slice(1) : t.post, dotted ? t.end + 1 : t.end);
  }
  return { words, tokenOf, offsets };
}
