/** The charset a markup document declares in its first bytes (`<meta charset>`, http-equiv, `<?xml encoding?>`). */
export function declaredCharset(head: Buffer): string | undefined {
  // Declarations are ASCII; latin1 reads any byte without failing.
  const start = head.subarray(0, 4096).toString('latin1');
  const meta =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(start) ??
    /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/iu.exec(start);
  return meta?.[1]?.toLowerCase();
}
