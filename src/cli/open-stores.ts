import type { Config } from '../config.js';
import { createEmbeddedStores } from '../stores/sqlite/create-embedded-stores.js';
import type { Stores } from '../stores/stores.js';

/** Opens the stores the configuration selects. */
export function openStores(config: Config): Stores {
  return createEmbeddedStores(config.dataFile);
}
