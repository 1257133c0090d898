// Chooses the headline among the short lines at the head of a release.
import { fold } from '../../src/domain/fold.js';
import { isLetterheadName, isSectionLine } from './head-lines.js';
import { splitSentences } from './sentences.js';

// Later lines are sub-headlines more often than headlines: a line must beat the ones above it clearly.
const POSITION_COST = 1.5;
const STACKED_COST = 2;

/**
 * Scores a candidate headline: length, position, case, sentence form, overlap with the start of the body and
 * known section labels. Higher is more headline-like.
 */
export function headlineScore(line: string, position: number, bodyStart: string): number {
  const words = line.split(/\s+/u).filter(Boolean);
  let score = -POSITION_COST * position;
  if (isSectionLine(line)) score -= 4;
  // "Landkreis Muster" above the headline is the letterhead.
  if (isLetterheadName(line)) score -= 3;
  // One word ("Kreisbesuch", "Auszeichnung") or a short phrase is a kicker more often than a headline.
  if (words.length === 1) score -= 3;
  else if (line.length < 25) score -= 1.5;
  if (words.length >= 4 || line.length >= 30) score += 1;
  // A lead sentence: ends in a period and runs long, or holds more than one sentence.
  if ((/\.$/u.test(line) && words.length > 8) || splitSentences(line).length > 1) score -= 2;
  if (isShouting(line) && words.length > 3) score -= 0.5;
  score += overlap(line, bodyStart);
  return score;
}

/**
 * Index of the best headline among `lines` (the earliest on a tie). `blocks` are their blank-line blocks:
 * a line right under another one in the same block is that line's sub-headline, a kicker stands alone.
 */
export function chooseHeadline(lines: string[], bodyStart: string, blocks: number[] = []): number {
  let best = 0;
  let bestScore = -Infinity;
  lines.forEach((line, position) => {
    const stacked = position > 0 && blocks[position] !== undefined && blocks[position] === blocks[position - 1];
    const score = headlineScore(line, position, bodyStart) - (stacked ? STACKED_COST : 0);
    if (score > bestScore) {
      best = position;
      bestScore = score;
    }
  });
  return best;
}

/** Share of the line's content words whose stem occurs in the first sentences of the body (0 … 1). */
function overlap(line: string, bodyStart: string): number {
  const body = fold(bodyStart);
  const stems = fold(line)
    .split(/[^\p{L}\d]+/u)
    .filter((word) => word.length >= 4)
    .map((word) => word.slice(0, Math.max(4, word.length - 3)));
  if (stems.length === 0) return 0;
  return stems.filter((stem) => body.includes(stem)).length / stems.length;
}

function isShouting(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length > 3 && letters === letters.toUpperCase();
}
