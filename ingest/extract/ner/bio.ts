// BIO labels ↔ typed token spans.

/** A typed span of tokens, end exclusive. */
export interface TokenSpan {
  type: string;
  from: number;
  to: number;
}

/** True when label b may follow label a under BIO ("I-X" only after "B-X" or "I-X"). */
export function bioAllowed(a: string, b: string): boolean {
  if (!b.startsWith('I-')) return true;
  return a.slice(2) === b.slice(2) && a !== 'O';
}

/** Spans of a BIO label sequence; a stray "I-X" starts a new span (CoNLL convention). */
export function bioSpans(labels: readonly string[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let cur: TokenSpan | null = null;
  labels.forEach((label, i) => {
    const type = label === 'O' ? null : label.slice(2);
    const cont = cur !== null && label.startsWith('I-') && type === cur.type;
    if (cur && !cont) {
      out.push(cur);
      cur = null;
    }
    if (type !== null && !cont) cur = { type, from: i, to: i + 1 };
    else if (cont) cur!.to = i + 1;
  });
  if (cur) out.push(cur);
  return out;
}

/** BIO labels for `n` tokens from non-overlapping spans. */
export function spansToBio(n: number, spans: readonly TokenSpan[]): string[] {
  const labels = new Array<string>(n).fill('O');
  for (const s of spans) for (let i = s.from; i < s.to; i++) labels[i] = `${i === s.from ? 'B' : 'I'}-${s.type}`;
  return labels;
}
