// Rule "quote-pronoun": a quotation attributed by a pronoun ("…“, sagte sie." / "She added: …") belongs to the
// person the pronoun refers to, the latest person mentioned before it whose grammatical gender fits.
import type { Located } from './located.js';
import type { Gender, LanguagePack } from './pack.js';
import type { Quote } from './quotes.js';
import type { Doc, Token } from './types.js';

/** Gender a person's role titles show, or "x" when they show none. */
export function personGender(l: Located, pack: LanguagePack): Gender {
  for (const r of l.entity.roles) {
    const g = pack.titleGender(r.title);
    if (g !== 'x') return g;
  }
  return 'x';
}

const fits = (want: Gender, l: Located, pack: LanguagePack): boolean => {
  if (want === 'x') return true;
  const has = personGender(l, pack);
  return has === 'x' || has === want;
};

/** The latest person mentioned before `at` that a pronoun of this gender can refer to. */
function antecedent(pack: LanguagePack, speakers: Located[], at: number, want: Gender): Located | undefined {
  return [...speakers].reverse().find((l) => l.end <= at && fits(want, l, pack));
}

/** The pronoun of "…“, sagte sie" / "…,” she said" right after a quotation, with its speech cue. */
function pronounAfter(doc: Doc, q: Quote, pack: LanguagePack): Token | undefined {
  const toks = doc.tokens.filter((t) => t.start >= q.outerEnd && t.start - q.outerEnd <= 40);
  const window = toks.slice(0, 3);
  const p = window.find((t) => pack.pronouns.has(t.norm));
  if (!p) return undefined;
  // the pronoun and a speech verb belong to the same clause: nothing but the verb (and "so") between them
  if (!window.some((t) => t !== p && pack.isSpeechCue(t))) return undefined;
  if (/[.!?]/.test(doc.text.slice(q.outerEnd, p.start))) return undefined;
  return p;
}

/**
 * The pronoun of "Sie betonte: „…“" / "She said: "…"" before the colon that opens the quotation; without a speech
 * verb only when the pronoun opens the short clause ("Er ist zufrieden: „…“").
 */
function pronounBefore(doc: Doc, q: Quote, pack: LanguagePack): Token | undefined {
  const toks = doc.tokens.filter((t) => t.end <= q.outerStart && q.outerStart - t.end <= 40);
  const window = toks.slice(-3);
  if (!/:\s*$/.test(doc.text.slice(window[window.length - 1]?.end ?? q.outerStart, q.outerStart))) return undefined;
  const p = window.find((t) => pack.pronouns.has(t.norm));
  if (!p) return undefined;
  if (window.some((t) => t !== p && pack.isSpeechCue(t))) return p;
  return p.i === doc.sentences[p.sent]?.from ? p : undefined;
}

/** The speaker of a quotation attributed by a pronoun next to it, if one fits. */
export function pronounSpeaker(doc: Doc, q: Quote, speakers: Located[], pack: LanguagePack): Located | undefined {
  const p = pronounAfter(doc, q, pack) ?? pronounBefore(doc, q, pack);
  if (!p) return undefined;
  return antecedent(pack, speakers, Math.min(p.start, q.outerStart), pack.pronounGender(p.norm));
}
