// Rule "quote-coordination": a quotation spoken by coordinated persons („…“, erklärten Landrat A und
// Bürgermeisterin B / "…," said A and B) is a quotation of each of them.
import type { Located } from './located.js';
import type { LanguagePack } from './pack.js';
import type { Doc } from './types.js';

/** The persons coordinated with the speaker right after its mention. */
export function coordinatedSpeakers(doc: Doc, who: Located, speakers: Located[], pack: LanguagePack): Located[] {
  const out: Located[] = [];
  let last = who;
  for (const l of speakers) {
    if (l.start < last.end || l.id === who.id) continue;
    const between = doc.text.slice(last.end, l.start);
    if (!pack.speakerJoin.test(between) || /[.!?;:]/.test(between)) break;
    out.push(l);
    last = l;
  }
  return out;
}
