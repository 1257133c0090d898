// The German language pack: wires the German rules into the shared pipeline.
import { fold } from '../../../src/domain/index.js';
import type { LanguagePack } from '../core/pack.js';
import { findGermanDate } from './dates.js';
import { DE_HOST_VERBS, DE_PASSIVE_HOST, DE_SPEECH_VERBS, DE_VISIT_FRAME, DE_VISIT_PHRASES } from './cues.js';
import { recogniseGerman } from './recognise.js';
import { germanTitleKey } from './title-key.js';
import { germanPronounGender, germanTitleGender } from './gender.js';
import { trimGermanTitle } from './trim-title.js';
import { germanImplicitOrg } from './implicit-org.js';
import { germanPluralTitleRoles } from './plural-titles.js';
import { germanPostnominalRoles } from './postnominal-roles.js';
import { germanPredicativeRoles } from './predicative-roles.js';
import { germanFrontedAlsRoles } from './als-roles.js';
import type { NameTagger } from '../ner/tagger.js';
import { withTaggerProposals } from './tagger-proposals.js';
import { withoutCompassWords } from './compass-words.js';
import { germanSharedAppositionRoles } from './shared-apposition.js';
import { germanContactRoles } from './contact-role.js';

const SPEECH = new Set(DE_SPEECH_VERBS.map((w) => fold(w)));
const VISIT_TOKEN =
  /^(?:(?:\p{L}*besuch(?:e|s|es|en)?)|besuchs(?:programm|tag|termin|termine|reise|station|tour)|besucht|besuchte|besuchten|besuchen|besichtig\p{L}*|rundgang|stippvisite|visite|gast|gaeste|station|\p{L}*tour|informationsreise|bereisung|kreisbereisung|bereist|bereiste|bereisten|eroeffne\p{L}*|eroeffnung|einweihung|eingeweiht|weihte)$/u;
const VISIT_PHRASE =
  /\b(?:zu Gast|vor Ort|machte? Station|Gang (?:durch|über)|stattete\p{L}* .{0,60}Besuch|sich\b.{0,120}\binformier\p{L}*|informierte\p{L}* sich)/u;

/** German language pack. */
export const germanPack: LanguagePack = {
  language: 'de',
  recognise: (doc) => withoutCompassWords(recogniseGerman(doc)),
  nestableRules: new Set(['de-org-genitive-inner', 'de-org-title-prefix']),
  nameLinkWord: /\b(?:der|des|die|das|fuer|von|vom|zu|zur|zum|im|und|in)$/,
  titleOrgLink: /^\s+(?:des|der|vom|von der|beim|bei der)\s+$/u,
  roleOrgLink:
    /^\s*(?:\(\s*|,\s*)?(?:von der|von den|vom|von|aus dem|aus der|bei der|beim|für die|für den)\s+$|^\s*\(\s*$/u,
  notARole: /(?:preisträger|gewinner|sieger|stipendiat|jurist|jubilar)(?:in|innen)?$/iu,
  partyName:
    /^(?:CDU|CSU|SPD|FDP|AfD|BSW|ÖDP|Grüne|Die Grünen|Bündnis 90\/Die Grünen|Die Linke|Linke|Freie Wähler|Piraten)$/u,
  visitCue(doc, s) {
    for (let i = s.from; i < s.to; i++) {
      const t = doc.tokens[i]!;
      if (VISIT_TOKEN.test(t.norm) || (t.tags.has('DeVisit') && /besuch|besicht/.test(t.norm))) return i;
    }
    const m = VISIT_PHRASE.exec(s.text) ?? DE_VISIT_PHRASES.exec(s.text);
    if (m) {
      const at = s.start + m.index;
      for (let i = s.from; i < s.to; i++) if (doc.tokens[i]!.end > at) return i;
    }
    return -1;
  },
  visit: {
    cancel: /\b(?:abgesagt|absagen|sagt(?:e)?\b[^.]{0,60}\bab\b|verschoben|fällt aus)/,
    continuation:
      /\b(?:Zunächst|zunächst|Darauf|darauf folgt|Anschließend|anschließend|Im Anschluss|im Anschluss|Danach|danach|Auftakt|Termin|Abschluss|Außerdem|Weiter geht)\b/,
    companion: /\b(?:[Bb]egleitet|in Begleitung)\b/,
    companionActive: /\bbegleitete(?:n)?\b/,
    joiners:
      /(?<![\p{L}])(?:[Mm]it dabei (?:waren|war|sind|ist)|(?:waren|war|sind|ist) (?:auch |ebenfalls |außerdem )?mit dabei|[Ee]benfalls (?:mit )?dabei (?:waren|war|sind|ist)|(?:waren|war|sind|ist) (?:ebenfalls|auch) dabei|mit von der Partie|(?:[Zz]ur|[Dd]er) (?:\p{L}+ )?(?:Delegation|Reisegruppe|Besuchergruppe|Abordnung) gehörte|gehörten (?:auch |außerdem |zudem |ferner )?(?:der|zur) (?:\p{L}+ )?(?:Delegation|Reisegruppe|Besuchergruppe|Abordnung)\b|[Tt]eil der (?:Delegation|Reisegruppe|Besuchergruppe) (?:waren|war)|[Aa]n der Spitze (?:der|des) (?:\p{L}+ )?(?:Delegation|Reisegruppe|Besuchergruppe|Abordnung) (?:stand|standen))/u,
    origin: /\b(?:aus|vom|von der|aus dem|aus der)\s+(?:dem\s+|der\s+)?$/,
    nominalVisit:
      /^(?:Bei|Beim|Während|Nach)\s+(?:(?:einem|seinem|ihrem|dem|des)\s+)?(?:\p{L}+\s+)?(?:Besuch|Rundgang)/u,
    frontedPlace: /^(?:Im|In der|In|Bei)\s/,
    frontedStop: /^\s*(?:Im|Beim|(?:In|Bei|Auf)(?:\s+(?:der|dem|den))?)\s+/u,
    // "A (CDU) und B", "A MdL und B", ", ihr Stellvertreter B", "A mit ihrem Stellvertreter B"
    coVisitor:
      /^[\s,]*(?:\([^)]*\)\s*)?(?:Md[A-Z]{1,3}\s*)?(?:,|und|sowie|mit (?:ihrem|seinem|ihren|seinen|ihrer|seiner))\s+(?:(?:seine|ihre|sein|ihr|dessen|deren|der|die|dem|den)\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u,
    affiliation: /^\s*(?:vom|von der|von den|von|aus dem|aus der|aus|des|der|beim|bei der)\s+$/u,
    guestJoin: /^[\s,]*(?:und|sowie)?\s*(?:\p{L}+\s+){0,3}$/u,
    cueObjectLink: /^\s*(?:der|des|im|in der|ins|zum|zur|bei der|beim)\s+$/,
    directObject: /^\s*(?:(?:das|die|den|dem|der)\s+)?(?:\p{L}+\s+)?$/u,
    objectCue: /^(?:mit|trifft|traf|treffen|empfing|empfängt|begrüßte|begrüßt|dankte)$/i,
    objectNameLink: /^(?:und|der|die|dem|den)$/i,
    eventName:
      /(?:schau|fest|festival|messe|tag|woche|ausstellung|day|week|show|fair|games|conference|summit|expo|\d{4})$/i,
    orgLocator: /^[\s,„“”"]*(?:in|im|nach|bei)\s+(?:der|dem|den)?\s*(?:Firma\s+)?[\s,„“”"]*$/i,
    placedBy: /^,\s*in\s+$/,
    partyJoin: /^\s*(?:,|und|sowie)\s+(?:[\p{L}.-]+\s+){0,3}$/u,
    frame: DE_VISIT_FRAME,
    host: DE_HOST_VERBS,
    guestPronoun: /^\s+(?:sie|ihn|ihnen)\b/,
    passiveHost: DE_PASSIVE_HOST,
    passiveAgent: /\b(?:von|vom)\s/u,
    // "Besuch von Ministerin A", "hatte hohen Besuch: Ministerin A und …"
    visitorAfterNoun: /^\s*(?:(?:von|vom)\s+|:\s*)(?:\p{L}+\s+){0,3}$/u,
  },
  capitalisedNouns: true,
  dottedAbbreviation: /\b(?:Dr|Prof|St)\./g,
  // up to three title words between the conjunction and the next name ("und Erste Kreisbeigeordnete")
  speakerJoin: /^\s*(?:,\s*)?(?:und|sowie|&)\s+(?:[\p{L}.-]+\s+){0,3}$/u,
  // "sagte zum Abschied von Landrat B:" — B is spoken about; up to three capitalised title words before the name
  speakerObject:
    /(?:^|\s)(?:von|vom|mit|an|am|über|gegenüber|bei|beim)\s+(?:(?:der|dem|den|des)\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u,
  quoteIntroducer:
    /(?:^|[^\p{L}])(?:sagt|sagte|betont|betonte|erklärt|erklärte|ergänzt|ergänzte|unterstreicht|unterstrich|zeigt|zeigte|freut|freute|resümiert|resümierte|bilanziert|bilanzierte|so)(?![\p{L}])[^\n]*:\s*\n|(?:^|\n)[ \t]*(?:Zitate?|Statement|O-Ton)\s[^\n:]{0,120}:\s*\n/u,
  // "Mit diesen Worten eröffnete X …" after a quotation names its speaker
  quoteBackReference:
    /^\s*(?:Mit\s+diese[nm]\s+(?:Worten|Zeilen|Sätzen|Satz|Appell|Aufruf)|Diese\s+Worte\s+(?:stammen|kamen)\s+von)(?![\p{L}])/u,
  isSpeechCue: (t) => SPEECH.has(t.norm) || t.tags.has('DeSpeech'),
  pronouns: new Set(['er', 'sie']),
  pronounGender: germanPronounGender,
  titleGender: germanTitleGender,
  trimTitle: trimGermanTitle,
  inflectionEnding: /(?:en|er|es|em|e|s|n)$/,
  titleKey: germanTitleKey,
  implicitOrg: germanImplicitOrg,
  roleRules: [
    germanPluralTitleRoles,
    germanPostnominalRoles,
    germanPredicativeRoles,
    germanFrontedAlsRoles,
    germanSharedAppositionRoles,
    germanContactRoles,
  ],
  findDate: findGermanDate,
};

/** The German pack with the learned name tagger as an extra proposal source (null: rules only). */
export function createGermanPack(tagger: NameTagger | null): LanguagePack {
  if (!tagger) return germanPack;
  return {
    ...germanPack,
    recognise: (doc) => withoutCompassWords(withTaggerProposals(doc, germanPack.recognise(doc), tagger)),
  };
}
