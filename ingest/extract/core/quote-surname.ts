// Rule "quote-surname": a speaker named by academic title and surname only ("so Landrat Dr. Lenz") that stayed a
// person of its own is the one fuller person of the release with that surname ("Kai Lenz").
import type { Located } from './located.js';

const ACADEMIC = /^(?:(?:Dr|Prof)\.\s*)+/u;

/** The fuller person a title-and-surname speaker stands for, else the speaker itself. */
export function fullerSpeaker(who: Located, located: Located[]): Located {
  if (!ACADEMIC.test(who.entity.name)) return who;
  const surname = who.entity.name.replace(ACADEMIC, '').trim().toLowerCase();
  if (!surname || /\s/.test(surname)) return who;
  const fuller = new Map<string, Located>();
  for (const l of located) {
    if (l.entity.type !== 'Person' || l.id === who.id) continue;
    const words = l.entity.name.replace(ACADEMIC, '').trim().split(/\s+/);
    if (words.length >= 2 && words[words.length - 1]!.toLowerCase() === surname) fuller.set(l.id, l);
  }
  return fuller.size === 1 ? [...fuller.values()][0]! : who;
}
