// Review 17 s9, entry 50. The indicator heading in a column of its own (the NACC analysis layout:
// "ประเด็นที่ต้องแก้ไข/พัฒนา" holding "ตัวชี้วัดที่ ๔ …" before the measure column) was kept as a
// note: every measure lost its indicator. Such a heading now heads the row's measure.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';

const importText = (lines: string[]) =>
  importMeasuresDocument(lines.join('\n') + '\n', { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });

const PLAN = 'มาตรการ/แนวทางปฏิบัติ\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลาดำเนินการ\tการติดตามผล';
const ROWS: [string, string][] = [
  ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', '๑. มาตรการป้องกันการใช้ทรัพย์สิน\tจัดทำคู่มือ\tกองคลัง\tตลอดปี\tรายงานผลทุกเดือน'],
  ['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', 'ปรับปรุงข้อมูลบนเว็บไซต์\tปรับปรุง\tกองช่าง\tตลอดปี\tรายงานทุกไตรมาส'],
];

describe('an indicator heading in a column of its own gives the row its indicator (entry 50)', () => {
  for (const label of ['ประเด็นที่ต้องแก้ไข/พัฒนา', 'ผลการประเมิน ITA ปีที่ผ่านมา', 'ตัวชี้วัดที่ต้องพัฒนา']) {
    it(`"${label}" before the measure column: indicators 4 and 9, the heading's name the title`, () => {
      const result = importText([`${label}\t${PLAN}`, ...ROWS.map(([h, rest]) => `${h}\t${rest}`)]);
      const measures = result.plan.measures;
      expect(measures.map((m) => m.indicator)).toEqual([4, 9]);
      expect(measures.map((m) => m.title)).toEqual(ROWS.map(([h]) => h));
      expect(measures.map((m) => m.subMeasures)).toEqual([['มาตรการป้องกันการใช้ทรัพย์สิน'], ['ปรับปรุงข้อมูลบนเว็บไซต์']]);
      expect(measures.map((m) => m.notes ?? [])).toEqual([[], []]);
      expect(result.warnings.filter((w) => w.code === 'no-indicator')).toEqual([]);
    });
  }
});
