// Review 17 s11, S11-40: a plan saved with a measure's indicator changed and its title left as it
// was ("ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ" under indicator 6, as an API client or the page
// before this fix sent it) kept naming the old indicator in every title shown or printed. A title's
// leading "ตัวชี้วัดที่ N" is the indicator's heading: the save writes it for the new indicator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import type { Measure } from '../../../shared/domain/plan.js';
import { toThaiDigits } from '../../../shared/domain/thai-format.js';
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

// tester s44: plan JSON saved "ตัวชี้วัดที่ ๔ คุณภาพการดำเนินงาน" (indicator 6's name) under indicator 4,
// which the importer warns of (indicator-name-differs): 400 on the title, naming 4's name; nothing written
describe("a plan JSON title whose heading's number and name are of different indicators", () => {
  const put = (body: Record<string, unknown>) =>
    call(f.handler, { method: 'PUT', path: apiPath('/v1/fiscal-years/{fy}/plan', { fy }), as: who.coordinator, body });
  const withTitles = async (changed: Record<string, { indicator?: number; title: string }>) => {
    const before = await getMeasures();
    const measures = before.measures.map((m) => ({ ...m, ...changed[m.measureId] }));
    return { before, body: { format: 'json', expectedVersion: before.version, title: before.title, measures } };
  };

  it.each([
    {
      kind: "6's name under 4",
      i8: { indicator: 4, title: 'ตัวชี้วัดที่ ๔ คุณภาพการดำเนินงาน' },
      said: 'ชื่อมาตรการขึ้นต้นด้วย "ตัวชี้วัดที่ ๔" แต่ "คุณภาพการดำเนินงาน" เป็นชื่อของตัวชี้วัดที่ ๖ ชื่อของตัวชี้วัดที่ ๔ คือ "การใช้ทรัพย์สินของราชการ" กรุณาแก้ชื่อมาตรการให้ตรงกับตัวชี้วัด หรือเลือกตัวชี้วัดที่ ๖',
      other: 6,
    },
    {
      kind: "1's name under 7, in Arabic digits",
      i8: { indicator: 7, title: 'ตัวชี้วัดที่ 7 การปฏิบัติหน้าที่ จัดทำคู่มือ' },
      said: 'ชื่อมาตรการขึ้นต้นด้วย "ตัวชี้วัดที่ ๗" แต่ "การปฏิบัติหน้าที่" เป็นชื่อของตัวชี้วัดที่ ๑ ชื่อของตัวชี้วัดที่ ๗ คือ "ประสิทธิภาพการสื่อสาร" กรุณาแก้ชื่อมาตรการให้ตรงกับตัวชี้วัด หรือเลือกตัวชี้วัดที่ ๑',
      other: 1,
    },
    {
      kind: "the indicator changed to 5, the heading left as 4's with 3's name",
      i8: { indicator: 5, title: 'ตัวชี้วัดที่ ๔ การใช้อำนาจ' },
      said: 'ชื่อมาตรการขึ้นต้นด้วย "ตัวชี้วัดที่ ๕" แต่ "การใช้อำนาจ" เป็นชื่อของตัวชี้วัดที่ ๓ ชื่อของตัวชี้วัดที่ ๕ คือ "การแก้ไขปัญหาการทุจริต" กรุณาแก้ชื่อมาตรการให้ตรงกับตัวชี้วัด หรือเลือกตัวชี้วัดที่ ๓',
      other: 3,
    },
  ])('$kind: 400 on the title, Thai first, naming the catalog name; nothing written', async ({ i8, said, other }) => {
    const { before, body } = await withTitles({ i8 });
    const stored = await f.dump();
    const res = await put(body);
    expect(res.status).toBe(400);
    const at = before.measures.findIndex((m) => m.measureId === 'i8');
    expect(res.body.error.fields).toEqual([
      {
        path: `body.measures.${at}.title`,
        message_th: `มาตรการลำดับที่ ${toThaiDigits(at + 1)} (i8): ${said}`,
        message_en: expect.stringContaining(`is indicator ${other}'s name; indicator ${i8.indicator} is "`),
      },
    ]);
    expect(await f.dump()).toBe(stored);
  });

  it('what the importer takes as it is saves: a slip in its own name, a name the heading also lists, a name only contained, no heading', async () => {
    const { body } = await withTitles({
      // the catalog's is "การใช้ทรัพย์สินของราชการ"
      i4: { indicator: 4, title: 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ' },
      i5: { indicator: 5, title: 'ตัวชี้วัดที่ ๕-๖ คุณภาพการดำเนินงาน' },
      i6: { indicator: 1, title: 'ตัวชี้วัดที่ ๑ การรับรู้การป้องกันการทุจริต' },
      i7: { indicator: 7, title: 'การป้องกันการทุจริต' },
    });
    const res = await put(body);
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    expect((await getMeasures()).measures.slice(0, 4).map((m) => [m.measureId, m.indicator, m.title])).toEqual([
      ['i4', 4, 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ'],
      ['i5', 5, 'ตัวชี้วัดที่ ๕-๖ คุณภาพการดำเนินงาน'],
      ['i6', 1, 'ตัวชี้วัดที่ ๑ การรับรู้การป้องกันการทุจริต'],
      ['i7', 7, 'การป้องกันการทุจริต'],
    ]);
  });
});
