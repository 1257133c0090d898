import { createHash } from 'node:crypto';
import type { EntityType } from './entity.js';
import { nameKey } from './fold.js';

const TYPE_PREFIX: Record<EntityType, string> = {
  Person: 'per',
  Organisation: 'org',
  Place: 'plc',
  Initiative: 'ini',
};

/** Short hex digest used for ids. */
export function digest(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('hex').slice(0, 16);
}

// Legal forms name the same body: "MeißelArbeit kAöR" is MeißelArbeit, "Stadtwerke Syke GmbH" the Stadtwerke Syke.
const LEGAL_FORM =
  /\s+(?:k?a[oö]e?r|g?gmbh|mbh|gmbh & co\.? kg|e\.?\s?v\.?|e\.?\s?g\.?|ag|kg|ohg|ug|se|ltd\.?|limited|plc|inc\.?|llc|cic)$/iu;

/**
 * Stable entity id: type prefix plus a readable slug of the folded canonical name, so the same entity
 * gets the same node across releases. Organisations lose a trailing legal form first.
 */
export function entityId(type: EntityType, name: string): string {
  const base = type === 'Organisation' ? name.trim().replace(LEGAL_FORM, '') || name : name;
  const slug = nameKey(base).replace(/ /g, '-').slice(0, 80);
  return `${TYPE_PREFIX[type]}:${slug || digest(name)}`;
}

/** Release id from its canonical text: the same text ingested twice is one release. */
export function releaseId(text: string): string {
  return `rel_${digest(text)}`;
}

/**
 * Stable fact id: the same statement in the same release always gets the same id. The title is part of it,
 * so one sentence giving a person two titles states two facts.
 */
export function factId(
  releaseId: string,
  relation: {
    type: string;
    from: string;
    to: string | null;
    title?: string | null | undefined;
    evidence: { start: number; end: number };
  },
): string {
  const { type, from, to, evidence } = relation;
  const parts = [releaseId, type, from, to ?? '', String(evidence.start), String(evidence.end)];
  // Untitled facts keep the ids they always had.
  if (relation.title) parts.push(relation.title);
  return `fct_${digest(...parts)}`;
}

/**
 * What a fact says, independent of where: type, ends, title and sentence. Rejections are kept by
 * this key, so a rejected statement stays out when its release is re-ingested, even changed.
 */
export function statementKey(fact: {
  type: string;
  from: string;
  to: string | null;
  title?: string | null | undefined;
  evidence: { sentence: string };
}): string {
  return digest(fact.type, fact.from, fact.to ?? '', fact.title ?? '', fact.evidence.sentence);
}
