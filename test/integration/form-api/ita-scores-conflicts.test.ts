// A save that meets another in DynamoDB (TransactionConflict: two coordinators, or one saving twice
// quickly) is tried again: the coordinator gets 200, never a 503. DynamoDB Local serialises
// transactions, so the conflict is made at the SDK level (test/support/fault-injection.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { conflictTransactions } from '../../support/fault-injection.js';

let f: ApiFixture;
beforeAll(async () => (f = await createApiFixture()));
afterAll(async () => f?.close());

const path = (fy: number) => apiPath('/v1/fiscal-years/{fy}/ita-scores', { fy });

describe("last year's ITA scores saved while another save holds the item", () => {
  it.each([
    ['one conflict, a year with a plan', 2566, 1],
    ['two conflicts in a row', 2567, 2],
    ['three conflicts, a year without a plan', 2571, 3],
  ])('%s: 200, and the scores are read back', async (_name, fy, times) => {
    const conflicts = conflictTransactions(f.store.doc, times);
    try {
      const res = await call(f.handler, {
        method: 'PUT',
        path: path(fy),
        as: who.coordinator,
        body: { indicators: [{ no: 1, score: 70 }] },
      });
      expect(conflicts.injected).toBe(times);
      expect(res.status).toBe(200);
    } finally {
      conflicts.remove();
    }
    const read = await call(f.handler, { method: 'GET', path: path(fy), as: who.coordinator });
    expect(read.body.indicators).toEqual([{ no: 1, score: 70 }]);
  });
});
