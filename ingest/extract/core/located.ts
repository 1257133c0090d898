// Shared pieces of the relation rules: located mentions and sentence evidence.
import type { Evidence } from '../../../src/domain/index.js';
import type { WorkEntity } from './entities.js';
import { sentenceAt } from './tokens.js';
import type { Doc } from './types.js';

/** A located mention of an entity. */
export interface Located {
  start: number;
  end: number;
  entity: WorkEntity;
  id: string;
}

/** Evidence for a span: the sentence(s) covering it. */
export function evidenceFor(doc: Doc, start: number, end: number = start): Evidence {
  const a = sentenceAt(doc, start);
  const b = sentenceAt(doc, Math.max(start, end - 1));
  const s = a?.start ?? start;
  const e = Math.max(b?.end ?? end, a?.end ?? end);
  return { sentence: doc.text.slice(s, e), start: s, end: e };
}

/** Rounds a confidence to two decimals. */
export function round(x: number): number {
  return Math.round(x * 100) / 100;
}
