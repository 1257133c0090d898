// C0 controls except tab/newline/CR/FF/VT, DEL, and C1 controls (what binary data decodes to).
const CONTROL = /[\u0001-\u0008\u000E-\u001F\u007F-\u009F]/gu;

/** Why `raw` does not look like text (NUL bytes, many control or replacement characters), or null if it does. */
export function binaryReason(raw: string): string | null {
  if (raw.startsWith('%PDF-')) return 'looks binary (PDF file, not text)';
  if (raw.startsWith('PK\u0003\u0004')) return 'looks binary (ZIP/Office file, not text)';
  if (raw.includes('\u0000')) return 'looks binary (NUL bytes)';
  const length = raw.length;
  const controls = raw.match(CONTROL)?.length ?? 0;
  // A few stray controls occur in real exports; binary data has them everywhere.
  if (controls >= 5 && controls / length > 0.02) return 'looks binary (control characters)';
  const replacements = raw.match(/\uFFFD/gu)?.length ?? 0;
  if (replacements >= 5 && replacements / length > 0.05) return 'looks binary (undecodable bytes)';
  return null;
}
