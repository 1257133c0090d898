import { releaseId } from '../../domain/ids.js';
import type { Language } from '../../domain/release.js';
import { reindexEntity } from '../../search/reindex.js';
import { requiredName } from '../arguments.js';
import type { ApiContext } from '../context.js';
import { ErrorCode, apiError } from '../errors.js';

interface IngestInput {
  text: string;
  title?: string | null;
  date?: string | null;
  publisher?: string | null;
  language?: string | null;
  source?: string | null;
  url?: string | null;
}

const MAX_TEXT = 2_000_000;

/** The caller's name for the curation log (the access plugin has checked the write scope). */
function actor(context: ApiContext): string {
  return context.caller.actor ?? 'anonymous';
}

/** Root mutation resolvers. */
export const mutationResolvers = {
  async ingestRelease(_: unknown, { input }: { input: IngestInput }, context: ApiContext) {
    if (input.text.length > MAX_TEXT)
      throw apiError(ErrorCode.BAD_USER_INPUT, `"text" is longer than ${MAX_TEXT} characters`);
    if (input.language && input.language !== 'de' && input.language !== 'en') {
      throw apiError(ErrorCode.BAD_USER_INPUT, `"language" must be de or en, got "${input.language}"`);
    }
    const date = input.date?.trim();
    // Ingest falls back to a date found in the text when the given one cannot be read; over the API
    // that would drop the caller's date silently, so an unreadable date is refused.
    if (date && context.parseDate(date) === null) {
      throw apiError(
        ErrorCode.BAD_USER_INPUT,
        `"date" is not a date: "${date}"; use YYYY-MM-DD (e.g. 2024-05-31) or a written date like "31. Mai 2024"`,
      );
    }
    const source = input.source?.trim() || `api:${releaseId(input.text)}`;
    let facts;
    try {
      facts = context.processDocument({
        raw: input.text,
        meta: {
          source,
          title: input.title ?? undefined,
          date: date || undefined,
          publisher: input.publisher ?? undefined,
          language: (input.language as Language | undefined) ?? undefined,
          url: input.url ?? undefined,
        },
      });
    } catch (error) {
      // Not a release (empty, binary, no body): the caller's input, said plainly.
      throw apiError(ErrorCode.BAD_USER_INPUT, (error as Error).message);
    }
    const result = await context.writeRelease(facts);
    return { outcome: result.outcome, release: facts.release };
  },
  async deleteRelease(_: unknown, { id }: { id: string }, context: ApiContext) {
    const deleted = await context.editor.deleteRelease(id);
    if (!deleted) throw apiError(ErrorCode.NOT_FOUND, `no release with id "${id}"`);
    await context.search.remove([id]);
    await context.editor.recordCuration({
      actor: actor(context),
      action: 'DELETE_RELEASE',
      details: { releaseId: id },
    });
    return true;
  },
  async mergeEntities(_: unknown, { ids }: { ids: string[] }, context: ApiContext) {
    const survivor = await context.editor.mergeEntities(ids, actor(context));
    // Hits, facets and suggestions then show the surviving entity instead of the merged ones.
    await reindexEntity(context.graph, context.search, survivor.id);
    return survivor;
  },
  async renameEntity(_: unknown, { id, name }: { id: string; name: string }, context: ApiContext) {
    const entity = await context.editor.renameEntity(id, requiredName(name, 'name'), actor(context));
    await reindexEntity(context.graph, context.search, entity.id);
    return entity;
  },
  async rejectFact(_: unknown, { id }: { id: string }, context: ApiContext) {
    const rejected = await context.editor.rejectFact(id, actor(context));
    if (!rejected) throw apiError(ErrorCode.NOT_FOUND, `no fact with id "${id}"`);
    return true;
  },
};
