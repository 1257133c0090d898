// The shared extraction pipeline: tokens → candidates → entities → coreference → relations.
import { entityId } from '../../../src/domain/index.js';
import type { Extraction, Release } from '../../../src/domain/index.js';
import { analyze } from '../nlp/analyze.js';
import { withContactNames } from './contact-line.js';
import { addSurnameMentions, buildEntities, resolveOverlaps, toExtracted, type WorkEntity } from './entities.js';
import type { LanguagePack, TitleRef } from './pack.js';
import { holdsRoles } from './holds-role.js';
import type { Located } from './located.js';
import { quotations } from './quoted.js';
import { visits } from './visited.js';

/** Runs one language pack over a release and returns plain domain objects. */
export function runPipeline(release: Release, pack: LanguagePack): Extraction {
  const doc = analyze(withContactNames(release));
  const { candidates, titleRefs } = pack.recognise(doc);
  for (const c of candidates) for (const r of c.roles ?? []) r.at ??= c.start;
  const kept = resolveOverlaps(candidates, pack.nestableRules);
  const ents = buildEntities(doc, kept, pack.nameLinkWord);
  const covered = (s: number, e: number): boolean => kept.some((c) => c.start < e && s < c.end);
  addSurnameMentions(doc, ents, covered);
  const coveredByPerson = (s: number, e: number): boolean =>
    kept.some((c) => c.type === 'Person' && c.start < e && s < c.end);
  const looseRefs = resolveTitleRefs(doc.text, titleRefs, ents, pack, coveredByPerson);
  const idOf = (e: WorkEntity): string => entityId(e.type, e.name);
  const located: Located[] = ents
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e, id: idOf(e) })))
    .sort((a, b) => a.start - b.start);
  const relations = [
    ...holdsRoles(doc, ents, idOf, pack),
    ...quotations(doc, located, pack),
    ...visits(doc, located, pack, looseRefs),
  ];
  return { entities: ents.map(toExtracted), relations };
}

/** "der Landrat" → the person whose role has the same title (the latest one mentioned before). */
function resolveTitleRefs(
  text: string,
  refs: TitleRef[],
  ents: WorkEntity[],
  pack: LanguagePack,
  covered: (s: number, e: number) => boolean,
): number[] {
  const loose: number[] = [];
  for (const ref of refs) {
    if (covered(ref.start, ref.end)) continue;
    const key = pack.titleKey(ref.title);
    if (!key) continue;
    const fits = ents.filter(
      (e) => e.type === 'Person' && e.roles.some((r) => (pack.titleKey(r.title) ?? '').endsWith(key)),
    );
    if (fits.length === 0) {
      loose.push(ref.start); // unresolved: acts like a pronoun for the visit rule
      continue;
    }
    const before = (e: WorkEntity): number =>
      Math.max(-1, ...e.mentions.filter((m) => m.start < ref.start).map((m) => m.start));
    // a plural reference ("the commissioners") means all of them
    const plural = fits.length > 1 && (pack.isPluralTitle?.(ref.title) ?? false);
    const chosen = plural ? fits : [fits.length === 1 ? fits[0]! : [...fits].sort((a, b) => before(b) - before(a))[0]!];
    for (const best of chosen)
      best.mentions.push({ start: ref.start, end: ref.end, text: text.slice(ref.start, ref.end) });
  }
  return loose;
}
