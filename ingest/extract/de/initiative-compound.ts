// Rule "de-ini-compound": compounds of an award/tour/show head, "Nachbarschaftspreis (des Landkreises Kleinfurt)",
// "Landesblumenschau Kleinfurt 2021". A bare compound is a short form of the full name when the release has one, and
// a thing of its kind otherwise ("der Umweltpreis", "einen Geldpreis").
import { initiative, type InitiativeMatch } from './initiative-candidate.js';
import { isGenericPrice } from './initiative-generic.js';
import { isProperWord } from './organisations.js';
import { denominalizeGenitive } from './words.js';
import type { Doc, Sentence, Token } from '../core/types.js';

const COMPOUND_CUES = /(?:preis|tour|gartenschau|wettbewerb|kampagne|fonds|festival|initiative)(?:es|s)?$/;
const NOT_COMPOUND = /^(?:preis|tour|initiative|kampagne|fonds|festival|wettbewerb|integrationsinitiative)/;
const INDEFINITE = /^(?:ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|jede|jeder|jedes)$/;
const BODY_GENITIVE = /^(?:landkreises|kreises|landes|bundes|stadt|freistaates|bezirks)$/;

const open = (t: Token): boolean => !/[,;:.]/.test(t.post);

/** Last token of the name: a proper word, a year, then "des Landkreises X" may follow the compound. */
function compoundEnd(toks: Token[], s: Sentence, k: number): number {
  let e = k;
  if (isProperWord(toks[e + 1]) && e + 1 < s.to && open(toks[e]!)) e++;
  if (/^\d{4}$/.test(toks[e + 1]?.text ?? '') && e + 1 < s.to && open(toks[e]!)) e++;
  const g = toks[e + 1];
  const ofBody =
    g &&
    (g.norm === 'des' || g.norm === 'der') &&
    BODY_GENITIVE.test(toks[e + 2]?.norm ?? '') &&
    isProperWord(toks[e + 3]) &&
    e + 3 < s.to &&
    open(toks[e]!);
  return ofBody ? e + 3 : e;
}

/** True when the release names the compound somewhere with a place, year or awarding body after it. */
function namedElsewhere(doc: Doc, head: string): boolean {
  const toks = doc.tokens;
  return doc.sentences.some((s) => {
    for (let i = s.from; i < s.to; i++)
      if (toks[i]!.text.startsWith(head) && denominalizeGenitive(toks[i]!.text) === head && compoundEnd(toks, s, i) > i)
        return true;
    return false;
  });
}

/**
 * An award, tour or garden-show compound with what names it; nominative after a genitive article. The bare compound
 * ("der Umweltpreis") names a kind of award, so it is taken only as a short form of one the release names in full.
 */
export function compoundCueRule(doc: Doc, s: Sentence, k: number): InitiativeMatch | null {
  const toks = doc.tokens;
  const t = toks[k]!;
  if (
    !t.cap ||
    !COMPOUND_CUES.test(t.norm) ||
    NOT_COMPOUND.test(t.norm) ||
    isGenericPrice(t.norm) ||
    /preistraeger/.test(t.norm)
  )
    return null;
  const e = compoundEnd(toks, s, k);
  const prev = toks[k - 1];
  if (e === k && prev && INDEFINITE.test(prev.norm)) return null;
  const genitive = prev && /^(?:des|eines)$/.test(prev.norm);
  const head = genitive ? denominalizeGenitive(t.text) : t.text;
  if (e === k && !namedElsewhere(doc, head)) return null;
  const name = head + doc.text.slice(t.end, toks[e]!.end);
  const c = initiative(name, t.start, toks[e]!.end, e > k ? 0.8 : 0.7, 'de-ini-compound', [t.text]);
  return { candidates: [c], last: e };
}
