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
  // review 17 s19, S19-1: record keys, including the names every object has
  fc
    .tuple(
      fc.nat(),
      fc.boolean(),
      fc.array(
        fc.tuple(
          fc.oneof(
            fc.constantFrom('constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty', 'finance', ''),
            fc.string(),
          ),
          fc.oneof(fc.constant('2023-01'), fc.anything()),
        ),
        { minLength: 1, maxLength: 3 },
      ),
    )
    .map(([i, onFollowUp, entries]) => ({
      name: 'unitFirstMonths keys',
      apply: (m: Measure[]) => {
        // through JSON, as a caller sends it: "__proto__" stays an own key
        const months = JSON.parse(JSON.stringify(Object.fromEntries(entries))) as Record<string, string>;
        if (onFollowUp) at(m, i).followUps[0]!.unitFirstMonths = months;
        else at(m, i).responsible.unitFirstMonths = months;
      },
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

  it('a once follow-up due on a Buddhist-era, impossible or out-of-year date is 400 naming that field, writing nothing', async () => {
    const day = (min: string, max: string) =>
      fc
        .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    const inYear = day('2022-10-01', '2023-09-30'); // FY2566
    const dueDate = fc.oneof(
      inYear.map((d) => ({ d, ok: true })),
      inYear.map((d) => ({ d: `${Number(d.slice(0, 4)) + 543}${d.slice(4)}`, ok: false })), // 2566-12-31
      fc.oneof(day('2021-01-01', '2022-09-30'), day('2023-10-01', '2025-12-31')).map((d) => ({ d, ok: false })),
      fc
        .constantFrom('2023-02-29', '2023-04-31', '2023-13-01', '2023-4-1', '๒๕๖๖-๑๒-๓๑', '', 'ก')
        .map((d) => ({ d, ok: false })),
    );
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(), dueDate, async (i, { d, ok }) => {
        const measures = structuredClone(seed);
        const index = i % measures.length;
        Object.assign(measures[index]!.followUps[0]!, { cadence: 'once', dueDate: d });
        const before = writes.count;
        const res = await call(f.handler, {
          method: 'PUT',
          path: `${base}/plan`,
          as: who.coordinator,
          body: { format: 'json', measures },
        });
        tally.requests++;
        expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBeLessThan(500);
        if (ok) return;
        refused++;
        expect(res.status, d).toBe(400);
        expect(writes.count).toBe(before);
        expect(res.body.error.fields.map((x: { path: string }) => x.path)).toContain(
          `body.measures.${index}.followUps.0.dueDate`,
        );
      }),
      { numRuns: 300, seed: 2566 },
    );
    expect(refused).toBeGreaterThan(150);
  }, 600_000);
});
