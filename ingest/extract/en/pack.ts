// The English language pack: wires the English rules into the shared pipeline.
import type { Gender, LanguagePack } from '../core/pack.js';
import { findEnglishDate } from './dates.js';
import { trimEnglishTitle } from './trim-title.js';
import { englishImplicitOrg } from './implicit-org.js';
import { EN_SPEECH } from './lexicon.js';
import { recogniseEnglish } from './recognise.js';
import type { NameTagger } from '../ner/tagger.js';
import { withEnglishTaggerProposals } from './tagger-proposals.js';

const VISIT_TOKEN =
  /^(?:visit|visits|visited|visiting|toured|tour|tours|touring|opened|opens|open|met|meets|meet|welcomed|hosted|inaugurat\p{L}*|attended|attends|attend|heading|arrival)$/u;
const VISIT_PHRASE =
  /\b(?:will be in|was in|were in|given a (?:guided )?tour|went to|travelled to|stopped at|called in at|dropped in|saw (?:at )?first[- ]hand|see (?:at )?first[- ]hand|joined (?:staff|pupils|students|volunteers|workers|apprentices|families) (?:at|of|from))\b/;

/** Key of an English title for coreference: its head word ("Secretary of State for Wales" → "secretary"). */
export function englishTitleKey(title: string): string | null {
  const t = title
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .split(/\s+(?:of|for|at)\s+/)[0]!
    .trim();
  if (!t) return null;
  const words = t
    .split(/\s+/)
    .map((w) => w.replace(/s$/, '').replace(/chairm[ae]n|chairwom[ae]n|chairperson/, 'chair'));
  return words[words.length - 1] ?? null;
}

/** Gender an English title shows: only "-woman", "-ess" (f) and "-man" (m) on its last word tell. */
export function englishTitleGender(title: string): Gender {
  const head = title.split(/\s+/).pop() ?? '';
  if (/(?:woman|ess)$/iu.test(head)) return 'f';
  if (/man$/iu.test(head)) return 'm';
  return 'x';
}

/** English language pack. */
export const englishPack: LanguagePack = {
  language: 'en',
  recognise: recogniseEnglish,
  nestableRules: new Set(['en-org-inner']),
  nameLinkWord: /\b(?:of|the|for|and|at|in)$/,
  titleOrgLink: /^\s+(?:of|at|for)\s+(?:the\s+)?$/u,
  roleOrgLink: /^\s*(?:\(\s*|,\s*)?(?:of the|of|from the|from|at the|at)\s+$|^\s*\(\s*$/u,
  notARole: /\b(?:winner|recipient|laureate|finalist)s?$/iu,
  partyName:
    /^(?:Labour|Labour Party|Conservatives?|Conservative Party|Liberal Democrats|Lib Dems?|SNP|Plaid Cymru|Green Party|Greens|Sinn Féin|DUP|SDLP|Fine Gael|Fianna Fáil|Democrats?|Republicans?)$/u,
  visitCue(doc, s) {
    for (let i = s.from; i < s.to; i++) if (VISIT_TOKEN.test(doc.tokens[i]!.norm)) return i;
    const m = VISIT_PHRASE.exec(s.text);
    if (m) {
      const at = s.start + m.index;
      for (let i = s.from; i < s.to; i++) if (doc.tokens[i]!.end > at) return i;
    }
    return -1;
  },
  visit: {
    cancel: /\b(?:cancel(?:led|s)?|postponed|called off)\b/i,
    continuation:
      /\b(?:Afterwards|afterwards|Finally|finally|Then|Later|later|Next|Going on to|Heading to|Before that|After that)\b/,
    companion: /\b(?:accompanied by|joined by)\b/,
    companionActive: /\baccompanied\b(?!\s+by\b)/,
    joiners:
      /\b(?:[Aa]lso (?:present|attending|on the (?:visit|tour)|joining (?:him|her|them|the \p{L}+)) (?:were|was)|[Jj]oining (?:him|her|them|the \p{L}+) (?:were|was|on the (?:visit|tour))|(?:was|were) also (?:present|in attendance|part of the (?:delegation|visiting party))|[Tt]he (?:delegation|visiting party) (?:also )?included)\b/u,
    origin: /\bfrom\s+(?:the\s+)?$/,
    clauseEnd:
      /,\s+(?:located|situated|based|which|where|whose|who|one of|(?:also\s+)?known (?:as|by)|highlighting|underlining|underscoring|marking|showcasing)\b/,
    // "schools in Harwick and Dunmere", "Gaelscoil Talbridge in Harwick": the place holds the stop, it is none itself
    // (people met there, "apprentices in Y", make Y the stop)
    areaOfStops:
      /(?:\b(?:schools|facilities|sites|universities|colleges|businesses|companies|firms|farms|projects|centres|centers|hospitals|clinics|homes|premises|plants|factories|venues|offices|depots|stations|libraries|museums)|\p{Lu}[\p{L}’'-]*[^\Ws])\s+(?:across|in|around|throughout)\s+(?:the\s+)?$/u,
    host: /\b(?:welcomed|welcomes|thanked|thanks|hosted|hosts|showed|shows|greeted)\b/,
    guestPronoun: /^\s+(?:them|him|her)\b/,
    passiveHost: /\b(?:was|were|been|being|is|are)\s+(?:\p{L}+\s+)?(?:welcomed|thanked|hosted|shown|greeted)\b/u,
    visitorAfterNoun: /^\s*(?:from|by)\s+(?:\p{L}+\s+){0,3}$/u,
    nominalVisit: /^(?:During|On)\s+(?:(?:his|her|the|a)\s+)?(?:\p{L}+\s+)?(?:visit|tour)/u,
    frontedPlace: /^(?:In|At)\s/,
    frontedStop: /^\s*(?:In|At)\s+(?:the\s+)?/u,
    guestJoin: /^[\s,]*(?:and)?\s*(?:\p{L}+\s+){0,3}$/u,
    cueObjectLink: /^\s*(?:to|of|at)\s+(?:the\s+)?$/,
    directObject: /^\s*(?:(?:the|a|an)\s+)?(?:\p{L}+\s+)?$/u,
    coVisitor:
      /^[\s,]*(?:\([^)]*\)\s*)?(?:,|and|together with)\s+(?:(?:his|her|the)\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u,
    affiliation: /^\s*,?\s*(?:of|from|at)\s+(?:the\s+)?$/u,
    objectCue: /^(?:by|with|meets|met|meeting|welcomed|welcomes|thanked)$/i,
    objectNameLink: /^(?:and|the)$/i,
    eventName: /(?:fest|festival|day|week|show|fair|games|conference|summit|expo|\d{4})$/i,
    orgLocator: /^[\s,“”"]*in\s+(?:the)?\s*[\s,“”"]*$/i,
    placedBy: /^,\s*in\s+$/,
    partyJoin: /^\s*(?:,|and)\s+(?:[\p{L}.-]+\s+){0,3}$/u,
    frame: {
      station:
        /\b(?:[Nn]ext stop|[Ff]irst stop|[Ff]inal stop|[Tt]he (?:tour|visit|day|trip) (?:continued|moved on|ended|concluded|finished)|(?:continued|concluded|ended|finished) with a (?:visit|tour|stop)|[Aa] tour of|was followed by a visit)\b/,
      travel:
        /\b(?:was shown (?:round|around)|were shown (?:round|around)|headed (?:to|for)|flew to|fly to|flies to|travel(?:s|led)? (?:to|through|across)|trip to|journey to|went on to|moved on to|stopped off (?:at|in)|stopping off (?:at|in)|called in (?:at|on)|paid a visit to|on a visit to|arrived in|tour (?:of|through|around|across)|(?:was|were) (?:then )?taken to)\b/,
      locatesOnly: /^\s*(?:-based|based|headquartered)\b/,
      itinerary: /^[ \t]*(?:[–—•*·-]\s|\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|h)\b)/u,
      stopEvent: /(?:fest|day|week|show|fair|expo)$/i,
      programme:
        /\b(?:(?:was|were) (?:also )?on the (?:itinerary|programme|agenda)|[Oo]n the (?:itinerary|programme) (?:was|were))\b/,
      group:
        /\b(?:[Tt]he|[Tt]his)\s+(?:\p{L}+\s+)?(?:delegation|visitors|guests|group|party|ministers|delegates)\b|\b[Bb]oth\b(?!\s+(?:of|the)\b)/u,
      passive: /\b(?:was|were|is|are|will be|has been|have been)\s+(?:\p{L}+\s+)?(?:visited|toured|opened)\s+by\b/u,
      owner: /^\s+of\s+(?:the\s+)?$/u,
      member:
        /(?:,|\band|\bwith)\s+(?:\p{L}+\s+)?(?:representatives|officials|staff|members|delegation|team)\s+(?:from|of)\s+(?:the\s+)?$/u,
      together: /(?:[Aa]ccompanied by|[Jj]oined by)\s+(?:(?:the|his|her)\s+)?(?:[\p{L}.-]+\s+){0,4}$/u,
      delegationOf: /(?:^|\s)(?:[Aa]n?|[Tt]he)\s+(?:\p{Ll}+\s+)?delegation\s+(?:from|of)\s+(?:the\s+)?$/u,
      ownerOf: /(?:^|\s)(?:owned by|run by|led by|founded by)\s+(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u,
      organiser: /(?:[Aa]t the invitation of|invited by|organised by|organized by|hosted by)\s+(?:the\s+)?$/,
    },
  },
  capitalisedNouns: false,
  dottedAbbreviation: /\b(?:Dr|Prof|St|Mr|Mrs|Ms)\./g,
  // up to three title words between the conjunction and the next name ("and Deputy Chief Constable")
  speakerJoin: /^\s*(?:,\s*)?(?:and|&)\s+(?:[\p{L}.-]+\s+){0,3}$/u,
  // "Speaking to Councillor B, A said:" — B is spoken to; up to three capitalised title words before the name
  speakerObject: /(?:^|\s)(?:with|to|about|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u,
  // "X said:" / "X said today:" / "X, chair of Y, welcomed the news:" ending the paragraph
  // "Quotes attributable to Minister X:" heads the quotations that follow it (government media releases)
  quoteIntroducer:
    /\b(?:said|says|added|adds|commented|explained|stated|remarked|continued|noted|concluded|welcomed)\b[^\n:]{0,40}:\s*\n|\b(?:quotes?|comments?|remarks?|statement)\s+(?:attributable\s+to|from|by)\s[^\n:]{0,120}:\s*\n/i,
  // "With these words, X opened …" after a quotation names its speaker
  quoteBackReference: /^\s*(?:with\s+(?:these|those)\s+words|these\s+were\s+the\s+words\s+of)\b/i,
  isSpeechCue: (t) => EN_SPEECH.has(t.norm),
  pronouns: new Set(['he', 'she', 'they']),
  pronounGender: (norm) => (norm === 'he' ? 'm' : norm === 'she' ? 'f' : 'x'),
  titleGender: englishTitleGender,
  inflectionEnding: /(?:es|e|s)$/, // "Services" = "Service"
  titleKey: englishTitleKey,
  trimTitle: trimEnglishTitle,
  implicitOrg: englishImplicitOrg,
  findDate: findEnglishDate,
  isPluralTitle: (title) => /s$/.test(title) && !/(?:ss|us)$/.test(title),
};

/** The English pack with the learned name tagger as an extra proposal source (null: rules only). */
export function createEnglishPack(tagger: NameTagger | null): LanguagePack {
  if (!tagger) return englishPack;
  return { ...englishPack, recognise: (doc) => withEnglishTaggerProposals(doc, englishPack.recognise(doc), tagger) };
}
