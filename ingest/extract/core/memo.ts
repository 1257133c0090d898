/** Memoises a one-string-argument function (word lookups run for every token of every release). */
export function memo<T>(fn: (s: string) => T, max = 50_000): (s: string) => T {
  let cache = new Map<string, T>();
  return (s: string): T => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    if (cache.size >= max) cache = new Map(); // bounded: start over rather than grow without limit
    const v = fn(s);
    cache.set(s, v);
    return v;
  };
}
