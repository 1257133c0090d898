// Training data for the name taggers: GermEval, SmartData, MobIE, WikiGold and WNUT files, and corpus releases.
import { readFileSync } from 'node:fs';
import { readGermEval, type TaggedSentence } from '../../ingest/eval/germeval.js';
import { goldRelease, readGoldDir } from '../../ingest/eval/gold.js';
import { analyze } from '../../ingest/extract/nlp/analyze.js';
import { sentenceWords } from '../../ingest/extract/ner/doc-words.js';

/** GermEval sentences with the tagger's labels: PER/ORG/LOC/OTH kept, -deriv/-part become O (they are not names). */
export function germEvalTraining(path: string): TaggedSentence[] {
  return readGermEval(path).map((s) => ({
    words: s.words,
    tags: s.tags.map((t) => (/^[BI]-(?:PER|ORG|LOC|OTH)$/.test(t) ? t : 'O')),
  }));
}

/** Fine DFKI classes (SmartData, MobIE) → PER/ORG/LOC; routes ("A 7") and everything else → O. */
export function mapDfkiClass(cls: string): string | null {
  if (cls === 'person') return 'PER';
  if (cls === 'organization' || cls === 'organization-company') return 'ORG';
  if (cls.startsWith('location') && cls !== 'location-route') return 'LOC';
  return null;
}

/** WNUT 2017 classes → PER/ORG/LOC; products and creative works → O. */
export function mapWnutClass(cls: string): string | null {
  return { person: 'PER', location: 'LOC', corporation: 'ORG', group: 'ORG' }[cls] ?? null;
}

/** CoNLL classes (WikiGold) → PER/ORG/LOC/OTH. */
export function mapConllClass(cls: string): string | null {
  return { PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'OTH' }[cls] ?? null;
}

/**
 * Reads a token-per-line BIO/IOB1 file with the tag in the last column (SmartData `.bio.tsv`, MobIE and WikiGold
 * CoNLL, WNUT), mapping classes with `map` (null → O).
 */
export function readDfkiBio(path: string, map: (cls: string) => string | null = mapDfkiClass): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let cur: TaggedSentence = { words: [], tags: [] };
  const flush = (): void => {
    if (cur.words.length > 0) out.push(cur);
    cur = { words: [], tags: [] };
  };
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.startsWith('# ') || line.startsWith('-DOCSTART-')) return flush();
      if (line.trim() === '') return flush();
      const cols = line.split(/\t| /);
      const tag = cols[cols.length - 1]!;
      const m = /^([BI])-(.+)$/.exec(tag);
      if (cols.length < 2 || (!m && tag !== 'O'))
        throw new Error(`${path}:${i + 1}: not a BIO line: "${line.slice(0, 60)}"`);
      const cls = m ? map(m[2]!) : null;
      cur.words.push(cols[0]!);
      cur.tags.push(cls ? `${m![1]}-${cls}` : 'O');
    });
  flush();
  // a kept I- after a dropped class starts a new chunk
  for (const s of out)
    s.tags = s.tags.map((t, i) => (t.startsWith('I-') && s.tags[i - 1] === 'O' ? `B-${t.slice(2)}` : t));
  return out;
}

const CORPUS_TYPE: Record<string, string> = { Person: 'PER', Organisation: 'ORG', Place: 'LOC', Initiative: 'OTH' };

/**
 * Corpus releases of one language as labelled sentences: every occurrence of a gold name or alias (and of a person's
 * surname) in the release text, longest first, on word boundaries. `skip(file)` leaves files out (held-out evaluation).
 */
export function corpusTraining(
  dir: string,
  skip: (file: string) => boolean,
  lang: 'de' | 'en' = 'de',
): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  for (const { file, gold } of readGoldDir(dir)) {
    if (gold.lang !== lang || skip(file)) continue;
    const doc = analyze(goldRelease(file, gold));
    const text = doc.text;
    const forms: { form: string; type: string }[] = [];
    for (const e of gold.entities) {
      const type = CORPUS_TYPE[e.type];
      if (!type) continue;
      const names = [e.name, ...(e.aliases ?? [])];
      const parts = e.name.split(' ');
      if (e.type === 'Person' && parts.length > 1) names.push(parts[parts.length - 1]!);
      for (const form of names) if (form.trim()) forms.push({ form: form.trim(), type });
    }
    forms.sort((a, b) => b.form.length - a.form.length);
    const owner = new Int32Array(text.length).fill(-1);
    const spans: { start: number; end: number; type: string }[] = [];
    for (const { form, type } of forms) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
        if (owner.subarray(at, end).some((o) => o >= 0)) continue;
        owner.fill(spans.length, at, end);
        spans.push({ start: at, end, type });
      }
    }
    for (const s of doc.sentences) {
      const { words, offsets } = sentenceWords(doc, s);
      const tags = words.map((_, j) => {
        const o = owner[offsets[j]!]!;
        if (o < 0) return 'O';
        const prev = j > 0 ? owner[offsets[j - 1]!]! : -1;
        return `${prev === o ? 'I' : 'B'}-${spans[o]!.type}`;
      });
      out.push({ words, tags });
    }
  }
  return out;
}
