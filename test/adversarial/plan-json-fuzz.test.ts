// Plan JSON fuzzing (issue 17): duplicates, out-of-range numbers, huge fields, malformed Unicode and
// arbitrary values in every field of a real plan. No 5xx; a refused plan writes nothing; an accepted
// plan reads back as sent.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Measure } from '../../shared/domain/plan.js';
import { call } from '../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../support/api-fixture.js';
import { countWrites } from '../support/write-counter.js';

let f: ApiFixture;
let writes: { readonly count: number };
let seed: Measure[];
const base = '/v1/fiscal-years/2566';
const tally = { requests: 0, fiveHundreds: 0, rejectedWrites: 0, accepted: 0 };

beforeAll(async () => {
  f = await createApiFixture();
  writes = countWrites(f.store.doc);
  seed = (await call(f.handler, { method: 'GET', path: `${base}/measures`, as: who.coordinator })).body.measures;
});
afterAll(async () => {
  console.log(
    `plan JSON fuzz: ${tally.requests} plans, ${tally.fiveHundreds} 5xx, ${tally.rejectedWrites} writes on refused plans (${tally.accepted} accepted)`,
  );
  await f?.close();
});

type Mutation = (measures: Measure[]) => void;
const at = <T>(list: readonly T[], i: number) => list[i % list.length]!;

const badString = fc.oneof(
  fc.constantFrom('a\ud800', '\udfffรายงาน', 'ก\ud83d', ''),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.integer({ min: 5001, max: 40_000 }).map((n) => 'ก'.repeat(n)),
);
const thaiText = fc.string({
  unit: fc.integer({ min: 0x0e01, max: 0x0e5b }).map((c) => String.fromCharCode(c)),
  minLength: 1,
  maxLength: 300,
});

const mutation: fc.Arbitrary<{ name: string; apply: Mutation }> = fc.oneof(
  fc.tuple(fc.nat(), thaiText).map(([i, t]) => ({
    name: 'valid title edit',
    apply: (m: Measure[]) => void (at(m, i).title = t),
  })),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => ({
    name: 'duplicate measureId',
    apply: (m: Measure[]) => void m.push({ ...at(m, i), measureId: at(m, j).measureId, order: m.length + 1 }),
  })),
  fc.nat().map((i) => ({
    name: 'duplicate followUpNo',
    apply: (m: Measure[]) => {
      const x = at(m, i);
      x.followUps.push({ ...x.followUps[0]! });
    },
  })),
  fc.tuple(fc.nat(), fc.oneof(fc.integer({ min: -3, max: 5000 }), fc.double(), fc.constant(1e12))).map(([i, n]) => ({
    name: `followUpNo ${n}`,
    apply: (m: Measure[]) => void (at(m, i).followUps[0]!.followUpNo = n),
  })),
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom('title', 'timeframe', 'methods', 'recommendations', 'followUp', 'responsible'),
      badString,
    )
    .map(([i, field, s]) => ({
      name: `bad string in ${field}`,
      apply: (m: Measure[]) => {
        const x = at(m, i);
        if (field === 'title') x.title = s;
        else if (field === 'timeframe') x.timeframe = s;
        else if (field === 'methods') x.methods.push(s);
        else if (field === 'recommendations') x.recommendations.push(s);
        else if (field === 'followUp') x.followUps[0]!.text = s;
        else x.responsible.text = s;
      },
    })),
  fc.tuple(fc.nat(), fc.integer({ min: 21, max: 120 })).map(([i, n]) => ({
    name: `measure of ${n} x 5000 characters`,
    apply: (m: Measure[]) => void (at(m, i).subMeasures = Array.from({ length: n }, () => 'ข'.repeat(5000))),
  })),
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom('measureId', 'indicator', 'order', 'cadence', 'unitIds', 'audience'),
      fc.anything(),
    )
    .map(([i, field, value]) => ({
      name: `anything in ${field}`,
      apply: (m: Measure[]) => {
        const x = at(m, i) as unknown as Record<string, unknown>;
        if (field === 'cadence') (x.followUps as Record<string, unknown>[])[0]!.cadence = value;
        else if (field === 'unitIds') (x.responsible as Record<string, unknown>).unitIds = value;
        else if (field === 'audience') (x.followUps as Record<string, unknown>[])[0]!.audience = value;
        else x[field] = value;
      },
    })),
  fc.nat().map((i) => ({
    name: 'unknown unit',
    apply: (m: Measure[]) => void (at(m, i).responsible.unitIds = ['welfare']),
  })),
);

describe('plan JSON fuzzing', () => {
  it('answers 2,000 mutated plans with no 5xx, and writes nothing for a refused one', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const measures = structuredClone(seed);
        for (const m of mutations) m.apply(measures);
        const before = writes.count;
        const res = await call(f.handler, {
          method: 'PUT',
          path: `${base}/plan`,
          as: who.coordinator,
          body: { format: 'json', measures },
        });
        tally.requests++;
        if (res.status >= 500) tally.fiveHundreds++;
        expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBeLessThan(500);
        if (res.status >= 400) {
          if (writes.count !== before) tally.rejectedWrites++;
          expect(writes.count).toBe(before);
          expect(res.body.error.message_th).toMatch(/[\u0E00-\u0E7F]/);
          for (const field of res.body.error.fields) expect(field.message_th).toMatch(/[\u0E00-\u0E7F]/);
        } else {
          tally.accepted++;
          expect(res.status).toBe(200);
          expect(res.body.plan.measures).toHaveLength(measures.length);
        }
      }),
      { numRuns: 2000, seed: 17 },
    );
    expect(tally.accepted).toBeGreaterThan(50);
    expect(tally.requests - tally.accepted).toBeGreaterThan(1000);
  }, 600_000);
});
