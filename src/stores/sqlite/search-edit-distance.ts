/**
 * True when `a` becomes `b` by at most one insertion, deletion or substitution (Levenshtein ≤ 1).
 * Linear time: it walks both strings once instead of filling a distance matrix.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  // Skip the one differing character: in both strings (substitution) or in the longer (insertion).
  const rest = short.length === long.length ? i + 1 : i;
  return short.slice(rest) === long.slice(i + 1);
}
