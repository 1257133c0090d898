// Best label sequence of a linear-chain model (first-order Viterbi).

/**
 * Best label sequence for `n` tokens and `L` labels.
 * `emit[i * L + y]` scores label y at token i, `trans[a * L + b]` scores a → b, `start[y]` the first label;
 * `allowed(a, b)` forbids transitions (e.g. O → I-PER); `allowedStart(y)` the first label.
 */
export function viterbi(
  n: number,
  L: number,
  emit: Float64Array,
  trans: ArrayLike<number>,
  start: ArrayLike<number>,
  allowed: (a: number, b: number) => boolean,
  allowedStart: (y: number) => boolean,
): number[] {
  if (n === 0) return [];
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let y = 0; y < L; y++) score[y] = allowedStart(y) ? start[y]! + emit[y]! : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let b = 0; b < L; b++) {
      let best = -Infinity;
      let arg = 0;
      for (let a = 0; a < L; a++) {
        if (!allowed(a, b)) continue;
        const s = score[(i - 1) * L + a]! + trans[a * L + b]!;
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[i * L + b] = best + emit[i * L + b]!;
      back[i * L + b] = arg;
    }
  }
  let last = 0;
  for (let y = 1; y < L; y++) if (score[(n - 1) * L + y]! > score[(n - 1) * L + last]!) last = y;
  const path = new Array<number>(n);
  path[n - 1] = last;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * L + path[i]!]!;
  return path;
}
