// One API fixture for a test file: created before its tests, closed after, with a counter of the
// writes to its table (a refused request must write nothing).
import { afterAll, beforeAll } from 'vitest';
import { createApiFixture, type ApiFixture } from './api-fixture.js';
import { countWrites } from './write-counter.js';

export interface ApiSuite {
  /** the fixture (set once beforeAll has run: read it inside tests and hooks) */
  f: ApiFixture;
  /** writes to the fixture's table so far */
  writes: { readonly count: number };
}

/** Registers beforeAll/afterAll for a fixture made with `options` (createApiFixture's). */
export function apiSuite(options?: Parameters<typeof createApiFixture>[0]): ApiSuite {
  const suite = {} as ApiSuite;
  beforeAll(async () => {
    suite.f = await createApiFixture(options);
    suite.writes = countWrites(suite.f.store.doc);
  });
  afterAll(async () => suite.f?.close());
  return suite;
}
