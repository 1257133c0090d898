// A unit of a body with its owner in the genitive is one body: "Geschäftsstelle des Vereins Talland",
// "Delegiertenversammlung der Ärztekammer Kleinfurt"; the owner stays an organisation of its own inside it.
import { fold } from '../../../src/domain/index.js';
import type { Candidate } from '../core/types.js';
import { isAcronym, isCamelCase } from '../core/tokens.js';
import { DE_ORG_ACRONYMS } from './org-lexicon.js';
import { headedName } from './org-compound.js';
import { acronymName } from './org-named.js';
import { org, orgAt, type OrgAt } from './org-rule.js';
import { claim, type TokenMatch, type TokenRule } from './scan.js';

// heads of departments and offices that belong to another body
const UNIT_HEADS = new Set([
  'wirtschaftsfoerderung',
  'pressestelle',
  'geschaeftsstelle',
  'fachstelle',
  'beratungsstelle',
  'koordinierungsstelle',
  'leitstelle',
  'dienststelle',
  'behoerde',
  'kommissariat',
]);
// assemblies that are organs of a body (not public meetings like "Bürgerversammlung")
const ASSEMBLY = /^(?:voll|verbands|regional|delegierten|vertreter)versammlung$/;

/** The owner after "der/des": a headed organisation or a known acronym or CamelCase name, with its last token. */
function owner(at: OrgAt): { cands: Candidate[]; last: number } | null {
  const { doc, k } = at;
  const t = doc.tokens[k]!;
  if ((isAcronym(t) && DE_ORG_ACRONYMS.has(t.text)) || isCamelCase(t)) {
    // "der IHK Talland zu Kleinfurt": a regional acronym takes its place, as where it stands alone
    const m = acronymName.at(at);
    const named = m?.candidates ?? [];
    if (m && named.length) return { cands: named.map((c) => ({ ...c, rule: 'de-org-genitive-inner' })), last: m.last };
    return { cands: [org(t.text, t.start, t.end, 0.7, 'de-org-genitive-inner')], last: k };
  }
  if (!at.head && !at.prefixHead) return null;
  const m = headedName.at(at);
  const named = m?.candidates.filter((c) => !c.partial) ?? [];
  if (!m || !named.length) return null;
  return { cands: named.map((c) => ({ ...c, rule: 'de-org-genitive-inner' })), last: m.last };
}

/** The unit at k as a candidate and its last token: a headed name ("Fachkommissariat für Raub") or an assembly. */
function unit(at: OrgAt): TokenMatch | null {
  const t = at.doc.tokens[at.k]!;
  if (ASSEMBLY.test(fold(t.text))) return claim(at.k, [org(t.text, t.start, t.end, 0.7, 'de-org-owner')]);
  if (!at.head || at.head.plural || !UNIT_HEADS.has(at.head.head)) return null;
  return headedName.at(at);
}

/** Unit + "der/des" + owner is one organisation; the owner is proposed too, nested inside it. */
export const ownedUnit: TokenRule<OrgAt> = {
  name: 'de-org-owner',
  at(at) {
    const { doc, s } = at;
    const toks = doc.tokens;
    const m = unit(at);
    const main = m?.candidates[m.candidates.length - 1];
    // a bare unit ("Geschäftsstelle") is named by its owner, so a partial reading is fine here
    if (!m || !main || m.candidates.length > 1) return null;
    const e = m.last;
    const g = toks[e + 1];
    if (!g || e + 2 >= s.to || !/^(?:der|des)$/.test(g.norm) || /[,;:.()]/.test(toks[e]!.post)) return null;
    const own = owner(orgAt(doc, s, e + 2));
    const last = own?.cands[own.cands.length - 1];
    if (!own || !last) return null;
    const name = main.name + doc.text.slice(toks[e]!.end, last.end);
    return claim(own.last, [org(name, main.start, last.end, 0.85, 'de-org-owner', [main.name]), ...own.cands]);
  },
};
