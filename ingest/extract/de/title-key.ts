import { fold } from '../../../src/domain/index.js';
import { germanTitle } from './titles.js';

/** Gender/case-neutral key of a German title: "Landrätin" → "landrat", "Landesbeauftragten" → "landesbeauftragt". */
export function germanTitleKey(title: string): string | null {
  const words = title.split(/\s+(?:des|der|für|von|vom|im|am|zu)\s+/)[0]!.split(/\s+/);
  const head = words[words.length - 1] ?? '';
  const base = fold(head.split(/[-‐‑–]/).pop() ?? head);
  if (!base) return null;
  if (!germanTitle(head)) return base;
  return base
    .replace(/innen$|in$/, '')
    .replace(/(beauftragt|vorsitzend|abgeordnet|beigeordnet)(?:e|er|en|es|em)$/, '$1')
    .replace(/(ent|ant|or|ar|eur)(?:en|es|s)$/, '$1')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u');
}
