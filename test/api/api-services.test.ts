// The API's services over one set of stores: each part of the API sees only the graph role it uses.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDate } from '../../ingest/parse/dates.js';
import { createDocumentProcessor } from '../../ingest/process-document.js';
import { writeRelease } from '../../ingest/write-release.js';
import { apiServices } from '../../src/api/context.js';
import type { ApiServices } from '../../src/api/context.js';
import { makeFacts } from '../helpers/make-facts.js';
import { createTempStores } from '../helpers/temp-stores.js';

const facts = makeFacts({
  source: 'fixtures/roles.txt',
  title: 'Bürgermeisterin besucht Werkhof',
  body: 'Bürgermeisterin Erika Beispiel besuchte den Werkhof Musterstadt.',
  entities: [
    { type: 'Person', name: 'Erika Beispiel' },
    { type: 'Organisation', name: 'Werkhof Musterstadt' },
  ],
  relations: [
    {
      type: 'VISITED',
      from: 'Erika Beispiel',
      to: 'Werkhof Musterstadt',
      sentence: 'Bürgermeisterin Erika Beispiel besuchte den Werkhof Musterstadt.',
    },
  ],
});

// Never called: `tsc` (npm run types) checks that the roles stay narrow.
function _rolesStayNarrow(services: ApiServices): void {
  // @ts-expect-error queries read the graph; writing goes through `writeRelease` (ingest's write)
  void services.graph.writeRelease;
  // @ts-expect-error queries cannot curate
  void services.graph.mergeEntities;
  // @ts-expect-error mutations change the graph through curation, not by writing releases directly
  void services.editor.writeRelease;
  // @ts-expect-error the ingest ledger is no business of the API
  void services.editor.ledgerEntries;
  // @ts-expect-error closing the stores is the composition root's
  void services.health.graph.close;
}
void _rolesStayNarrow;

describe('apiServices', () => {
  let stores: ReturnType<typeof createTempStores>;
  let services: ApiServices;
  beforeEach(() => {
    stores = createTempStores();
    services = apiServices(stores, { processDocument: createDocumentProcessor(), writeRelease, parseDate });
  });
  afterEach(() => stores.close());

  it('binds ingest’s write to the stores: a release written through the services is in the graph and the index', async () => {
    expect((await services.writeRelease(facts)).outcome).toBe('created');
    expect((await services.graph.getRelease(facts.release.id))?.title).toBe(facts.release.title);
    expect(await services.search.has(facts.release.id)).toBe(true);
  });

  it('curates through the editor role and reads the result through the reader role', async () => {
    await services.writeRelease(facts);
    const [visit] = await services.graph.factsOfRelease(facts.release.id);
    expect(await services.editor.rejectFact(visit!.id, 'curator')).toBe(true);
    expect(await services.graph.factsOfRelease(facts.release.id)).toEqual([]);
    expect((await services.editor.curationLog(1))[0]).toMatchObject({ action: 'REJECT_FACT', actor: 'curator' });
  });

  it('checks readiness on both stores and names them', async () => {
    await expect(services.health.graph.ping()).resolves.toBeUndefined();
    expect(services.health.graph.description).toContain(stores.file);
    expect(await services.health.search.has('rel_missing')).toBe(false);
  });
});
