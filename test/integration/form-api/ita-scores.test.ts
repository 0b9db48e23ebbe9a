// PUT/GET /v1/fiscal-years/{fy}/ita-scores: last year's ITA scores beside the plan that answers them;
// every indicator under 85 that no measure of the plan answers is flagged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { call, type ApiResponse } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { countWrites } from '../../support/write-counter.js';

let f: ApiFixture;
let writes: { readonly count: number };
const path = apiPath('/v1/fiscal-years/{fy}/ita-scores', { fy: 2566 });

beforeAll(async () => {
  f = await createApiFixture();
  writes = countWrites(f.store.doc);
});
afterAll(async () => f?.close());

const put = (indicators: unknown, as: string = who.coordinator) =>
  call(f.handler, { method: 'PUT', path, as, body: { indicators } });
const paths = (res: ApiResponse) => res.body.error.fields.map((x: { path: string }) => x.path);

describe("last year's ITA scores", () => {
  it('starts empty, flagging nothing', async () => {
    const res = await call(f.handler, { method: 'GET', path, as: who.coordinator });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ fy: 2566, indicators: [], hasPlan: true, uncovered: [] });
  });

  it('flags every indicator under 85 that no measure of the seed plan answers (the seed has 4-10)', async () => {
    const res = await put([
      { no: 3, score: 62.5 },
      { no: 1, score: 84.99 },
      { no: 2, score: 85 },
      { no: 4, score: 40 },
      { no: 9, score: 100 },
    ]);
    expect(res.status).toBe(200);
    expect(res.body.indicators.map((i: { no: number }) => i.no)).toEqual([1, 2, 3, 4, 9]);
    expect(res.body.uncovered).toEqual([
      { no: 1, name_th: 'การปฏิบัติหน้าที่', score: 84.99 },
      { no: 3, name_th: 'การใช้อำนาจ', score: 62.5 },
    ]);
    expect(res.body.updatedBy).toBe(who.coordinator);
    const read = await call(f.handler, { method: 'GET', path, as: who.executive });
    expect(read.body).toEqual(res.body);
  });

  it('flags every indicator under 85 for a year without a plan', async () => {
    const res = await call(f.handler, {
      method: 'PUT',
      path: apiPath('/v1/fiscal-years/{fy}/ita-scores', { fy: 2567 }),
      as: who.coordinator,
      body: {
        indicators: [
          { no: 5, score: 70 },
          { no: 6, score: 90 },
        ],
      },
    });
    expect(res.body).toMatchObject({ hasPlan: false, uncovered: [{ no: 5, score: 70 }] });
  });

  it('refuses an indicator given twice, out of 1-10, a score out of 0-100 or a missing field, with the field, writing nothing', async () => {
    const before = writes.count;
    for (const [indicators, field] of [
      [
        [
          { no: 4, score: 80 },
          { no: 4, score: 90 },
        ],
        'body.indicators.1.no',
      ],
      [[{ no: 11, score: 80 }], 'body.indicators.0.no'],
      [[{ no: 0, score: 80 }], 'body.indicators.0.no'],
      [[{ no: 2, score: 100.5 }], 'body.indicators.0.score'],
      [[{ no: 2, score: -1 }], 'body.indicators.0.score'],
      [[{ no: 2 }], 'body.indicators.0.score'],
      [[{ no: 2, score: '80' }], 'body.indicators.0.score'],
      [Array.from({ length: 11 }, (_, i) => ({ no: (i % 10) + 1, score: 90 })), 'body.indicators'],
    ] as const) {
      const res = await put(indicators);
      expect(res.status, JSON.stringify(indicators)).toBe(400);
      expect(paths(res)).toContain(field);
    }
    expect(
      (
        await put([
          { no: 4, score: 80 },
          { no: 4, score: 90 },
        ])
      ).body.error.fields[0].message_th,
    ).toContain('ซ้ำ');
    expect(writes.count).toBe(before);
  });

  it('refuses a score with more than two decimals (1e-200 would be a DynamoDB number underflow), in Thai, writing nothing', async () => {
    const before = writes.count;
    for (const score of [1e-200, 5e-324, 1e-131, 1e-130, 72.456, 99.99999999999999]) {
      const res = await put([{ no: 2, score }]);
      expect(res.status, String(score)).toBe(400);
      expect(res.body.error.fields).toEqual([
        expect.objectContaining({
          path: 'body.indicators.0.score',
          message_th: expect.stringContaining('ทศนิยมได้ไม่เกิน ๒ ตำแหน่ง'),
          message_en: expect.stringContaining('at most 2 decimal places'),
        }),
      ]);
    }
    expect(writes.count).toBe(before);
    for (const score of [0.01, 72.45, 99.99, 0])
      expect((await put([{ no: 2, score }])).status, String(score)).toBe(200);
  });

  it('lets only coordinators enter scores; staff cannot read them', async () => {
    expect((await put([{ no: 1, score: 50 }], who.executive)).status).toBe(403);
    expect((await put([{ no: 1, score: 50 }], who.financeStaff)).status).toBe(403);
    expect((await call(f.handler, { method: 'GET', path, as: who.financeStaff })).status).toBe(403);
  });
});
