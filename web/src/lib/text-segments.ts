/** Where an entity occurs in a release text (character offsets into the text, as JavaScript counts them). */
export interface MentionSpan {
  start: number;
  end: number;
  entity: { id: string; type: string; name: string };
  confidence: number;
}

/** A run of release text, marked when it is a mention. */
export interface TextSegment {
  text: string;
  mention: MentionSpan | null;
}

/**
 * Cuts `text` into plain and mentioned runs. Mentions outside the text or overlapping an earlier,
 * longer one are left out, so every character appears exactly once.
 */
export function segmentText(text: string, mentions: readonly MentionSpan[]): TextSegment[] {
  const valid = mentions
    .filter(
      (m) =>
        Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= text.length && m.start < m.end,
    )
    .sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const segments: TextSegment[] = [];
  let at = 0;
  for (const mention of valid) {
    if (mention.start < at) continue;
    if (mention.start > at) segments.push({ text: text.slice(at, mention.start), mention: null });
    segments.push({ text: text.slice(mention.start, mention.end), mention });
    at = mention.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mention: null });
  return segments;
}

/** Splits segments into paragraphs at blank lines, keeping mentions whole. */
export function paragraphs(segments: readonly TextSegment[]): TextSegment[][] {
  const result: TextSegment[][] = [[]];
  for (const segment of segments) {
    if (segment.mention) {
      result.at(-1)!.push(segment);
      continue;
    }
    const pieces = segment.text.split(/\n\s*\n/);
    pieces.forEach((piece, i) => {
      if (i > 0) result.push([]);
      if (piece) result.at(-1)!.push({ text: piece, mention: null });
    });
  }
  return result.filter((paragraph) => paragraph.some((segment) => segment.text.trim() !== ''));
}
