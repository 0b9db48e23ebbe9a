// Tester s55: `?unit=a&unit=b` on the obligations list (API Gateway joins the values: "a,b") was
// refused as "มีอักขระหรือรูปแบบที่ไม่อนุญาต" / "has characters that are not allowed". A parameter that
// takes one value, given twice, now says so: one value only, on that parameter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

let f: ApiFixture;
beforeAll(async () => {
  f = await createApiFixture();
});
afterAll(async () => f?.close());

const list = (rawQuery: string, as: string = who.coordinator) =>
  call(f.handler, { method: 'GET', path: '/v1/fiscal-years/2566/obligations', as, rawQuery });

describe('a one-value query parameter given twice is refused as given twice, not as bad characters', () => {
  it.each([
    ['?unit=finance&unit=engineering', 'unit=finance&unit=engineering', 'query.unit', 'หน่วยงาน', 'unit'],
    ['?status=overdue&status=due', 'status=overdue&status=due', 'query.status', 'สถานะ', 'status'],
    ['?from=… twice, with a unit', 'unit=finance&from=2023-04-01&from=2023-05-01', 'query.from', 'ตั้งแต่วันที่', 'from'],
    ['?limit=10&limit=20', 'limit=10&limit=20', 'query.limit', 'จำนวนต่อหน้า', 'page size'],
  ])('%s', async (_name, rawQuery, path, th, en) => {
    const res = await list(rawQuery);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error.fields).toEqual([
      {
        path,
        message_th: `ระบุ${th}ได้ค่าเดียว`,
        message_en: `${en}: one value only`,
      },
    ]);
  });

  it('the same unit three times, or a second one left empty, is told the same way', async () => {
    for (const rawQuery of ['unit=finance&unit=finance&unit=finance', 'unit=finance&unit=']) {
      const res = await list(rawQuery);
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toEqual([
        { path: 'query.unit', message_th: 'ระบุหน่วยงานได้ค่าเดียว', message_en: 'unit: one value only' },
      ]);
    }
  });

  it('one of each still filters', async () => {
    const res = await list('unit=finance&status=overdue&limit=200');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.items.every((o: { unitId: string }) => o.unitId === 'finance')).toBe(true);
  });
});
