// Name initials: one capital letter, alone ("K") or as the last part of a hyphenated first name ("Hans-P").

const INITIAL = /^(?:\p{Lu}\p{Ll}+[-‐‑–])?\p{Lu}$/u;

/** Whether a token's text is a name initial (its period is not part of the text). */
export function isInitial(word: string): boolean {
  return INITIAL.test(word);
}
