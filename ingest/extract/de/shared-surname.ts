// Rule "de-per-shared-surname": coordinated first names share the surname written once after the last of them
// ("die Inhaber Jonas und Paul Elberfeld", "Anna, Jonas und Paul Elberfeld" → each first name + Elberfeld).
import type { Candidate, Doc } from '../core/types.js';
import { isFirstName } from '../gazetteer/index.js';
import type { EntityRule, Revision } from './scan.js';

/** The persons before a full name "First Surname", joined to it by "und"/"sowie" and list commas. */
export const sharedSurname: EntityRule = {
  name: 'de-per-shared-surname',
  propose(doc: Doc, earlier: readonly Candidate[]) {
    const toks = doc.tokens;
    const revisions: Revision[] = [];
    const candidates: Candidate[] = [];
    for (const d of earlier) {
      const words = d.name.split(/\s+/);
      if (d.type !== 'Person' || words.length !== 2 || !isFirstName(words[0]!)) continue;
      const at = toks.findIndex((t) => t.start === d.start);
      // the token before the full name must be "und"/"sowie"; before each earlier first name a comma
      if (at < 2 || !/^(?:und|sowie)$/.test(toks[at - 1]!.norm)) continue;
      for (let k = at - 2; k >= 0; k--) {
        const t = toks[k]!;
        const joined = k === at - 2 ? /^\s+$/.test(t.post) : /^,\s*$/.test(t.post);
        if (!joined || !t.cap || !isFirstName(t.text) || t.sent !== toks[at]!.sent) break;
        const name = `${t.text} ${words[1]}`;
        const own = earlier.find((c) => c.start <= t.start && t.end <= c.end);
        if (own && own.type === 'Person' && own.start === t.start && own.end === t.end)
          revisions.push({ of: own, by: { ...own, name, partial: false } });
        else if (!own)
          candidates.push({ type: 'Person', name, start: t.start, end: t.end, confidence: 0.75, rule: this.name });
        else break;
      }
    }
    return { revisions, candidates };
  },
};
