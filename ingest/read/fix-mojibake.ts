import iconv from 'iconv-lite';

// Each character that a byte 0x80–0xBF becomes when UTF-8 is misread as Windows-1252 (or ISO-8859-1), and back.
const CONTINUATION = new Map<string, number>();
for (let byte = 0x80; byte <= 0xbf; byte++) {
  CONTINUATION.set(iconv.decode(Buffer.from([byte]), 'win1252'), byte);
  CONTINUATION.set(String.fromCharCode(byte), byte);
}
const CONT = `[${[...CONTINUATION.keys()].join('')}]`;
// A misread UTF-8 sequence: a lead byte Â–ô followed by exactly the continuation characters it needs.
const SEQUENCE = new RegExp(`[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3}`, 'gu');
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Repairs UTF-8 that was decoded as Windows-1252 somewhere upstream ("MeiÃŸelArbeit" → "MeißelArbeit",
 * "â€ž" → "„"). Only sequences that form valid UTF-8 again are replaced, so correct text stays as it is.
 */
export function fixMojibake(text: string): string {
  if (!/[\u00C2-\u00F4]/u.test(text)) return text;
  return text.replace(SEQUENCE, (sequence) => {
    const bytes = [sequence.charCodeAt(0), ...[...sequence.slice(1)].map((char) => CONTINUATION.get(char)!)];
    try {
      return STRICT_UTF8.decode(Uint8Array.from(bytes));
    } catch {
      return sequence;
    }
  });
}
