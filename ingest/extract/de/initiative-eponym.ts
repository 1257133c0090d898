// Rule "de-ini-eponym": an award named after a person, written as a hyphen compound, "Clara-Weidner-Preis",
// "Hans-Ulrich-Kamm-Medaille", "des Ottilie-Brandt-Preises" (→ nominative). A first name or two capitalised parts
// before the award word name a person; "Kita-Preis" or a medal of a sport ("Gold-Medaille") name none.
import { isFirstName } from '../gazetteer/index.js';
import { initiative, type InitiativeMatch } from './initiative-candidate.js';
import type { Doc, Sentence } from '../core/types.js';

/** The award word after the last hyphen, with genitive and plural endings. */
const AWARD = /^(?:preis|preises|preise|medaille|medaillen|plakette|plaketten|stipendium|stipendiums|award|awards)$/;
/** The nominative of a genitive award word. */
const NOMINATIVE: Record<string, string> = { preises: 'preis', stipendiums: 'stipendium' };

/** True when the parts before the award word name a person: two capitalised words, or one that is a first name. */
function namesPerson(parts: string[]): boolean {
  if (!parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p))) return false;
  return parts.length >= 2 || isFirstName(parts[0]!);
}

/** A hyphen compound of a person's name and an award word; the genitive is put in the nominative. */
export function eponymRule(doc: Doc, _s: Sentence, k: number): InitiativeMatch | null {
  const t = doc.tokens[k]!;
  const parts = t.text.split(/[-‐‑]/);
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1]!;
  const award = last.toLowerCase();
  if (!AWARD.test(award) || !namesPerson(parts.slice(0, -1))) return null;
  const nom = NOMINATIVE[award];
  const name = nom ? t.text.slice(0, t.text.length - last.length) + last.slice(0, nom.length) : t.text;
  return { candidates: [initiative(name, t.start, t.end, 0.8, 'de-ini-eponym', [t.text])], last: k };
}
