import type { Stores } from '../../src/ports/stores.js';
import { createTempStores } from '../helpers/temp-stores.js';
import { defineApiSuite } from './api.suite.js';

defineApiSuite('the embedded SQLite store', {
  async create() {
    return createTempStores();
  },
  async dispose(stores: Stores) {
    await stores.close();
  },
});
