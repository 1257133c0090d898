// The learned name tagger proposes spans; the German rules decide which become candidates, with what type and name.
import type { Candidate, Doc, Token } from '../core/types.js';
import type { TitleRef } from '../core/pack.js';
import { isAcronym } from '../core/tokens.js';
import { isFirstName, isFrequentGermanNoun, placeTier } from '../gazetteer/index.js';
import { sentenceWords } from '../ner/doc-words.js';
import type { NameTagger } from '../ner/tagger.js';
import { DE_PREFIX_HEADS, LEGAL_FORMS, germanOrgHead, isSiteWord } from './org-lexicon.js';
import { afterDeterminer } from './place-gazetteer.js';
import { germanTitle } from './titles.js';
import { DE_CALENDAR, DE_FUNCTION_WORDS, DE_LOCATIVE, looksLikeCommonNoun } from './words.js';

const TYPE = { PER: 'Person', ORG: 'Organisation', LOC: 'Place' } as const;
// forms of address before a person's name ("Herr Talberg"): no part of the name
const HONORIFIC = /^(?:herr|herrn|frau|fräulein)$/;
// lower-case words that may sit inside a name ("Bundesministerium für Bildung und Forschung", "Frankfurt am Main",
// name particles of other languages: "Ana de la Riva", "Lia da Costa")
const INNER = /^(?:für|und|der|des|die|das|am|an|im|in|ob|von|vom|zu|zur|zum|de|van|la|le|del|della|di|da|du|dos|&)$/;

/** Adds the tagger's spans that no rule found and that pass the pack's checks. */
export function withTaggerProposals(
  doc: Doc,
  found: { candidates: Candidate[]; titleRefs: TitleRef[] },
  tagger: NameTagger,
): { candidates: Candidate[]; titleRefs: TitleRef[] } {
  const refs = found.titleRefs;
  let rules = found.candidates;
  const added: Candidate[] = [];
  const named = new Set<number>(); // token starts inside any tagger span
  for (const s of doc.sentences) {
    const { words, tokenOf, offsets } = sentenceWords(doc, s);
    for (const span of tagger.spans(words)) {
      for (let j = span.from; j < span.to; j++) if (tokenOf[j]! >= 0) named.add(doc.tokens[tokenOf[j]!]!.start);
      if (span.type === 'OTH') rules = withoutWeakInside(doc, rules, tokenOf, span);
      if (!(span.type in TYPE)) continue;
      const toks = tokenOf.slice(span.from, span.to).flatMap((k) => (k < 0 ? [] : [doc.tokens[k]!]));
      const cand = withFinalPeriod(proposal(doc, toks, span.type as keyof typeof TYPE), words, offsets, span.to);
      if (!cand || refs.some((r) => r.start < cand.end && cand.start < r.end)) continue;
      const clash = rules.filter((c) => c.start < cand.end && cand.start < c.end);
      const settled = settle(doc, rules, clash, cand);
      rules = settled.rules;
      if (settled.add) added.push(cand);
    }
  }
  // a one-word town from the gazetteer that the tagger reads as no name: a homograph ("Man", "Steinen")
  rules = rules.filter((c) => !(VETOABLE.test(c.rule) && !/\s/.test(c.name) && !named.has(c.start)));
  return { candidates: [...rules, ...added], titleRefs: refs };
}

const VETOABLE = /^de-plc-gaz-(?:big|mid|small)$/;

/** The rules without the word-list guesses inside a span the tagger reads as another kind of name ("Lotus Domino"). */
function withoutWeakInside(
  doc: Doc,
  rules: Candidate[],
  tokenOf: readonly number[],
  span: { from: number; to: number },
): Candidate[] {
  const toks = tokenOf.slice(span.from, span.to).flatMap((k) => (k < 0 ? [] : [doc.tokens[k]!]));
  if (toks.length === 0) return rules;
  const start = toks[0]!.start;
  const end = toks[toks.length - 1]!.end;
  return rules.filter((c) => !(isWeak(c) && start <= c.start && c.end <= end));
}

/** Decides one tagger proposal against the rule candidates it overlaps: the rules kept, and whether it is added. */
function settle(
  doc: Doc,
  rules: Candidate[],
  clash: Candidate[],
  cand: Candidate,
): { rules: Candidate[]; add: boolean } {
  if (clash.length === 0) return { rules, add: true };
  // the rules read the same words two ways ("EU": an acronym's body and a region): the tagger's reading decides
  if (clash.length > 1 && clash.every((c) => sameSpan(c, cand))) {
    const agree = clash.filter((c) => c.type === cand.type);
    if (agree.length > 0 && agree.length < clash.length)
      return { rules: rules.filter((c) => !clash.includes(c) || agree.includes(c)), add: false };
  }
  const bodies = clash.filter((c) => c.type === 'Organisation');
  const town =
    bodies.length === 1 && clash.every((c) => c === bodies[0] || c.type === 'Place')
      ? townInBody(doc, bodies[0]!, cand)
      : null;
  if (town) return { rules: [...rules.filter((c) => !clash.includes(c)), town], add: false };
  const dropped = (): { rules: Candidate[]; add: boolean } => ({
    rules: rules.filter((c) => !clash.includes(c)),
    add: true,
  });
  const c = clash[0]!;
  if (clash.length === 1 && cand.type === 'Person' && c.type === 'Person' && (isListPerson(c) || within(c, cand))) {
    // a first-name-list guess ran past the name or stopped short, or a rule found part of the tagger's name:
    // keep the rule's person (its roles, its rule), take the tagger's words
    return {
      rules: rules.map((r) => (r === c ? { ...c, start: cand.start, end: cand.end, name: cand.name } : r)),
      add: false,
    };
  }
  // the rules stopped short of a body's name that the tagger reads on ("Institut für Talforschung" + "Nord", "Firma
  // Talsoft" + "Media"): the rule's candidate keeps its name and rule and takes the tagger's end
  if (clash.length === 1 && isCutShort(c, cand))
    return {
      rules: rules.map((r) => (r === c ? { ...c, end: cand.end, name: c.name + doc.text.slice(c.end, cand.end) } : r)),
      add: false,
    };
  // a kind-of-body noun before a body's name ("Fluggesellschaft Talair", "Gewerkschaft Ver.di"): GermEval marks the name
  if (clash.length === 1 && isClassBeforeName(doc, c, cand))
    return { rules: rules.map((r) => (r === c ? { ...c, start: cand.start, name: cand.name } : r)), add: false };
  // "Stadtwerke X" over the gazetteer's "X": the longer name wins over a weak rule inside it
  if (clash.every((c) => isWeak(c) && within(c, cand))) return dropped();
  // the organisation rules broke one name into crossing pieces ("Verbandes X" + "X Y") that the tagger reads as one;
  // a body nested in another ("Zentrum der X") is no broken parse
  if (
    cand.type === 'Organisation' &&
    clash.length > 1 &&
    clash.every((c) => c.type === 'Organisation' && cand.start <= c.start && c.end <= cand.end) &&
    clash.some((a) => clash.some((b) => a.start < b.start && b.start < a.end && a.end < b.end))
  )
    return dropped();
  // a first-name-list guess where the tagger reads a body or a place ("X Board", "Y von Z")
  if (cand.type !== 'Person' && clash.every((c) => isListPerson(c) && !sameSpan(c, cand))) return dropped();
  // a person's or a body's name that is also a town's: the tagger read the context
  if (clash.length === 1 && sameSpan(c, cand) && cand.type !== 'Place' && isGazetteerPlace(c)) return dropped();
  return { rules, add: false };
}

// nouns that make a town's name its administration ("Stadt Talheim", "Gemeinde Kleinfurt")
const TOWN_BODY = /^(?:stadt|gemeinde|ortsgemeinde|marktgemeinde|stadtgemeinde|hansestadt|kreisstadt|dorf)$/;
const LOCATIVE_BEFORE_ARTICLE = /^(?:in|aus|nach|bei|zu|von)$/;

/**
 * The place a rule's town body names where the tagger reads the town and a locative says a place is meant ("in der
 * Stadt Talheim", "im Dorf Kleinfurt"): the town, with the body's name as an alias (the administration elsewhere).
 */
function townInBody(doc: Doc, body: Candidate, cand: Candidate): Candidate | null {
  if (cand.type !== 'Place' || body.type !== 'Organisation' || cand.end !== body.end || cand.start < body.start)
    return null;
  const head = doc.tokens.find((t) => t.start === body.start);
  if (!head || !TOWN_BODY.test(head.norm)) return null;
  const name = doc.tokens.find((t) => t.start > head.start && t.start >= cand.start && t.end <= body.end);
  if (!name) return null;
  if (!readsAsTown(doc, head)) return null;
  const at = name.start;
  return { ...cand, start: at, name: doc.text.slice(at, body.end), aliases: [body.name] };
}

/** True when the words before a town body mean the town: a locative ("in der X", "im X") or a genitive attribute of a
 * noun other than a title ("die Bürger der X"; "Bürgermeister der X" is the administration). */
function readsAsTown(doc: Doc, t: Token): boolean {
  const a = doc.tokens[t.i - 1];
  if (!a || a.sent !== t.sent) return false;
  if (/^(?:im|ins|zum|zur|vom|beim)$/.test(a.norm)) return true;
  const p = doc.tokens[t.i - 2];
  if (!p || p.sent !== t.sent) return false;
  if (a.norm === 'der' && p.cap && !germanTitle(p.text)) return true;
  return /^(?:der|dem|die)$/.test(a.norm) && LOCATIVE_BEFORE_ARTICLE.test(p.norm);
}

/** A rule body that starts where the tagger's body starts and ends before it, the tagger going on with name words. */
const isCutShort = (c: Candidate, cand: Candidate): boolean =>
  c.type === 'Organisation' && cand.type === 'Organisation' && c.start === cand.start && c.end < cand.end;
/** A rule body of one head noun plus the tagger's body ("Fluggesellschaft" + "Talair"; not an adjective: "Freiwillige"). */
function isClassBeforeName(doc: Doc, c: Candidate, cand: Candidate): boolean {
  if (c.type !== 'Organisation' || cand.type !== 'Organisation' || c.end !== cand.end || c.start >= cand.start)
    return false;
  const head = doc.tokens.filter((t) => t.start >= c.start && t.end <= cand.start);
  // an office named after its seat keeps it: "Polizeidirektion Talheim", "Landratsamt Kleinfurt"
  if (head.length !== 1 || DE_PREFIX_HEADS.has(head[0]!.norm)) return false;
  return head[0]!.cap && !isAcronym(head[0]!) && germanOrgHead(head[0]!.text) !== null;
}
const within = (inner: Candidate, outer: Candidate): boolean =>
  outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
const sameSpan = (a: Candidate, b: Candidate): boolean => a.start === b.start && a.end === b.end;
const isGazetteerPlace = (c: Candidate): boolean => /^de-plc-gaz-(?:mid|small|big)$/.test(c.rule);
const isListPerson = (c: Candidate): boolean => c.rule === 'de-per-firstname';
/** Rule candidates found by a word list alone, without a cue in the text. */
const isWeak = (c: Candidate): boolean =>
  c.rule.startsWith('de-plc-gaz-') ||
  c.rule === 'de-per-firstname' ||
  c.rule === 'de-org-bare' ||
  (c.type === 'Person' && !!c.partial);

/** The candidate for one tagger span, or null when the rules reject it (generic noun, title, broken boundary). */
function proposal(doc: Doc, toks: Token[], tag: keyof typeof TYPE): Candidate | null {
  // a title is a role, not part of the name ("Ministerin X" → X)
  while (toks.length > 1 && (germanTitle(toks[0]!.text) || (tag === 'PER' && HONORIFIC.test(toks[0]!.norm))))
    toks = toks.slice(1);
  toks = withoutCommonEdges(toks, tag);
  if (toks.length === 0) return null;
  const first = toks[0]!;
  const last = toks[toks.length - 1]!;
  const credit = toks.length === 1 && tag === 'ORG' && isBracketedShortWord(doc, first);
  const legal = tag === 'ORG' && toks.length > 1 && isLegalForm(last);
  if (!credit && (!nameEdge(first) || (!legal && !nameEdge(last)))) return null;
  if (!credit && toks.some((t) => !t.cap && !INNER.test(t.text) && !/^\d/.test(t.text) && !(legal && t === last)))
    return null;
  if (toks.length === 1 && isGeneric(first) && !(tag === 'LOC' && readsAsPlace(doc, first))) return null;
  const surface = doc.text.slice(first.start, last.end);
  let type: Candidate['type'] = TYPE[tag];
  let name = surface;
  // the rules know better about some types: organisation heads, gazetteer places, sites
  if (germanOrgHead(last.text) && !germanOrgHead(last.text)!.bare) type = 'Organisation';
  // (an acronym the tagger reads as a body stays one for the rules to settle: "EU")
  else if (
    type !== 'Place' &&
    !(tag === 'ORG' && isAcronym(first) && toks.length === 1) &&
    // "seinem Toyota": a town takes no determiner, the tagger's body stands
    !(toks.length === 1 && afterDeterminer(doc, first.i)) &&
    placeWins(placeTier(surface), type)
  )
    type = 'Place';
  else if (type === 'Person' && toks.length === 1 && isSiteWord(first.text)) type = 'Place';
  // a place never starts with an initial ("K. Wendholt"): the tagger's place is a person; a letter and a number is a
  // road ("A 7", "B27")
  else if (type === 'Place' && toks.length > 1 && /^\p{Lu}\.?$/u.test(first.text) && !isRoad(toks)) type = 'Person';
  if (type === 'Place' && toks.length === 1 && !placeTier(surface)) {
    // an acronym is a body, not a place; "Xer", "Xische" are adjectives of a place
    if (isAcronym(first) && !isRoad(toks)) type = 'Organisation';
    else if (/(?:er|isch|ische|ischen|ischer|isches)$/.test(surface)) return null;
  }
  if (type === 'Place' && toks.length === 1 && isArticleTown(doc, first, surface)) return null;
  if (type === 'Place' && /s$/.test(surface) && !placeTier(surface) && placeTier(surface.slice(0, -1)))
    name = surface.slice(0, -1); // genitive "Bayerns"
  if (type === 'Person' && toks.length === 1 && (isCommonGenitive(surface) || isFemaleDemonym(surface))) return null;
  // "der 67-jährige Anwohner", "die 22-jährige Kollegin": after an age a noun says who, a name rarely follows alone
  if (type === 'Person' && toks.length === 1 && afterAge(doc, first) && !isFirstName(surface)) return null;
  const cand: Candidate = { type, name, start: first.start, end: last.end, confidence: 0.5, rule: `de-ner-${tag}` };
  if (type === 'Person' && toks.length === 1) cand.partial = true;
  return cand;
}

/**
 * The candidate with the period (or "!") the tagger's span ends in: an abbreviation or a brand is written with it, and
 * the tagger learnt it so ("Chr." in "v. Chr.", "Hbf."), also where tokenised text sets the mark apart.
 */
function withFinalPeriod(cand: Candidate | null, words: string[], offsets: number[], to: number): Candidate | null {
  const mark = words[to - 1];
  if (!cand || to < 2 || (mark !== '.' && mark !== '!') || offsets[to - 1]! < cand.end) return cand;
  return { ...cand, end: offsets[to - 1]! + 1, name: `${cand.name}${mark}` };
}

// nouns that classify a place before its name ("das Dorf X", "der Berg Y"): GermEval marks the name only
const PLACE_CLASS =
  /^(?:dorf|ortsteil|ortschaft|weiler|berg|fluss|insel|kanton|provinz|bundesland|stadtteil|halbinsel)$/;

/**
 * The span without the common words the tagger ran over at its edges: a title after a name ("Xs Vizekanzler"), a class
 * noun before a place ("Dorf X"). (Cutting other common nouns after a person cost persons in press releases.)
 */
function withoutCommonEdges(toks: Token[], tag: keyof typeof TYPE): Token[] {
  while (toks.length > 1 && germanTitle(toks[toks.length - 1]!.text)) toks = toks.slice(0, -1);
  if (tag === 'LOC' && toks.length > 1 && PLACE_CLASS.test(toks[0]!.norm)) {
    const surface = toks.map((t) => t.text).join(' ');
    if (!placeTier(surface)) toks = toks.slice(1);
  }
  return toks;
}

/** A short lower-case word alone in brackets that the tagger reads as a body: an agency's credit ("(dpa)", "(epd)"). */
function isBracketedShortWord(doc: Doc, t: Token): boolean {
  return (
    /^\p{Ll}{2,4}$/u.test(t.text) &&
    !DE_FUNCTION_WORDS.has(t.norm) &&
    /\(\s*$/.test(doc.text.slice(Math.max(0, t.start - 3), t.start)) &&
    /^\s*\)/.test(doc.text.slice(t.end, t.end + 3))
  );
}

/** A woman of a country or region ("Talländerin" of "Talland"): a derivation of the place, no person's name. */
function isFemaleDemonym(word: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+?)(?:er)?in(?:nen)?$/u.exec(word);
  if (!m) return false;
  return [m[1]!, `${m[1]!}en`].some((stem) => {
    const tier = placeTier(stem);
    return tier === 'country' || tier === 'region';
  });
}

/** A road's number: one or two capitals and digits, in one word or two ("A 7", "B27", "L 1140"). */
function isRoad(toks: Token[]): boolean {
  const text = toks.map((t) => t.text).join(' ');
  return /^\p{Lu}{1,2} ?\d{1,4}$/u.test(text);
}

/** A town's name right after an article is the homograph noun ("die Wehr ist …"): towns take no article. */
function isArticleTown(doc: Doc, t: Token, surface: string): boolean {
  const tier = placeTier(surface);
  const prev = doc.tokens[t.i - 1];
  return (
    (tier === 'mid' || tier === 'small') &&
    !!prev &&
    prev.sent === t.sent &&
    /^(?:der|die|das|dem|den|des)$/.test(prev.norm)
  );
}

/** A lone "-s" word that is also a common noun ("Gartens") is the noun's genitive, not a surname (a first name aside). */
function isCommonGenitive(surface: string): boolean {
  return (
    /^\p{Lu}\p{Ll}+s$/u.test(surface) &&
    !isFirstName(surface) &&
    (isFrequentGermanNoun(surface) || looksLikeCommonNoun(surface))
  );
}

/** True when a gazetteer tier outweighs the tagger's type: countries and regions always, big towns over bodies only. */
function placeWins(tier: string | null | undefined, type: Candidate['type']): boolean {
  return tier === 'country' || tier === 'region' || (tier === 'big' && type !== 'Person');
}

/** A legal form written in lower case at the end of a body's name ("e.V.", "e.G.", "mbH", "gGmbH"). */
function isLegalForm(t: Token): boolean {
  return LEGAL_FORMS.has(t.text.replace(/\.$/, '')) || /^e\.\s?[GVK]\.?$/.test(t.text);
}

/** True when a word may start or end a name. */
function nameEdge(t: Token): boolean {
  return (t.cap || /^\d/.test(t.text)) && !DE_FUNCTION_WORDS.has(t.norm) && !DE_CALENDAR.has(t.norm);
}

/** A tagger place that a noun test calls common, right after a locative ("in X"); compass compounds of a known region
 * are the place rule de-plc-compass's. */
function readsAsPlace(doc: Doc, t: Token): boolean {
  if (germanTitle(t.text) || germanOrgHead(t.text)) return false;
  const prev = doc.tokens[t.i - 1];
  return !!prev && prev.sent === t.sent && DE_LOCATIVE.has(prev.norm) && !prev.post.trim();
}

/** A single word that names nothing on its own: a frequent noun, a title, a bare head ("Feuerwehr"). */
function isGeneric(t: Token): boolean {
  if (isAcronym(t)) return false;
  if (germanTitle(t.text)) return true;
  const head = germanOrgHead(t.text);
  if (head && (head.bare || head.plural)) return true;
  if (placeTier(t.text) || isFirstName(t.text)) return false;
  return isFrequentGermanNoun(t.text) || looksLikeCommonNoun(t.text);
}

/** True when an age adjective ("67-jährige", "22-jährigen") stands right before the token. */
function afterAge(doc: Doc, t: Token): boolean {
  const prev = doc.tokens[t.i - 1];
  return !!prev && prev.sent === t.sent && /^\d+-jährige[nrms]?$/u.test(prev.text);
}
