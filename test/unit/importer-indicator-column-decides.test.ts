// Review 17 s11, S11-30: with an indicator column, a "ตัวชี้วัดที่ N" inside the measure's text won
// over the column, silently: the measure changed indicator and its own title was replaced.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';

const HEADER = 'ตัวชี้วัด\tมาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลา\tการติดตามผล\tผู้รับผิดชอบ';
const read = (indicator: string, measure: string) =>
  importMeasuresDocument(`${HEADER}\n${indicator}\t${measure}\tจัดทำคู่มือ\tตลอดปี\tรายงานทุกเดือน\tกองคลัง`, {
    orgId: 'demo',
    fy: 2567,
    units: MUNICIPAL_UNITS,
  });

describe('the indicator column decides the indicator; a mention of another in the text is text', () => {
  it.each([
    ['1', 'การปฏิบัติหน้าที่ (เชื่อมโยงกับตัวชี้วัดที่ ๕)', 1, 5],
    ['4', 'จัดทำคู่มือตามแนวทางของตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', 4, 9],
    ['ตัวชี้วัดที่ ๖', 'ปรับปรุงการบริการ ซึ่งสอดคล้องกับตัวชี้วัดที่ ๘ ด้วย', 6, 8],
  ])(
    'column "%s", measure "%s": indicator %i, the title as written, a warning offering %i',
    (column, text, no, other) => {
      const { plan, warnings } = read(column, text);
      expect(plan.measures.map((m) => [m.indicator, m.title])).toEqual([[no, text]]);
      const said = warnings.find((w) => w.code === 'indicator-name-differs');
      expect(said?.indicators).toEqual([other]);
      expect(said?.message_th).toContain(`ตัวชี้วัดที่ ${'๐๑๒๓๔๕๖๗๘๙'[other]}`);
    },
  );

  it('a heading in the cell that agrees with the column still names the title, without a warning', () => {
    const { plan, warnings } = read('4', 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ');
    expect(plan.measures.map((m) => [m.indicator, m.title])).toEqual([[4, 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ']]);
    expect(warnings.filter((w) => w.code === 'indicator-name-differs')).toEqual([]);
  });
});
