// Grammatical gender of German pronouns and titles, for pronoun attribution of quotations.
import type { Gender } from '../core/pack.js';

/** "er" → m, "sie" → f (read as feminine singular first; a plural "sie" finds no gendered title and fits anyone). */
export function germanPronounGender(norm: string): Gender {
  if (norm === 'er') return 'm';
  if (norm === 'sie') return 'f';
  return 'x';
}

/** Gender of a German title, from its first word: "Landrätin" → f, "Landrat" → m, "Vorsitzende" → x. */
export function germanTitleGender(title: string): Gender {
  const head = title.split(/\s+/)[0] ?? '';
  if (/(?:in|innen|frau)$/u.test(head)) return 'f';
  if (/(?:er|or|rat|ent|ant|chef|mann|meister|ist)$/u.test(head)) return 'm';
  return 'x';
}
