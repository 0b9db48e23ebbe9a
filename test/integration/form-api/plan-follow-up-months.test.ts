// Review 17 s13, S13-3: a reported follow-up's cadence could never change mid-year (409), and the
// page's advice (keep it, add a new follow-up) left the old monthly obligations, reminders and
// overdue marks running to September. Through PUT /plan: stop the monthly follow-up after its last
// reported month and add a quarterly one from the month after; the obligations follow, the report
// stays; narrowing the months past a report is refused on the month's field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Measure } from '../../../shared/domain/plan.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { obligationIdsOf, savedPlan, saveWithMeasure } from '../../support/plan-requests.js';
import { putReport } from '../../support/report-requests.js';

let f: ApiFixture;
const MARCH = 'i4.f2.2023-03.finance';

beforeAll(async () => {
  f = await createApiFixture();
  const res = await putReport(f, MARCH, { progress: 'done', summary: 'รายงานการใช้ทรัพย์สินของราชการเดือนมีนาคมแล้ว' });
  expect(res.status, JSON.stringify(res.body.error)).toBe(200);
});
afterAll(async () => f?.close());

const measures = () => savedPlan(f);
const saveWithI4 = (change: (m: Measure) => Measure) => saveWithMeasure(f, 'i4', change);
const financeObligations = () => obligationIdsOf(f, who.financeStaff);

describe('changing a reported follow-up’s cadence from a month on', () => {
  it('refuses a month outside the fiscal year, or a last month before the first (400 on the field)', async () => {
    const res = await saveWithI4((m) => {
      m.followUps[1]!.firstMonth = '2023-10';
      return m;
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('body.measures.0.followUps.1.firstMonth');
    expect(res.body.error.fields[0].message_th).toContain('เดือนต้องอยู่ในปีงบประมาณ พ.ศ. ๒๕๖๖');
    const reversed = await saveWithI4((m) => {
      Object.assign(m.followUps[1]!, { firstMonth: '2023-05', lastMonth: '2023-04' });
      return m;
    });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.fields[0].path).toBe('body.measures.0.followUps.1.lastMonth');
  });

  // review 17 s16, S16-5: a unit's first month past the year left it owing nothing, stored (200)
  it("refuses a unit's first month outside the fiscal year, on the measure or a follow-up, and writes nothing", async () => {
    const before = await measures();
    for (const [change, path, month] of [
      [
        (m: Measure) => ({ ...m, responsible: { ...m.responsible, unitFirstMonths: { engineering: '2030-01' } } }),
        'body.measures.0.responsible.unitFirstMonths.engineering',
        '2030-01',
      ],
      [
        (m: Measure) => ({ ...m, responsible: { ...m.responsible, unitFirstMonths: { finance: '2022-09' } } }),
        'body.measures.0.responsible.unitFirstMonths.finance',
        '2022-09',
      ],
      [
        (m: Measure) => {
          m.followUps[1]!.unitFirstMonths = { finance: '2023-10' };
          return m;
        },
        'body.measures.0.followUps.1.unitFirstMonths.finance',
        '2023-10',
      ],
    ] as const) {
      const res = await saveWithI4(change);
      expect(res.status, path).toBe(400);
      expect(res.body.error.fields[0].path).toBe(path);
      expect(res.body.error.fields[0].message_th).toContain('ต้องอยู่ในปีงบประมาณ พ.ศ. ๒๕๖๖');
      expect(res.body.error.fields[0].message_th).toContain(month);
    }
    expect((await measures()).version).toBe(before.version);
  });

  // review 17 s19, S19-1: a key "constructor" gave 500 (the marshaller took the object for a class
  // instance); "prototype" and units the org does not have were stored
  it("refuses a unit's first month keyed by anything but one of the org's units, on the measure or a follow-up, and writes nothing", async () => {
    const before = await measures();
    for (const [change, path] of [
      [
        (m: Measure) => ({ ...m, responsible: { ...m.responsible, unitFirstMonths: { constructor: '2023-01' } } }),
        'body.measures.0.responsible.unitFirstMonths.constructor',
      ],
      [
        (m: Measure) => {
          m.followUps[1]!.unitFirstMonths = JSON.parse('{"constructor":"2023-01"}') as Record<string, string>;
          return m;
        },
        'body.measures.0.followUps.1.unitFirstMonths.constructor',
      ],
      [
        (m: Measure) => ({ ...m, responsible: { ...m.responsible, unitFirstMonths: { prototype: '2023-01' } } }),
        'body.measures.0.responsible.unitFirstMonths.prototype',
      ],
      [
        (m: Measure) => {
          m.followUps[1]!.unitFirstMonths = { 'no-such-unit': '2023-01' };
          return m;
        },
        'body.measures.0.followUps.1.unitFirstMonths.no-such-unit',
      ],
      // review 17 s21 (issue 17 item 2): "__proto__" was skipped by zod's record: 200, the key dropped
      [
        (m: Measure) => ({
          ...m,
          responsible: {
            ...m.responsible,
            unitFirstMonths: JSON.parse('{"__proto__":"2023-01"}') as Record<string, string>,
          },
        }),
        'body.measures.0.responsible.unitFirstMonths.__proto__',
      ],
      [
        (m: Measure) => {
          m.followUps[1]!.unitFirstMonths = JSON.parse('{"finance":"2023-04","__proto__":"2023-01"}') as Record<
            string,
            string
          >;
          return m;
        },
        'body.measures.0.followUps.1.unitFirstMonths.__proto__',
      ],
    ] as const) {
      const res = await saveWithI4(change);
      expect(res.status, path).toBe(400);
      const field = (res.body.error.fields as { path: string; message_th: string }[]).find((x) => x.path === path);
      expect(field?.message_th, path).toMatch(
        path.endsWith('no-such-unit')
          ? /องค์กรไม่มีหน่วยงาน "no-such-unit"/
          : path.endsWith('__proto__')
            ? /ใช้ "__proto__" เป็นรหัสในช่องนี้ไม่ได้/
            : /[ก-๙]/,
      );
    }
    expect((await measures()).version).toBe(before.version);
  });

  it('refuses ending the follow-up before its reported month, on lastMonth, with what to do', async () => {
    const res = await saveWithI4((m) => {
      m.followUps[1]!.lastMonth = '2023-02';
      return m;
    });
    expect(res.status).toBe(409);
    expect(res.body.error.changedFollowUps).toBe('i4.f2');
    expect(res.body.error.fields[0].path).toBe('body.measures.0.followUps.1.lastMonth');
    expect(res.body.error.fields[0].message_th).toContain('ช่วงเดือน "ถึงเดือนกุมภาพันธ์ ๒๕๖๖"ไม่ครอบคลุมรอบที่รายงานผลแล้ว');
  });

  it('a cadence changed in place is still refused, and the message says how to change it from a month', async () => {
    const res = await saveWithI4((m) => {
      m.followUps[1]!.cadence = 'quarterly';
      return m;
    });
    expect(res.status).toBe(409);
    expect(res.body.error.fields[0].message_th).toContain('หยุดการติดตามผลข้อนี้หลังเดือน');
  });

  it('saves monthly until March and quarterly from April: the report stays, the later months go', async () => {
    const res = await saveWithI4((m) => {
      m.followUps[1]!.lastMonth = '2023-03';
      m.followUps.push({
        followUpNo: 9,
        text: 'รายงานผลต่อผู้บริหารทุกไตรมาส',
        cadence: 'quarterly',
        audience: ['executives'],
        firstMonth: '2023-04',
      });
      return m;
    });
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    const ids = await financeObligations();
    expect(ids).toContain(MARCH);
    expect(ids).not.toContain('i4.f2.2023-04.finance');
    expect(ids).not.toContain('i4.f2.2023-09.finance');
    expect(ids.filter((id) => id.startsWith('i4.f9.'))).toEqual(['i4.f9.Q3.finance', 'i4.f9.Q4.finance']);
    const saved = (await measures()).measures.find((m) => m.measureId === 'i4')!;
    expect(saved.followUps.find((x) => x.followUpNo === 2)).toMatchObject({ lastMonth: '2023-03' });
  });
});
