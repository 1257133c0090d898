// The organisation a bare English title implies: ministers the government, professors the university, and a firm's
// or body's staff titles ("chief executive", "founder", "spokesperson") the organisation the release is about.
import { nameKey } from '../../../src/domain/index.js';
import type { WorkEntity } from '../core/entities.js';
import type { Doc, Sentence } from '../core/types.js';

/** Title pattern → pattern of the implied body's name key. */
const IMPLIED: [RegExp, RegExp][] = [
  [/\b(?:minister|secretary|first minister|prime minister)\b/, /\bgovernment$/],
  [/\b(?:professor|vice-principal|vice-chancellor|chancellor|dean|provost|lecturer)\b/, /^university\b|\buniversity\b/],
  [/(?:^|\s)(?:principal|headteacher|head teacher)\b/, /\b(?:school|academy|college)$/],
  [/\b(?:mayor|councillor|leader of the council|cabinet member)\b/, /\bcouncil$/],
];

/** Staff titles of a firm or body: without an organisation they work for the one the release is about. */
const STAFF =
  /^(?:(?:group |joint |deputy )?(?:chief executive|chief executive officer|ceo|managing director|general manager|chief operating officer|chief financial officer|founder|co-founder|owner|spokesperson|spokesman|spokeswoman|chair|chairman|chairwoman|chairperson|director|operations director|manager|site manager|plant manager|president|vice president|secretary general|executive director|programme director|project manager|chief officer))$/;

function pick(hits: WorkEntity[], s: Sentence | undefined): WorkEntity | undefined {
  if (hits.length === 1) return hits[0];
  const near = s ? hits.filter((e) => e.mentions.some((m) => m.start >= s.start && m.end <= s.end)) : [];
  return near.length === 1 ? near[0] : undefined;
}

/** The organisation the release is about: the publisher if named, else named twice and more often than any other. */
function mainOrganisation(orgs: WorkEntity[], doc: Doc): WorkEntity | undefined {
  const pub = doc.release.publisher ? nameKey(doc.release.publisher.split(/[,(/;]| - /)[0]!.trim()) : '';
  const own = pub
    ? orgs.find((e) => nameKey(e.name) === pub || [...e.aliases].some((a) => nameKey(a) === pub))
    : undefined;
  if (own) return own;
  const ranked = orgs.map((e) => ({ e, n: e.mentions.length })).sort((x, y) => y.n - x.n);
  const [first, second] = ranked;
  return first && first.n >= 2 && (!second || first.n > second.n) ? first.e : undefined;
}

/** Organisation implied by a bare English title in this release (unique, or the one in the same sentence). */
export function englishImplicitOrg(
  title: string,
  ents: WorkEntity[],
  ctx: { doc: Doc; sentence: Sentence | undefined },
): WorkEntity | undefined {
  const t = title.toLowerCase().trim();
  const orgs = ents.filter((e) => e.type === 'Organisation');
  const named = prefixOrg(t, orgs) ?? remitDepartment(t, orgs);
  if (named) return named;
  if (/\b(?:of|at)\b/.test(t) && !/secretary of state/.test(t)) return undefined;
  for (const [tre, ore] of IMPLIED) {
    if (tre.test(t) && !STAFF.test(t))
      return pick(
        orgs.filter((e) => ore.test(nameKey(e.name))),
        ctx.sentence,
      );
  }
  return STAFF.test(t) ? mainOrganisation(orgs, ctx.doc) : undefined;
}

/** The organisation whose name (or alias) starts the title: "EPA Administrator", "WHO Director-General". */
function prefixOrg(t: string, orgs: WorkEntity[]): WorkEntity | undefined {
  const k = nameKey(t);
  return orgs.find((e) =>
    [e.name, ...e.aliases].some((n) => {
      const nk = nameKey(n);
      return nk.length > 1 && k.startsWith(`${nk} `);
    }),
  );
}

/** "Minister for Rural Affairs" → the Department (or Ministry) of/for Rural Affairs the release names. */
function remitDepartment(t: string, orgs: WorkEntity[]): WorkEntity | undefined {
  const m = /\b(?:minister|secretary)\s+(?:of state\s+)?(?:for|of)\s+(.+)$/.exec(t);
  if (!m) return undefined;
  const remit = nameKey(m[1]!);
  const hits = orgs.filter((e) =>
    [e.name, ...e.aliases].some((n) =>
      new RegExp(`^(?:the )?(?:department|ministry) (?:of|for) (?:the )?${escape(remit)}$`).test(nameKey(n)),
    ),
  );
  return hits.length === 1 ? hits[0] : undefined;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
