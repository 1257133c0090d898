/** The parts of a pdf.js text item that layout needs. */
export interface PdfTextItem {
  str: string;
  hasEOL: boolean;
  transform: number[];
  height: number;
}

interface Line {
  text: string;
  y: number;
  height: number;
}

// A gap between baselines this many line heights wide (normal leading is ~1.2) starts a new paragraph.
const PARAGRAPH_GAP = 1.6;

/**
 * Joins the text items of one PDF page into lines, and lines into paragraphs separated by blank lines where
 * the vertical gap is wider than normal leading (pdf.js only reports positions, not paragraphs).
 */
export function layoutPage(items: readonly PdfTextItem[]): string {
  const lines: Line[] = [];
  let current: Line | null = null;
  const flush = (): void => {
    if (current && current.text.trim() !== '') lines.push({ ...current, text: current.text.trim() });
    current = null;
  };
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    const line: Line | null = current;
    if (line !== null && Math.abs(line.y - y) > Math.max(line.height, item.height, 1) / 2) flush();
    if (item.str !== '') {
      current ??= { text: '', y, height: 0 };
      current.text += item.str;
      current.height = Math.max(current.height, item.height);
    }
    if (item.hasEOL) flush();
  }
  flush();
  let text = '';
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (previous) {
      const gap = previous.y - line.y;
      const height = Math.max(previous.height, line.height, 1);
      text += gap < 0 || gap > PARAGRAPH_GAP * height ? '\n\n' : '\n';
    }
    text += line.text;
  });
  return text;
}
