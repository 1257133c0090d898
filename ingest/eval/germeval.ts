// GermEval 2014 files: reading, and CoNLL-style outer-chunk scoring (exact span and type).
import { readFileSync } from 'node:fs';
import { releaseId } from '../../src/domain/ids.js';
import type { EntityType, Extraction, Release } from '../../src/domain/index.js';
import { bioSpans, type TokenSpan } from '../extract/ner/bio.js';

/** One sentence: words and their outer BIO tags as written (e.g. "B-LOCderiv"). */
export interface TaggedSentence {
  words: string[];
  tags: string[];
}

/** Reads a GermEval 2014 TSV file (index, token, outer tag, inner tag; `#` comment lines; blank line ends a sentence). */
export function readGermEval(path: string): TaggedSentence[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`GermEval file ${path} cannot be read: ${(err as Error).message}`);
  }
  const out: TaggedSentence[] = [];
  let cur: TaggedSentence = { words: [], tags: [] };
  const flush = (): void => {
    if (cur.words.length > 0) out.push(cur);
    cur = { words: [], tags: [] };
  };
  text.split('\n').forEach((line, i) => {
    if (line.startsWith('#')) return;
    if (line.trim() === '') return flush();
    const cols = line.split('\t');
    if (cols.length < 3 || !/^\d+$/.test(cols[0]!) || !/^(?:O|[BI]-\w+)$/.test(cols[2]!)) {
      throw new Error(
        `${path}:${i + 1}: not a GermEval line (want "index<TAB>token<TAB>outer-tag<TAB>inner-tag", got "${line.slice(0, 60)}")`,
      );
    }
    cur.words.push(cols[1]!);
    cur.tags.push(cols[2]!);
  });
  flush();
  return out;
}

/** The scored chunk types. */
export const CHUNK_TYPES = ['PER', 'ORG', 'LOC'] as const;

/** Gold PER/ORG/LOC chunks of a sentence (deriv/part and OTH chunks are not names of these types). */
export function goldChunks(tags: readonly string[]): TokenSpan[] {
  return bioSpans(tags).filter((s) => (CHUNK_TYPES as readonly string[]).includes(s.type));
}

/** Precision, recall and F1 of one type (or all). */
export interface ChunkScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Per-type and micro-averaged chunk scores. */
export type ChunkReport = Record<(typeof CHUNK_TYPES)[number] | 'all', ChunkScore>;

/** Scores predicted against gold chunks sentence by sentence: a hit needs the same span and type. */
export function scoreChunks(gold: readonly TokenSpan[][], pred: readonly TokenSpan[][]): ChunkReport {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  for (const t of [...CHUNK_TYPES, 'all']) counts.set(t, { tp: 0, fp: 0, fn: 0 });
  const key = (s: TokenSpan): string => `${s.type}:${s.from}:${s.to}`;
  gold.forEach((g, i) => {
    const p = (pred[i] ?? []).filter((s) => (CHUNK_TYPES as readonly string[]).includes(s.type));
    const gk = new Set(g.map(key));
    const pk = new Set(p.map(key));
    for (const s of p) bump(counts, s.type, gk.has(key(s)) ? 'tp' : 'fp');
    for (const s of g) if (!pk.has(key(s))) bump(counts, s.type, 'fn');
  });
  const report = {} as ChunkReport;
  for (const [t, c] of counts) {
    const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
    const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    report[t as keyof ChunkReport] = { ...c, precision, recall, f1 };
  }
  return report;
}

function bump(counts: Map<string, { tp: number; fp: number; fn: number }>, type: string, k: 'tp' | 'fp' | 'fn'): void {
  counts.get(type)![k]++;
  counts.get('all')![k]++;
}

/** Scores a tagging function (words → spans) on sentences. */
export function scoreTagger(
  sentences: readonly TaggedSentence[],
  tag: (words: readonly string[]) => TokenSpan[],
): ChunkReport {
  return scoreChunks(
    sentences.map((s) => goldChunks(s.tags)),
    sentences.map((s) => tag(s.words)),
  );
}

const TYPE_OF: Record<EntityType, string | null> = {
  Person: 'PER',
  Organisation: 'ORG',
  Place: 'LOC',
  Initiative: null,
};

/** Turns an extractor into a tagging function: the sentence becomes a one-paragraph release, mentions become chunks. */
export function extractorAsTagger(
  extract: (r: Release) => Extraction,
  language: Release['language'] = 'de',
): (words: readonly string[]) => TokenSpan[] {
  return (words) => {
    const starts: number[] = [];
    let text = '';
    for (const w of words) {
      if (text) text += ' ';
      starts.push(text.length);
      text += w;
    }
    const release = sentenceRelease(text, language);
    const mentions = extract(release)
      .entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: TYPE_OF[e.type] })))
      .filter((m) => m.type !== null)
      .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const spans: TokenSpan[] = [];
    const used = new Uint8Array(words.length);
    for (const m of mentions) {
      let from = -1;
      let to = -1;
      words.forEach((w, i) => {
        const s = starts[i]!;
        if (s < m.end && m.start < s + w.length) {
          if (from < 0) from = i;
          to = i + 1;
        }
      });
      if (from < 0 || used.subarray(from, to).some((u) => u === 1)) continue;
      used.fill(1, from, to);
      spans.push({ type: m.type!, from, to });
    }
    return spans.sort((a, b) => a.from - b.from);
  };
}

/** A minimal release holding one sentence. */
function sentenceRelease(text: string, language: Release['language']): Release {
  return {
    id: releaseId(text),
    source: 'germeval',
    url: null,
    title: '',
    subtitle: null,
    date: null,
    dateline: null,
    publisher: null,
    language,
    paragraphs: [text],
    caption: null,
    photoCredit: null,
    contact: null,
    links: [],
    text,
  };
}

/** Scores the whole extractor on a GermEval file (PER/ORG/LOC outer chunks). */
export function evaluateGermEval(
  path: string,
  extract: (r: Release) => Extraction,
): ChunkReport & { sentences: number } {
  const sentences = readGermEval(path);
  return { ...scoreTagger(sentences, extractorAsTagger(extract)), sentences: sentences.length };
}

/** One line per type: precision, recall, F1 and counts. */
export function formatChunkReport(r: ChunkReport): string {
  const pct = (v: number): string => (100 * v).toFixed(1).padStart(5);
  return [...CHUNK_TYPES, 'all' as const]
    .map((t) => {
      const c = r[t];
      return `${t.padEnd(4)} P ${pct(c.precision)}  R ${pct(c.recall)}  F1 ${pct(c.f1)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
    })
    .join('\n');
}
