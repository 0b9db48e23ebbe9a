// Dates are Gregorian: a Buddhist-era year (2566 for 2023) is refused with a Thai hint, not read
// as a date 543 years away; a plan's due date must fall in its own fiscal year.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

const fy = 2566;
let f: ApiFixture;
beforeAll(async () => (f = await createApiFixture()));
afterAll(async () => f?.close());

const list = (query: Record<string, string>) =>
  call(f.handler, {
    method: 'GET',
    path: apiPath('/v1/fiscal-years/{fy}/obligations', { fy }),
    as: who.coordinator,
    query,
  });

describe('due-date filters of the obligation list', () => {
  it('refuses ?from=2566-04-01&to=2566-04-30 with 400 and the hint to use the CE year', async () => {
    const res = await list({ from: '2566-04-01', to: '2566-04-30' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([
      {
        path: 'query.from',
        message_th: 'ใช้ปี ค.ศ. เช่น 2023-04-01 สำหรับ พ.ศ. ๒๕๖๖',
        message_en: 'use the Gregorian (CE) year, e.g. 2023-04-01 for BE 2566',
      },
      expect.objectContaining({ path: 'query.to', message_th: 'ใช้ปี ค.ศ. เช่น 2023-04-30 สำหรับ พ.ศ. ๒๕๖๖' }),
    ]);
  });

  it.each([
    ['a day that does not exist', { from: '2023-02-29' }, 'query.from'],
    ['a date without leading zeros', { to: '2023-4-30' }, 'query.to'],
    ['a range that ends before it starts', { from: '2023-05-01', to: '2023-04-01' }, 'query.to'],
    ['a Buddhist-era year alone in "to"', { to: '2567-02-29' }, 'query.to'],
  ])('refuses %s with a Thai field message', async (_name, query, path) => {
    const res = await list(query);
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe(path);
    expect(res.body.error.fields[0].message_th).toMatch(/[\u0E00-\u0E7F]/);
  });

  it.each([
    ['2566-02-29', '2023-02-29'],
    ['2566-13-01', '2023-13-01'],
    ['2400-01-01', '1857-01-01'],
  ])('refuses ?from=%s with the plain date message, never suggesting the impossible %s', async (from, impossible) => {
    const res = await list({ from });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([
      {
        path: 'query.from',
        message_th: 'วันที่ไม่ถูกต้อง ใช้รูปแบบ ปปปป-ดด-วว ปี ค.ศ. เช่น 2023-04-30',
        message_en: 'not a valid date: use YYYY-MM-DD with the Gregorian year, e.g. 2023-04-30',
      },
    ]);
    expect(JSON.stringify(res.body)).not.toContain(impossible);
  });

  it('still filters by a Gregorian range', async () => {
    const res = await list({ from: '2023-04-01', to: '2023-04-30', unit: 'finance' });
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    for (const o of res.body.items) expect(o.dueDate >= '2023-04-01' && o.dueDate <= '2023-04-30').toBe(true);
  });
});

describe('due dates in plan JSON', () => {
  async function planWithOnceDueDate(dueDate: string) {
    const current = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/measures', { fy }),
      as: who.coordinator,
    });
    const measures = structuredClone(current.body.measures);
    measures[1].followUps[0] = { ...measures[1].followUps[0], cadence: 'once', dueDate };
    return measures;
  }
  const put = (measures: unknown) =>
    call(f.handler, {
      method: 'PUT',
      path: apiPath('/v1/fiscal-years/{fy}/plan', { fy }),
      as: who.coordinator,
      body: { format: 'json', measures },
    });

  it('refuses a once follow-up due 2566-12-31 with the hint, and stores nothing', async () => {
    const measures = await planWithOnceDueDate('2566-12-31');
    const before = await f.dump();
    const res = await put(measures);
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toContainEqual(
      expect.objectContaining({
        path: 'body.measures.1.followUps.0.dueDate',
        message_th: 'มาตรการลำดับที่ ๒ (i5) การติดตามผลรายการที่ ๑: ใช้ปี ค.ศ. เช่น 2023-12-31 สำหรับ พ.ศ. ๒๕๖๖',
      }),
    );
    expect(await f.dump()).toBe(before);
  });

  it.each([
    ['the day after the fiscal year ends', '2023-10-01', '๑ ตุลาคม ๒๕๖๖'],
    ['the day before it starts', '2022-09-30', '๓๐ กันยายน ๒๕๖๕'],
    ['a Gregorian date a year late', '2023-12-31', '๓๑ ธันวาคม ๒๕๖๖'],
  ])(
    'refuses a due date outside FY2566 (%s) naming the fiscal year, and stores nothing',
    async (_name, dueDate, sentTh) => {
      const measures = await planWithOnceDueDate(dueDate);
      const before = await f.dump();
      const res = await put(measures);
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toContainEqual({
        path: 'body.measures.1.followUps.0.dueDate',
        message_th: `มาตรการลำดับที่ ๒ (i5) การติดตามผลรายการที่ ๑: วันครบกำหนดต้องอยู่ในปีงบประมาณ พ.ศ. ๒๕๖๖ (๑ ตุลาคม ๒๕๖๕ ถึง ๓๐ กันยายน ๒๕๖๖) (ค่าที่ส่งมา: ${sentTh})`,
        message_en: `measure 2 (i5), follow-up 1: the due date must fall inside fiscal year 2566 (2022-10-01 to 2023-09-30) (sent: ${dueDate})`,
      });
      expect(await f.dump()).toBe(before);
    },
  );

  it('accepts a once follow-up due inside the fiscal year and shows it in Thai', async () => {
    const res = await put(await planWithOnceDueDate('2022-12-31'));
    expect(res.status).toBe(200);
    const once = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations', { fy }),
      as: who.coordinator,
      query: { from: '2022-12-31', to: '2022-12-31', limit: '200' },
    });
    expect(once.body.items.map((o: { dueDateLabel: string }) => o.dueDateLabel)).toContain('๓๑ ธันวาคม ๒๕๖๕');
  });
});
