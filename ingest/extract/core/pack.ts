import type { Language } from '../../../src/domain/index.js';
import type { WorkEntity } from './entities.js';
import type { RoleRule } from './role-proposals.js';
import type { VisitCues } from './visited.js';
import type { Candidate, Doc, Sentence, Token } from './types.js';

/** A reference to a person by title only ("der Landrat", "the Minister"). */
export interface TitleRef {
  start: number;
  end: number;
  title: string;
}

/** Grammatical gender a pronoun asks for or a title shows; "x": none (fits anyone). */
export type Gender = 'f' | 'm' | 'x';

/** Everything language-specific the shared pipeline needs. */
export interface LanguagePack {
  language: Language;
  /** Entity candidates and title references. */
  recognise(doc: Doc): { candidates: Candidate[]; titleRefs: TitleRef[] };
  /** Rules whose candidates may sit inside another candidate (an organisation inside a genitive phrase). */
  nestableRules: ReadonlySet<string>;
  /** Last word (folded, lower case) before a short form that makes the longer name about something else ("der", "of"). */
  nameLinkWord: RegExp;
  /** What may stand between a role title and the organisation that completes it ("des", "of the"); absent: none. */
  titleOrgLink?: RegExp;
  /** What may stand between a person mention and the organisation named right after it ("vom", "of the", "("). */
  roleOrgLink: RegExp;
  /** Titles that state a distinction or a profession, not an office ("Preisträger", "Jurist", "award winner"): kept
   * on the person, no HOLDS_ROLE; absent: none. */
  notARole?: RegExp;
  /** Names of political parties ("SPD", "Labour"): in brackets after a name they state membership; absent: none. */
  partyName?: RegExp;
  /** Index of the token that states a visit in the sentence, or -1. */
  visitCue(doc: Doc, s: Sentence): number;
  /** True for words that attribute speech ("betont", "said"). */
  isSpeechCue(t: Token): boolean;
  /** Subject pronouns that continue the current actor ("sie", "he"). */
  pronouns: ReadonlySet<string>;
  /** Gender a subject pronoun asks for ("sie" → f, "they" → x). */
  pronounGender(norm: string): Gender;
  /** Gender a role title shows ("Landrätin" → f, "chairwoman" → f, "Minister" in English → x). */
  titleGender(title: string): Gender;
  /** Inflection ending of a word of a name (case and number), cut when matching a title's organisation loosely. */
  inflectionEnding: RegExp;
  /** The title as a role: a German title loses the verb its phrase ran into; absent: unchanged. */
  trimTitle?(title: string): string;
  /** Gender- and case-neutral key of a title, for matching title references to persons. */
  titleKey(title: string): string | null;
  /** The organisation a bare title implies in this release ("Landrat" → "Landkreis X"). */
  implicitOrg(
    title: string,
    ents: WorkEntity[],
    ctx: { doc: Doc; sentence: Sentence | undefined; person?: WorkEntity },
  ): WorkEntity | undefined;
  /** The language capitalises all nouns, so capitals do not tell a quoted name from quoted speech. */
  capitalisedNouns: boolean;
  /** Sentence cues for the visit rule. */
  visit: VisitCues;
  /** Paragraph introducer of quotes without marks ("X said:"). */
  quoteIntroducer: RegExp;
  /** Opening of a sentence that refers back to the quotation before it ("Mit diesen Worten …", "With these words"). */
  quoteBackReference: RegExp;
  /** Abbreviations whose dot ends no sentence, with the dot ("Dr.", "Mr."); global, for replace. */
  dottedAbbreviation: RegExp;
  /** Text between two coordinated speakers ("und", "and" and up to three title words). */
  speakerJoin: RegExp;
  /** Text before a person mention that makes it a prepositional object ("zum Tod von ", "with "); absent: none. */
  speakerObject?: RegExp;
  /** Rules that propose further roles once entities are known (applied before HOLDS_ROLE). */
  roleRules?: RoleRule[];
  /** True for a plural title reference ("the commissioners") that means all persons holding it; absent: never. */
  isPluralTitle?(title: string): boolean;
  /** ISO date stated in a sentence, if any (year taken from the release date). */
  findDate(text: string, releaseDate: string | null): string | null;
}
