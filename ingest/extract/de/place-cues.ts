// Words before a town that make it a stop of a visit: "besuchte sie Talheim", "Stationen waren Kleinfurt und …".
import type { Doc, Sentence, Token } from '../core/types.js';

// visit verbs (folded) before the place or before a pronoun subject and the place
const VISIT_VERBS = new Set(
  'besucht besuchte besuchten besuchen besichtigt besichtigte besichtigten bereist bereiste bereisten erreichte erreichten'.split(
    ' ',
  ),
);
const PRONOUN = new Set(['er', 'sie', 'wir']);
// "Stationen waren X …", "Erste Station war X", "Ziel ist X"
const STOP_NOUNS = new Set(['station', 'stationen', 'ziel', 'ziele', 'halt', 'etappe', 'etappen']);
const COPULA = new Set(['war', 'waren', 'ist', 'sind', 'bildete', 'bildeten']);

/** True when the words before k name a visit stop: a visit verb (and a pronoun), or a stop noun and a copula. */
export function afterStopCue(toks: readonly Token[], k: number, from: number): boolean {
  const prev = toks[k - 1];
  const before = toks[k - 2];
  if (!prev || k - 1 < from || prev.post !== ' ') return false;
  if (VISIT_VERBS.has(prev.norm)) return true;
  if (!before || k - 2 < from || before.post !== ' ') return false;
  if (PRONOUN.has(prev.norm) && VISIT_VERBS.has(before.norm)) return true;
  return COPULA.has(prev.norm) && STOP_NOUNS.has(before.norm);
}

// words (folded stems) that make a sentence one about a visit or a tour stop
const VISIT_WORD =
  /^(?:besuch|besicht|station|rundgang|tour|reise|bereis|halt|empf(?:a|i)ng|begruess|eroeffn|informierte|weiter|termin|programm|ankunft|ankam)/;
/** True when the sentence speaks of a visit. */
export function visitSentence(doc: Doc, s: Sentence): boolean {
  return doc.tokens.slice(s.from, s.to).some((t) => VISIT_WORD.test(t.norm));
}
