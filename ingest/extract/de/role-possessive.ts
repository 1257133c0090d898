// Rule "de-role-possessive": a title after a possessive determiner belongs to the body named just before it
// ("Die Stadtwerke Talheim feierten. Deren Geschäftsführer Jens Kollmann …", "Der Heimatverein … Sein Vorsitzender X").
import type { WorkEntity } from '../core/entities.js';
import type { Doc, Sentence } from '../core/types.js';

const POSSESSIVE =
  /(?:^|[\s(„"])(?:deren|dessen|ihr|ihre|ihrem|ihren|ihrer|ihres|sein|seine|seinem|seinen|seiner|seines)\s+$/iu;

/**
 * The organisation a possessive before the title refers to: the last organisation named before the title, in its
 * sentence or the one before; undefined when no possessive stands before the title.
 */
export function possessiveBody(
  doc: Doc,
  title: string,
  ents: WorkEntity[],
  sentence: Sentence | undefined,
  person: WorkEntity | undefined,
): WorkEntity | undefined {
  if (!sentence || !person) return undefined;
  const mention = person.mentions.find((m) => m.start >= sentence.start && m.end <= sentence.end);
  const head = title.split(/\s+/)[0]!;
  const at = mention ? doc.text.lastIndexOf(head, mention.start) : -1;
  if (at < sentence.start || !POSSESSIVE.test(doc.text.slice(Math.max(sentence.start, at - 12), at))) return undefined;
  const i = doc.sentences.indexOf(sentence);
  const from = i > 0 ? doc.sentences[i - 1]!.start : sentence.start;
  let best: { e: WorkEntity; start: number } | undefined;
  for (const e of ents) {
    if (e.type !== 'Organisation') continue;
    for (const m of e.mentions)
      if (m.start >= from && m.end <= at && (!best || m.start > best.start)) best = { e, start: m.start };
  }
  return best?.e;
}
