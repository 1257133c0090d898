import type { Language } from '../../src/domain/release.js';

/** "de-DE", "deu", "Deutsch", "en_GB", "English" → the language civicgraph knows, or undefined. */
export function toLanguage(value: string | null | undefined): Language | undefined {
  const code = (value ?? '').trim().toLowerCase();
  if (/^(?:de(?:[-_].*)?|deu|ger|deutsch|german)$/u.test(code)) return 'de';
  if (/^(?:en(?:[-_].*)?|eng|english|englisch)$/u.test(code)) return 'en';
  return undefined;
}
