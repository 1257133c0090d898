// Rule "de-predicative-role": a role stated as the predicate after the name ("Jonas Elberfeld ist Vorsitzender des
// Sportvereins Kleinfurt", "Anna Berg ist seit 2020 Leiterin der Musikschule", "Kai Lenz ist derzeit Prokurist und
// Kaufmännischer Leiter der Talwerk GmbH") is a role; so is an appointment ("bestellte Kai Lenz zum neuen
// Geschäftsführer der X", "Anna Berg wurde zur Vorsitzenden gewählt"). Coordinated titles share the last one's
// organisation; a title without one gets the organisation of its genitive complement (core/role-title-complement.ts).
import type { WorkEntity } from '../core/entities.js';
import type { RoleProposal } from '../core/role-proposals.js';
import type { Doc, RoleCandidate } from '../core/types.js';
import { appositionRoles } from './person-roles.js';
import { germanTitle, isTitleAdjective } from './titles.js';

/** Name, copula, optional time or "auch"/"neuer", optional article, then the title word and what follows. */
const PREDICATE =
  /^\s+(ist|war|bleibt|wurde|wird)\s+(?:(?:seit|bereits|schon|auch|nun|jetzt|aktuell|derzeit|zurzeit|inzwischen|heute)\s+(?:\d{4}\s+|\p{Ll}+\s+)?)?(?:(?:der|die)\s+)?(?:(?:neue|neuer|langjährige|langjähriger)\s+)?(\p{Lu}[\p{L}-]*)(?:\s+(\p{Lu}[\p{L}-]*))?/du;

/** Name, optional "wurde/wird" and up to two words, "zum/zur", optional "neuen", then the title word (dative). */
const APPOINTED =
  /^\s+(?:(?:wurde|wird|ist)\s+(?:[\p{Ll}\d.]+\s+){0,2})?(?:zum|zur)\s+(?:(?:neuen|ersten|stellvertretenden)\s+)?(\p{Lu}[\p{L}-]*)/du;

/** Index of the token that starts at `offset`, or -1. */
function tokenAt(doc: Doc, offset: number): number {
  return doc.tokens.findIndex((t) => t.start === offset);
}

/** The title phrase at token k up to the clause end: one role per coordinated title, sharing the organisation. */
function predicateRoles(doc: Doc, k: number, at: number, past: boolean, confidence: number): RoleCandidate[] {
  const s = doc.sentences[doc.tokens[k]!.sent]!;
  return appositionRoles(doc, k, s.to).map((r) => ({ ...r, at, past, confidence }));
}

/** Roles stated as predicates of a person mention. */
export function germanPredicativeRoles(doc: Doc, ents: WorkEntity[]): RoleProposal[] {
  const out: RoleProposal[] = [];
  for (const p of ents) {
    if (p.type !== 'Person') continue;
    for (const m of p.mentions)
      for (const role of predicateRolesAfter(doc, m.start, m.end)) out.push({ person: p, role });
  }
  return out;
}

/** The roles the predicate after a person mention [start, end) states (copula + title, or an appointment). */
export function predicateRolesAfter(doc: Doc, start: number, end: number, withComplement = false): RoleCandidate[] {
  const after = doc.text.slice(end, end + 120);
  const pred = PREDICATE.exec(after);
  if (pred) {
    const first = pred[2]!;
    const adjective = isTitleAdjective(first) && !!pred[3] && !!germanTitle(pred[3]);
    const title = adjective ? `${first} ${pred[3]}` : first;
    if (!germanTitle(title.split(' ').pop()!)) return [];
    // "X war Bürgermeister": a past role, kept on the person without HOLDS_ROLE
    const past = pred[1] === 'war';
    const k = tokenAt(doc, end + pred.indices![2]![0]);
    const roles = k >= 0 ? predicateRoles(doc, k, start, past, 0.7) : [];
    // one title: its complement is resolved at the relation stage (role-title-complement), unless asked for
    if (withComplement || roles.length > 1) return roles;
    return [{ title, organisation: null, at: start, past, confidence: 0.7 }];
  }
  const app = APPOINTED.exec(after);
  if (!app || !germanTitle(app[1]!)) return [];
  const k = tokenAt(doc, end + app.indices![1]![0]);
  return k < 0 ? [] : predicateRoles(doc, k, start, false, 0.65);
}
