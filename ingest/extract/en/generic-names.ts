// Capitalised phrases that name a class or a thing, not one body: "Local Authorities", "Smart Meter".
import { isAcronym } from '../core/tokens.js';
import type { Token } from '../core/types.js';
import { isFirstName, placeTier } from '../gazetteer/index.js';
import { englishTag, isCommonEnglish } from '../nlp/lexicon.js';
import { EN_ORG_HEADS, EN_SITE_HEADS } from './lexicon.js';
import { CONNECT } from './words.js';

/** The singular of a plural head word ("authorities" → "authority"), or null when the word is no plural. */
function singularHead(norm: string): string | null {
  const heads = [norm.replace(/ies$/, 'y'), norm.replace(/es$/, ''), norm.replace(/s$/, '')];
  return norm.endsWith('s')
    ? (heads.find((h) => h !== norm && (EN_ORG_HEADS.has(h) || EN_SITE_HEADS.has(h))) ?? null)
    : null;
}

/** True for an ordinary word: common English, no acronym, first name or gazetteer place. */
const ordinary = (t: Token): boolean =>
  CONNECT.has(t.norm) || (!isAcronym(t) && isCommonEnglish(t.text) && !isFirstName(t.text) && !placeTier(t.text));

/** True when the words are ordinary words ending in a plural head ("Parish Councils", "Housing Associations"). */
export function isGenericPlural(toks: readonly Token[]): boolean {
  const last = toks[toks.length - 1];
  return !!last && singularHead(last.norm.replace(/[’']s?$/, '')) !== null && toks.every(ordinary);
}

/** A people's adjective ("Welsh", "British"): it makes ordinary words a national body ("Welsh Rugby League"). */
const demonym = (t: Token): boolean => englishTag(t.text) === 'Demonym' || t.norm === 'british';

/** True when an organisation name is ordinary words only, without head, people's adjective or "of" ("Smart Meter"). */
export function isHeadlessCommonPhrase(toks: readonly Token[]): boolean {
  const last = toks[toks.length - 1];
  return (
    !!last && !EN_ORG_HEADS.has(last.norm) && toks.every(ordinary) && !toks.some((t) => demonym(t) || t.norm === 'of')
  );
}

/** Words that say what kind of school it is: with them alone "Primary School" names a stage, not a school. */
const SCHOOL_KIND =
  /^(?:primary|secondary|junior|infant|infants|nursery|high|grammar|middle|post-primary|special|state|independent|boarding|school|college)$/;

/** True when the words are a kind of school only ("in Primary School", "Secondary School"). */
export function isSchoolKind(toks: readonly Token[]): boolean {
  const last = toks[toks.length - 1];
  return (last?.norm === 'school' || last?.norm === 'college') && toks.every((t) => SCHOOL_KIND.test(t.norm));
}
