// Turns rule candidates into entities: overlap resolution, merging of name variants, surname mentions.
import { entityId, nameKey } from '../../../src/domain/index.js';
import type { EntityType, ExtractedEntity, Mention, RoleStatement } from '../../../src/domain/index.js';
import type { Candidate, Doc, RoleCandidate } from './types.js';

/** Entity under construction, with the candidate roles kept for relation building. */
export interface WorkEntity {
  type: EntityType;
  name: string;
  aliases: Set<string>;
  mentions: Mention[];
  roles: RoleCandidate[];
  confidence: number;
  partial: boolean;
  /** Set when merged into another entity. */
  dropped?: boolean;
}

/** Drops candidates that overlap a stronger one (longer and more confident wins); `nestable`: rules whose candidate may sit inside another. */
export function resolveOverlaps(cands: Candidate[], nestable: ReadonlySet<string>): Candidate[] {
  const score = (c: Candidate): number =>
    c.confidence + Math.min(c.end - c.start, 60) / 300 + (c.type === 'Person' && !c.partial ? 0.1 : 0);
  const sorted = [...cands].sort((a, b) => score(b) - score(a));
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const nestedOk = (k: Candidate): boolean =>
      k.start <= c.start &&
      c.end <= k.end &&
      (nestable.has(c.rule) ||
        (k.type === 'Initiative' &&
          c.type !== 'Person' &&
          c.type !== 'Initiative' &&
          c.end - c.start < k.end - k.start));
    const clash = kept.some((k) => c.start < k.end && k.start < c.end && !nestedOk(k));
    if (!clash) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Groups kept candidates into entities; `linkWord` tests the last word before a short form that makes the longer
 * name about something else ("Beratungszentrum der X" is no longer form of "X").
 */
export function buildEntities(doc: Doc, cands: Candidate[], linkWord: RegExp): WorkEntity[] {
  const ents: WorkEntity[] = [];
  const byKey = new Map<string, WorkEntity>();
  const keyOf = (type: EntityType, name: string): string => `${type}|${nameKey(name)}`;
  const mention = (c: Candidate): Mention => ({ start: c.start, end: c.end, text: doc.text.slice(c.start, c.end) });
  const add = (c: Candidate, target?: WorkEntity): WorkEntity => {
    let e = target ?? byKey.get(keyOf(c.type, c.name));
    if (!e) {
      e = {
        type: c.type,
        name: c.name,
        aliases: new Set(),
        mentions: [],
        roles: [],
        confidence: c.confidence,
        partial: !!c.partial,
      };
      ents.push(e);
      byKey.set(keyOf(c.type, c.name), e);
    }
    e.mentions.push(mention(c));
    const surface = doc.text.slice(c.start, c.end);
    if (nameKey(surface) !== nameKey(e.name)) e.aliases.add(surface);
    if (nameKey(c.name) !== nameKey(e.name)) e.aliases.add(c.name);
    for (const a of c.aliases ?? []) {
      e.aliases.add(a);
      byKey.set(keyOf(c.type, a), e);
    }
    for (const r of c.roles ?? []) e.roles.push(r);
    e.confidence = Math.max(e.confidence, c.confidence);
    return e;
  };
  // full forms first so partial forms can attach to them
  const full = cands.filter((c) => !c.partial);
  const partial = cands.filter((c) => c.partial);
  for (const c of full) add(c);
  for (const c of partial) {
    const fuller = findFuller(ents, c);
    // a bare organisation head ("Fachstellen") with nothing to refer to is no entity
    if (!fuller && c.type !== 'Person' && !byKey.has(keyOf(c.type, c.name))) continue;
    add(c, fuller);
  }
  mergeShortForms(ents, byKey, linkWord);
  return ents.filter((e) => !e.dropped);
}

/** A fuller entity a partial candidate ("Lindqvist", "Feuerwehr") refers to, if exactly one fits. */
function findFuller(ents: WorkEntity[], c: Candidate): WorkEntity | undefined {
  const k = nameKey(c.name);
  const fits = ents.filter((e) => {
    if (e.type !== c.type) return false;
    const ek = nameKey(e.name);
    if (ek === k) return true;
    const words = ek.split(' ');
    if (c.type === 'Person') return words[words.length - 1] === k || ek.endsWith(` ${k}`);
    return words.includes(k.split(' ')[0]!) && (ek.startsWith(`${k} `) || ek.endsWith(` ${k}`));
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** Merges short forms into the unique longer entity of the same type ("Beratungszentrum" → "… der WerkStark"). */
function mergeShortForms(ents: WorkEntity[], byKey: Map<string, WorkEntity>, linkWord: RegExp): void {
  for (const e of ents) {
    if (e.dropped) continue;
    const k = nameKey(e.name);
    const longer = ents.filter(
      (o) => o !== e && !o.dropped && o.type === e.type && isShortFormOf(k, nameKey(o.name), e.type, linkWord),
    );
    // an acronym names the entity whose word parts it abbreviates ("LBS" → "Landesblumenschau Kleinfurt 2021")
    if (longer.length === 0 && /^\p{Lu}{3,6}$/u.test(e.name) && e.type !== 'Person') {
      const expanded = ents.filter(
        (o) =>
          o !== e &&
          !o.dropped &&
          (o.type === 'Organisation' || o.type === 'Initiative') &&
          abbreviates(e.name, o.name),
      );
      if (expanded.length === 1) longer.push(expanded[0]!);
    }
    const byAlias = ents.filter(
      (o) => o !== e && !o.dropped && o.type === e.type && [...o.aliases].some((a) => nameKey(a) === k),
    );
    // "Talheim" and "Stadt Talheim" are one town (a district "Landkreis X" is not the town X)
    const body =
      e.type === 'Place' ? ents.filter((o) => o !== e && !o.dropped && isTownBodyOf(k, nameKey(o.name))) : [];
    if (longer.length === 0 && body.length === 1) longer.push(body[0]!);
    if (longer.length === 0 && e.type === 'Place') longer.push(...spellingVariantOf(e, ents));
    const target = longer.length === 1 ? longer[0] : byAlias.length === 1 ? byAlias[0] : undefined;
    if (!target) continue;
    target.mentions.push(...e.mentions);
    target.aliases.add(e.name);
    for (const a of e.aliases) target.aliases.add(a);
    target.roles.push(...e.roles);
    target.confidence = Math.max(target.confidence, e.confidence);
    e.dropped = true;
    byKey.set(`${e.type}|${k}`, target);
  }
}

/** The one place named more often whose name is `e`'s with one letter more or less (a typo: "Lindemünster"). */
function spellingVariantOf(e: WorkEntity, ents: WorkEntity[]): WorkEntity[] {
  const k = nameKey(e.name);
  // short names differ by one letter as often as not (Talheim, Thalheim): only long ones are typos
  if (k.length < 10 || k.includes(' ')) return [];
  const fits = ents.filter(
    (o) =>
      o !== e &&
      !o.dropped &&
      o.type === 'Place' &&
      o.mentions.length > e.mentions.length &&
      oneLetterApart(k, nameKey(o.name)),
  );
  return fits.length === 1 ? fits : [];
}

/** True when deleting one letter of the longer word gives the shorter one (not at the first letter). */
function oneLetterApart(a: string, b: string): boolean {
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (l.length !== s.length + 1 || s[0] !== l[0]) return false;
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}

// words that name a town's or a state's body by the place itself ("Stadt X", "Freistaat X")
const TOWN_BODY = /^(?:stadt|gemeinde|markt|hansestadt|landeshauptstadt|land|freistaat) /;

/** True when `long` is the body of the place `short` ("stadt kleinfurt" for "kleinfurt"). */
function isTownBodyOf(short: string, long: string): boolean {
  return TOWN_BODY.test(long) && long.slice(long.indexOf(' ') + 1) === short;
}

/** True when an acronym's letters start the name and follow its word parts in order (IHK, BUGA). */
function abbreviates(acronym: string, name: string): boolean {
  const a = acronym.toLowerCase();
  const n = nameKey(name).replace(/ /g, '');
  if (n.length < 8 || n[0] !== a[0]) return false;
  let i = 1;
  for (const ch of n.slice(1)) if (ch === a[i]) i++;
  return i === a.length && nameKey(name).split(' ').length <= 6;
}

function isShortFormOf(short: string, long: string, type: EntityType, linkWord: RegExp): boolean {
  if (short === long || short.length < 2) return false;
  if (type === 'Person') return long.endsWith(` ${short}`);
  if (type === 'Place') return false;
  if (long.startsWith(`${short} `)) return true;
  // "Nachbarschaftspreis 2019" → "Nachbarschaftspreis des Landkreises Kleinfurt"
  const noYear = short.replace(/ \d{4}$/, '');
  if (type === 'Initiative' && noYear !== short && long.startsWith(`${noYear} `)) return true;
  // "St. Anne School" → "St. Anne Regional Community School": same first and last word, words in order
  const sw = short.split(' ');
  const lw = long.split(' ');
  if (sw.length >= 2 && sw[0] === lw[0] && sw[sw.length - 1] === lw[lw.length - 1] && isSubsequence(sw, lw))
    return true;
  // "Musikschule" → "Städtische Musikschule", but not "WerkStark" → "Beratungszentrum der WerkStark"
  return long.endsWith(` ${short}`) && !linkWord.test(long.slice(0, -short.length - 1));
}

/** Adds surname-only mentions ("Ostendorp", "Kretschmanns") of known persons not already covered. */
export function addSurnameMentions(
  doc: Doc,
  ents: WorkEntity[],
  covered: (start: number, end: number) => boolean,
): void {
  const bySurname = new Map<string, WorkEntity | null>();
  for (const e of ents) {
    if (e.type !== 'Person') continue;
    const words = e.name.split(/\s+/);
    if (words.length < 2) continue;
    const sk = nameKey(words[words.length - 1]!);
    bySurname.set(sk, bySurname.has(sk) ? null : e);
  }
  for (const t of doc.tokens) {
    if (!t.cap) continue;
    let k = nameKey(t.text);
    let e = bySurname.get(k);
    if (e === undefined && /s$/.test(t.text)) {
      k = nameKey(t.text.slice(0, -1));
      e = bySurname.get(k);
    }
    if (!e || covered(t.start, t.end)) continue;
    e.mentions.push({ start: t.start, end: t.end, text: t.text });
    e.aliases.add(t.text);
  }
}

/** Every mention of a person, with its entity, in text order (for rules that walk a release's names). */
export function personMentions(ents: readonly WorkEntity[]): (Mention & { e: WorkEntity })[] {
  return ents
    .filter((e) => e.type === 'Person')
    .flatMap((e) => e.mentions.map((m) => ({ ...m, e })))
    .sort((a, b) => a.start - b.start);
}

/** Freezes a work entity into the domain type. */
export function toExtracted(e: WorkEntity): ExtractedEntity {
  const roles: RoleStatement[] = [];
  const seen = new Set<string>();
  for (const r of e.roles) {
    const key = `${nameKey(r.title)}|${r.organisation ? nameKey(r.organisation) : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    roles.push({ title: r.title, organisation: r.organisation });
  }
  const mentions = [...e.mentions].sort((a, b) => a.start - b.start);
  const aliases = [...e.aliases].filter((a) => nameKey(a) !== nameKey(e.name) && a.trim() !== '');
  const boost = Math.min(0.1, (mentions.length - 1) * 0.03);
  return {
    id: entityId(e.type, e.name),
    type: e.type,
    name: e.name,
    aliases: [...new Set(aliases)],
    mentions,
    roles,
    confidence: Math.round(Math.min(0.99, e.confidence + boost) * 100) / 100,
  };
}

function isSubsequence(short: string[], long: string[]): boolean {
  let i = 0;
  for (const w of long) if (w === short[i]) i++;
  return i === short.length;
}
