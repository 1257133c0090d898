// Rule en-plc-building: buildings and grounds whose head is also an organisation head are places when the words say
// what the building is for ("Kelby Leisure Centre", "Hartfield Farm"); a centre without such a word stays a body.
import { candidateAt, propose, type RunRule } from './proposals.js';

/** Heads that name grounds rather than the business that runs them. */
const GROUNDS_HEAD = new Set(['farm', 'farms', 'farmhouse']);
/** Centre heads, British and American spelling. */
const CENTRE_HEAD = new Set(['centre', 'center']);
/** Words before "Centre" that say the centre is a building people visit, not an institution. */
const BUILDING_USE = new Set(
  (
    'leisure community sports sport visitor visitors arts heritage shopping civic youth conference exhibition ' +
    'garden activity activities recreation recycling distribution logistics convention events swimming ' +
    'aquatics tennis fitness wellbeing town village family'
  ).split(' '),
);

/** Rule en-plc-building: "… Leisure/Community/Visitor Centre" and "… Farm" are places (a named site). */
export const buildingPlace: RunRule = {
  name: 'en-plc-building',
  apply({ a, b, words, head }, { doc }) {
    if (b === a) return null;
    const grounds = GROUNDS_HEAD.has(head);
    const centre = CENTRE_HEAD.has(head) && BUILDING_USE.has(words[words.length - 2]!.norm);
    // "Centre for …" or "University … Centre" is an institution even with a use word inside
    if (!(grounds || centre) || words.some((w) => w.norm === 'of' || w.norm === 'for')) return null;
    return [propose(candidateAt(doc, 'Place', a, b, 0.7, 'en-plc-building'))];
  },
};
