// Rule "de-initiative-form": named programmes, funds, laws and awards found by their form, without a cue word:
// a compound ending in a programme word that carries a name ("MINT-Förderung", "Talheim-Fonds",
// "Kulturpreis Kleinfurt 2024"), or one its context names (`initiative-frames.ts`: "im Rahmen der
// Dorferneuerungsförderung", "Mittel aus dem Heckenfonds").
// Ordinary words are kept out: the bare head ("Förderung", "Preis"), a word of the general noun list, and
// compounds without any name element ("ein Geldpreis", "eine Spritztour" carry none).
import { fold } from '../../../src/domain/index.js';
import type { Candidate, Doc, Sentence, Token } from '../core/types.js';
import { isFrequentGermanNoun } from '../gazetteer/index.js';
import { isProperWord } from './organisations.js';
import { DE_FUNCTION_WORDS, denominalizeGenitive } from './words.js';
import { isGenericPrice } from './initiative-generic.js';
import { inNamingFrame } from './initiative-frames.js';

/** Heads of programme-like compounds (folded), with genitive endings. */
const FORM =
  /(?:programm|foerderung|fonds|pakt|preis|reform|strategie|gesetz|offensive|initiative|kampagne|wettbewerb|praemie|buendnis|charta|agenda|aktionsplan|masterplan)(?:s|es|e|en)?$/;
/** A law compound: its modifier says what it rules, so it names one law ("Heckenschutzgesetz"). */
const LAW = /^\p{L}{4,}gesetz(?:es|s)?$/u;
/** Modifiers that say only whose or what kind of law it is ("Landesgesetz", "Änderungsgesetz"). */
const GENERIC_LAW =
  /^(?:landes|bundes|aenderungs|ausfuehrungs|einfuehrungs|mantel|rahmen|sonder|eil|begleit|vor|neben)gesetz/;
/** A version after the name, "2.0" (one decimal: "5.000" is an amount). */
const VERSION = /^\d{1,2}\.\d$/;

/** Words of an offence before a law: "Verstoß gegen das Waffengesetz" cites a rule, it does not speak of the law. */
const OFFENCE = /^(?:gegen|verstoss\p{L}*|verstoesse\p{L}*|verletzung|wegen)$/u;

/**
 * True for a law compound that names one law, not the last part of a coordination ("Wald- und Wiesengesetz") nor
 * the rule an offence is against.
 */
function isNamedLaw(toks: Token[], k: number): boolean {
  const norm = toks[k]!.norm;
  const coordinated = /^(?:und|oder|sowie)$/.test(toks[k - 1]?.norm ?? '') && /^-/.test(toks[k - 2]?.post ?? '');
  const offence = toks.slice(Math.max(0, k - 3), k).some((w) => OFFENCE.test(w.norm));
  return LAW.test(norm) && !GENERIC_LAW.test(norm) && !coordinated && !offence;
}

/** True for a compound of a programme head with a modifier ("Dorferneuerungsförderung"), not the bare head. */
function isFormCompound(t: Token): boolean {
  const m = FORM.exec(t.norm);
  if (!m || isGenericPrice(t.norm)) return false;
  return t.norm.length - m[0].length >= 3 && !isFrequentGermanNoun(t.text);
}

/** A hyphenated compound whose first part is a name or acronym ("MINT-Förderung", "Talheim-Fonds"). */
function hasNamedModifier(t: Token): boolean {
  const parts = t.text.split(/[-‐‑]/);
  if (parts.length < 2) return false;
  const first = parts[0]!;
  return /^\p{Lu}{2,}$/u.test(first) || (/^\p{Lu}/u.test(first) && !isFrequentGermanNoun(first) && first.length > 2);
}

/** True when the name may go on after token e: no punctuation, bracket or quote between it and the next word. */
function continues(toks: Token[], e: number): boolean {
  return !/[,;:.(]/.test(toks[e]!.post) && toks[e + 1]?.pre === '';
}

/**
 * The abbreviation in brackets right after a programme compound ("Gebäudeenergiegesetz (GEG)"): a law or programme
 * that has its own short form is named. Null when there is none, or when the compound closes a longer name whose
 * start it lacks (a coordination "Sicherheits- und …" or a capitalised word before it).
 */
function bracketAcronym(toks: Token[], s: Sentence, k: number): string | null {
  const a = toks[k + 1];
  if (!a || k + 1 >= s.to || !/^\s*\($/.test(toks[k]!.post + a.pre) || !/^\)/.test(a.post)) return null;
  if (!/^\p{Lu}[\p{L}\d]{1,7}$/u.test(a.text) || (a.text.match(/\p{Lu}/gu) ?? []).length < 2) return null;
  const p = toks[k - 1];
  if (p && k > s.from && (p.cap ? !DE_FUNCTION_WORDS.has(p.norm) : /^(?:und|oder)$/.test(p.norm))) return null;
  return a.text;
}

/** Finds initiatives by form in a German release. */
export function findGermanInitiativeForms(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const toks = doc.tokens;
  for (const s of doc.sentences) {
    for (let k = s.from; k < s.to; k++) {
      const t = toks[k]!;
      if (!t.cap || !isFormCompound(t)) continue;
      const prev = toks[k - 1];
      const frame = inNamingFrame(toks, s, k, FORM.exec(t.norm)![0].length);
      // the name may continue with a proper word (a place) and a year: "Kulturpreis Kleinfurt 2024"
      let e = k;
      if (isProperWord(toks[e + 1]) && e + 1 < s.to && continues(toks, e)) e++;
      const n = toks[e + 1]?.text ?? '';
      if ((/^\d{4}$/.test(n) || VERSION.test(n)) && e + 1 < s.to && continues(toks, e)) e++;
      const short = e === k ? bracketAcronym(toks, s, k) : null;
      if (!frame && !hasNamedModifier(t) && e === k && !short && !isNamedLaw(toks, k)) continue;
      const genitive = /^(?:des|eines)$/.test(prev?.norm ?? '');
      const head = genitive ? denominalizeGenitive(t.text) : t.text;
      const name = head + doc.text.slice(t.end, toks[e]!.end);
      const forms = [t.text, doc.text.slice(t.start, toks[e]!.end), ...(short ? [short] : [])];
      const aliases = forms.filter((a) => fold(a) !== fold(name));
      out.push({
        type: 'Initiative',
        name,
        start: t.start,
        end: toks[e]!.end,
        confidence: e > k || hasNamedModifier(t) ? 0.75 : 0.65,
        rule: 'de-initiative-form',
        aliases: [...new Set(aliases)],
      });
      k = e;
    }
  }
  return out;
}
