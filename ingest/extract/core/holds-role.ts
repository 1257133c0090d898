// HOLDS_ROLE: every current role of every person, with the organisation resolved to an entity.
import { nameKey } from '../../../src/domain/index.js';
import type { ExtractedRelation } from '../../../src/domain/index.js';
import type { WorkEntity } from './entities.js';
import { evidenceFor, round } from './located.js';
import { adjacentOrg } from './role-org-adjacent.js';
import { titleComplementOrg } from './role-title-complement.js';
import { applyRoleProposals } from './role-proposals.js';
import type { LanguagePack } from './pack.js';
import { sentenceAt } from './tokens.js';
import type { Doc, RoleCandidate } from './types.js';

/** HOLDS_ROLE for every current role of every person. */
export function holdsRoles(
  doc: Doc,
  ents: WorkEntity[],
  idOf: (e: WorkEntity) => string,
  pack: LanguagePack,
): ExtractedRelation[] {
  for (const rule of pack.roleRules ?? []) applyRoleProposals(rule(doc, ents), (t) => pack.titleKey(t) ?? nameKey(t));
  const out: ExtractedRelation[] = [];
  const seen = new Set<string>();
  for (const p of ents) {
    if (p.type !== 'Person') continue;
    // the resolved roles are copies: the candidates the rules proposed stay as they were
    p.roles = p.roles.map((r) => ({ ...r, title: pack.trimTitle?.(r.title) ?? r.title }));
    const resolved = p.roles
      .map((r) => ({ r, org: resolveRoleOrg(r, ents, pack, doc, p) }))
      .map(({ r, org }) => ({ r: org ? { ...r, organisation: org.name } : r, org })); // the entity's canonical name
    p.roles = resolved.map((x) => x.r);
    // the same title once with and once without organisation: keep the one with
    const withOrg = new Set(resolved.filter((x) => x.org).map((x) => pack.titleKey(x.r.title)));
    p.roles = p.roles.filter((r) => r.organisation !== null || !withOrg.has(pack.titleKey(r.title)));
    for (const { r, org } of resolved) {
      if (!org && withOrg.has(pack.titleKey(r.title))) continue;
      if (r.past || pack.notARole?.test(r.title)) continue;
      const key = `${pack.titleKey(r.title) ?? nameKey(r.title)}|${org ? idOf(org) : ''}`;
      if (seen.has(`${idOf(p)}|${key}`)) continue;
      seen.add(`${idOf(p)}|${key}`);
      const at = r.at ?? p.mentions[0]?.start ?? 0;
      out.push({
        type: 'HOLDS_ROLE',
        from: idOf(p),
        to: org ? idOf(org) : null,
        title: r.title,
        date: doc.release.date,
        evidence: evidenceFor(doc, at),
        confidence: round(r.confidence * (org ? 1 : 0.95)),
      });
    }
  }
  return withoutContainedTitles(out);
}

/**
 * One person's titles at one organisation where one contains the other ("Minister" and "Wissenschaftsminister",
 * "Präsident" and "Präsident des Verbandes") state one role: the longer title is kept.
 */
function withoutContainedTitles(rels: ExtractedRelation[]): ExtractedRelation[] {
  const key = (r: ExtractedRelation): string => nameKey(r.title ?? '');
  return rels.filter(
    (r) =>
      !rels.some((o) => o !== r && o.from === r.from && o.to === r.to && key(o) !== key(r) && key(o).includes(key(r))),
  );
}

/**
 * The entity a role's organisation refers to: by mention span, by name, named right after the person, or implied
 * by the title.
 */
export function resolveRoleOrg(
  r: RoleCandidate,
  ents: WorkEntity[],
  pack: LanguagePack,
  doc: Doc,
  person?: WorkEntity,
): WorkEntity | undefined {
  const ctx = { doc, sentence: sentenceAt(doc, r.at ?? -1), person };
  const implied = (): WorkEntity | undefined => pack.implicitOrg(r.title, ents, ctx);
  const stated = statedOrg(r, ents, pack);
  if (stated) return specificBody(stated.name, ents, implied) ?? stated;
  // a bare head as complement ("Landrat des Landkreises") means the one named body with that head; any other
  // one-word complement that names no entity ("Geschäftsführer des Familienunternehmens") refers to the implied body
  // an organisation read from an adjective ("hessische", "Talheimer": no span) that names no entity takes the implied
  // body, but never another place than the one it names ("der Talheimer Bürgermeister" is not the dateline town's)
  if (r.organisation && r.orgStart === -1) {
    const imp = specificBody(r.organisation, ents, implied) ?? implied();
    return imp && (imp.type !== 'Place' || nameKey(imp.name).includes(nameKey(r.organisation))) ? imp : undefined;
  }
  if (r.organisation)
    return specificBody(r.organisation, ents, implied) ?? (isOneWord(r.organisation) ? implied() : undefined);
  const mention = person?.mentions.find((m) => m.start === r.at);
  const adjacent = mention ? adjacentOrg(doc, ents, mention.end, pack) : undefined;
  // "Minister Kai Lenz (SPD)": the bracketed party is his membership; the territory the title governs comes first
  // (other implied bodies are often the body he visits, so "Vorsitzender X (SPD)" keeps the party)
  const bracketed = !!mention && /^\s*\(/.test(doc.text.slice(mention.end, mention.end + 3));
  if (adjacent && bracketed && pack.partyName?.test(adjacent.name)) {
    const territory = implied();
    return titleComplementOrg(doc, ents, r, pack) ?? (territory?.type === 'Place' ? territory : adjacent);
  }
  return adjacent ?? titleComplementOrg(doc, ents, r, pack) ?? implied();
}

/** The entity the role's own organisation (span or text) names, if any. */
function statedOrg(r: RoleCandidate, ents: WorkEntity[], pack: LanguagePack): WorkEntity | undefined {
  if (r.orgStart !== undefined && r.orgStart >= 0) {
    const bySpan = ents.find(
      (e) => e.type !== 'Person' && e.mentions.some((m) => m.start <= r.orgStart! && r.orgStart! < m.end),
    );
    if (bySpan) return bySpan;
    // the recognised name may start after a word the complement has ("der Deutschen Talland-Kammer" → "Talland-Kammer")
    const end = r.orgStart + (r.organisation?.length ?? 0);
    const inside = ents.find(
      (e) =>
        e.type === 'Organisation' && e.mentions.some((m) => m.start > r.orgStart! && m.start < end && m.end <= end + 8),
    );
    if (inside) return inside;
  }
  if (!r.organisation) return undefined;
  const k = nameKey(r.organisation);
  const byName = ents.find(
    (e) => e.type !== 'Person' && (nameKey(e.name) === k || [...e.aliases].some((a) => nameKey(a) === k)),
  );
  if (byName) return byName;
  // the title's complement is often inflected ("der Städtischen Musikschule X") where the entity is nominative
  const loose = inflectionFreeKey(r.organisation, pack.inflectionEnding);
  return ents.find(
    (e) =>
      e.type !== 'Person' && [e.name, ...e.aliases].some((n) => inflectionFreeKey(n, pack.inflectionEnding) === loose),
  );
}

/** True for a name of one word ("Familienunternehmen"). */
const isOneWord = (name: string): boolean => !!nameKey(name) && !nameKey(name).includes(' ');

/**
 * For a one-word organisation name (a bare head: "Landkreis", "Council"), the named body it stands for: the body
 * the title implies when its name starts with that word, else the only organisation whose name does; undefined
 * for longer names or when no single body fits.
 */
function specificBody(name: string, ents: WorkEntity[], implied: () => WorkEntity | undefined): WorkEntity | undefined {
  const head = nameKey(name);
  if (!head || head.includes(' ')) return undefined;
  const startsWithHead = (e: WorkEntity): boolean => e.type !== 'Person' && nameKey(e.name).startsWith(`${head} `);
  const imp = implied();
  if (imp && startsWithHead(imp)) return imp;
  const named = ents.filter(startsWithHead);
  if (named.length > 0) return named.length === 1 ? named[0] : undefined;
  // a kind of body in lower case ends the names of its bodies ("the hospital's director" → "Talby General Hospital")
  if (name !== name.toLowerCase()) return undefined;
  const endsWithHead = ents.filter((e) => e.type === 'Organisation' && nameKey(e.name).endsWith(` ${head}`));
  return endsWithHead.length === 1 ? endsWithHead[0] : undefined;
}

/** A name key without the language's inflection ending on each word ("Städtischen Musikschule" = "Städtische"). */
function inflectionFreeKey(name: string, ending: RegExp): string {
  return nameKey(name)
    .split(' ')
    .map((w) => (w.length > 4 ? w.replace(ending, '') : w))
    .join(' ');
}
