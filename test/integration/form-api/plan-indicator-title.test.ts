// Review 17 s11, S11-40: a plan saved with a measure's indicator changed and its title left as it
// was ("ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ" under indicator 6, as an API client or the page
// before this fix sent it) kept naming the old indicator in every title shown or printed. A title's
// leading "ตัวชี้วัดที่ N" is the indicator's heading: the save writes it for the new indicator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import type { Measure } from '../../../shared/domain/plan.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

let f: ApiFixture;
const fy = 2566;

beforeAll(async () => {
  f = await createApiFixture();
});
afterAll(async () => f?.close());

const getMeasures = async () =>
  (
    await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/measures', { fy }),
      as: who.coordinator,
    })
  ).body as { measures: Measure[]; version: number; title: string };

describe('a plan saved with an indicator changed and the title left as it was', () => {
  it("saves each title with its new indicator's heading; titles of unchanged measures stay", async () => {
    const before = await getMeasures();
    const changed: Record<string, { indicator: number; title?: string }> = {
      // the reviewer's: the seed's heading of indicator 4, moved to 6
      i4: { indicator: 6 },
      // the measure's own words after the heading, Arabic digits
      i9: { indicator: 2, title: 'ตัวชี้วัดที่ 9 ปรับปรุงเว็บไซต์ของเทศบาล' },
      // a heading that names two indicators
      i10: { indicator: 3, title: 'ตัวชี้วัดที่ ๙-๑๐ การป้องกันการทุจริต' },
    };
    const measures = before.measures.map((m) => ({ ...m, ...changed[m.measureId] }));
    const res = await call(f.handler, {
      method: 'PUT',
      path: apiPath('/v1/fiscal-years/{fy}/plan', { fy }),
      as: who.coordinator,
      body: { format: 'json', expectedVersion: before.version, title: before.title, measures },
    });
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    const after = await getMeasures();
    expect(after.measures.map((m) => [m.measureId, m.indicator, m.title])).toEqual([
      ['i4', 6, 'ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน'],
      ['i5', 5, 'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต'],
      ['i6', 6, 'ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน'],
      ['i7', 7, 'ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร'],
      ['i8', 8, 'ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน'],
      ['i9', 2, 'ตัวชี้วัดที่ ๒ ปรับปรุงเว็บไซต์ของเทศบาล'],
      ['i10', 3, 'ตัวชี้วัดที่ ๓ การใช้อำนาจ'],
    ]);
  });
});
