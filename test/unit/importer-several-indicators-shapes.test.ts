// Review 17 s11, S11-39: a heading naming two indicators in other shapes got no several-indicators
// warning: "ตัวชี้วัดที่ ๔/๕ …" was 4 alone, and "ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ และตัวชี้วัดที่ ๙
// การเปิดเผยข้อมูล" was 4 with the second heading among the sub-measures: no copy offered for 9.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';
import type { ImportWarning } from '../../shared/import/import-warning.js';
import { importRows } from '../support/import-rows.js';

const row = (measure: string) => [measure, 'ประชุมชี้แจง', 'ตลอดปี', 'รายงานผลทุกเดือน', 'กองคลัง'];
const importHeading = (heading: string) => {
  const result = importRows(row(`${heading} ๑. จัดทำคู่มือ ๒. ประชาสัมพันธ์`));
  return { measure: result.plan.measures[0]!, warnings: result.warnings };
};
const several = (warnings: readonly ImportWarning[]) => warnings.filter((w) => w.code === 'several-indicators');

describe('"ตัวชี้วัดที่ ๔/๕": a slash then a larger number names two indicators', () => {
  it.each([
    ['ตัวชี้วัดที่ ๔/๕ การใช้ทรัพย์สินของราชการ', 4, [5]],
    ['ตัวชี้วัดที่ ๙/๑๐ การเปิดเผยข้อมูล', 9, [10]],
    ['ตัวชี้วัดที่ 4 / 5 การใช้ทรัพย์สินของราชการ', 4, [5]],
  ])('"%s" is indicator %i with a warning offering %j, the title as written', (heading, no, others) => {
    const { measure, warnings } = importHeading(heading);
    expect(measure.indicator).toBe(no);
    expect(measure.subMeasures).toEqual(['จัดทำคู่มือ', 'ประชาสัมพันธ์']);
    expect(several(warnings).map((w) => w.indicators)).toEqual([others]);
    expect(several(warnings)[0]!.message_th).toContain('มาตรการนี้ระบุตัวชี้วัด ๒ ข้อ');
  });

  it('"๔/๑" and "๔/๕.๑" stay sub-numbers of indicator 4, with no warning', () => {
    for (const heading of ['ตัวชี้วัดที่ ๔/๑ การใช้ทรัพย์สินของราชการ', 'ตัวชี้วัดที่ ๔/๕.๑ การใช้ทรัพย์สินของราชการ']) {
      const { measure, warnings } = importHeading(heading);
      expect(measure.title).toBe(heading);
      expect(warnings).toEqual([]);
    }
  });
});

describe('a second whole heading joined after the first one’s name', () => {
  it.each([
    ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ และตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', [9]],
    ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ, ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต', [5]],
    ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ และ ๙ การเปิดเผยข้อมูล', [9]],
    ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ / ตัวชี้วัดที่ ๕ และตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', [5, 9]],
  ])('"%s": indicator 4, both headings the title, a warning offering %j', (heading, others) => {
    const { measure, warnings } = importHeading(heading);
    expect(measure.indicator).toBe(4);
    expect(measure.title).toBe(heading);
    expect(measure.subMeasures).toEqual(['จัดทำคู่มือ', 'ประชาสัมพันธ์']);
    expect(several(warnings).map((w) => [w.indicators, w.source])).toEqual([[others, heading]]);
  });

  it('a number after "และ" that is not followed by its indicator’s name is no heading', () => {
    const { measure, warnings } = importHeading('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ และ ๒ มาตรการ');
    // the heading's words before the first item stay in its title, the items are the sub-measures
    // (tester s43 F4: before, "และ ๒ มาตรการ ๑. จัดทำคู่มือ ๒. ประชาสัมพันธ์" was one sub-measure)
    expect(measure.title).toBe('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ และ ๒ มาตรการ');
    expect(measure.subMeasures).toEqual(['จัดทำคู่มือ', 'ประชาสัมพันธ์']);
    expect(several(warnings)).toEqual([]);
  });

  it('an indicator column "๔/๕" is indicator 4, the warning placed on the indicator column', () => {
    const { plan, warnings } = importMeasuresDocument(
      'ตัวชี้วัด\tมาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลา\tการติดตามผล\tผู้รับผิดชอบ\n๔/๕\tจัดทำคู่มือ\tประชุม\tตลอดปี\tรายงานทุกเดือน\tกองคลัง',
      { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS },
    );
    expect(plan.measures.map((m) => [m.indicator, m.title])).toEqual([[4, 'จัดทำคู่มือ']]);
    expect(several(warnings)).toMatchObject([{ indicators: [5], where: { line: 2, column: 1 } }]);
  });
});
