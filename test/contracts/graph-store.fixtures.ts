// Shared by the role contracts of the graph store (graph-*.contract.ts): the harness and the releases.
import { afterEach, beforeEach } from 'vitest';
import type { GraphStore } from '../../src/ports/graph-store.js';
import { makeFacts } from '../helpers/make-facts.js';

/** How a contract run gets a fresh, empty store and gives it back. */
export interface GraphStoreHarness {
  create(): Promise<GraphStore>;
  dispose(store: GraphStore): Promise<void>;
}

/** A visit with a role and a quote. */
export const visit = () =>
  makeFacts({
    source: 'samples/visit.txt',
    title: 'Landrätin besucht Migrationszentrum',
    date: '2024-05-02',
    publisher: 'Landkreis Osnabrück',
    body:
      'Osnabrück. Landrätin Anja Ahlerding besuchte am Montag das Migrationszentrum der MeißelArbeit. ' +
      '„Hier wird großartige Arbeit geleistet“, sagte Ahlerding.',
    entities: [
      {
        type: 'Person',
        name: 'Anja Ahlerding',
        aliases: ['Ahlerding'],
        roles: [{ title: 'Landrätin', organisation: 'Landkreis Osnabrück' }],
      },
      { type: 'Organisation', name: 'Migrationszentrum der MeißelArbeit', aliases: ['Migrationszentrum'] },
      { type: 'Organisation', name: 'Landkreis Osnabrück' },
      { type: 'Place', name: 'Osnabrück' },
    ],
    relations: [
      {
        type: 'VISITED',
        from: 'Anja Ahlerding',
        to: 'Migrationszentrum der MeißelArbeit',
        date: '2024-04-29',
        sentence: 'Landrätin Anja Ahlerding besuchte am Montag das Migrationszentrum der MeißelArbeit.',
      },
      {
        type: 'HOLDS_ROLE',
        from: 'Anja Ahlerding',
        to: 'Landkreis Osnabrück',
        title: 'Landrätin',
        sentence: 'Landrätin Anja Ahlerding besuchte am Montag das Migrationszentrum der MeißelArbeit.',
      },
      {
        type: 'QUOTED_IN',
        from: 'Anja Ahlerding',
        quote: 'Hier wird großartige Arbeit geleistet',
        sentence: '„Hier wird großartige Arbeit geleistet“, sagte Ahlerding.',
      },
    ],
  });

/** A second release naming one entity of `visit` again. */
export const award = () =>
  makeFacts({
    source: 'samples/award.txt',
    title: 'Preis für Straßen-Projekt',
    date: '2024-06-10',
    body: 'Anja Ahlerding überreichte Jörg Weiß-Müller den Preis „Grüne Straße“.',
    entities: [
      { type: 'Person', name: 'Anja Ahlerding' },
      { type: 'Person', name: 'Jörg Weiß-Müller', aliases: ['Weiß-Müller'] },
      { type: 'Initiative', name: 'Grüne Straße' },
    ],
  });

/** Invented people and bodies for name lookup: two share a surname, one is stored by surname only. */
export const namesake = () =>
  makeFacts({
    source: 'samples/namesakes.txt',
    title: 'Ostwald und Ostwald im Finanzamt Nordstadt',
    date: '2024-07-01',
    body: 'Landrätin Greta Ostwald und Tilo Ostwald trafen Kemmler im Finanzamt Nordstadt.',
    entities: [
      { type: 'Person', name: 'Greta Ostwald', aliases: ['Ostwald', 'Greta Ostwalds'] },
      { type: 'Person', name: 'Tilo Ostwald' },
      { type: 'Person', name: 'Kemmler' },
      { type: 'Organisation', name: 'Finanzamt Nordstadt' },
    ],
  });

/** A fresh store from `harness` for each test of the calling suite; call inside `describe`. */
export function useStore(harness: GraphStoreHarness): () => GraphStore {
  let store: GraphStore | undefined;
  beforeEach(async () => {
    store = await harness.create();
  });
  afterEach(async () => {
    if (store) await harness.dispose(store);
    store = undefined;
  });
  return () => store!;
}
