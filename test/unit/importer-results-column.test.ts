// Review 17 s9, entry 51. A results column beside the plan ("ผลการติดตาม (รอบ ๖ เดือน)", a plan
// kept as a working sheet during the year) was taken for a second follow-up column: its text was
// glued to the last follow-up ("สรุปผล…ทุก ๖ เดือน ดำเนินการแล้ว รายงานครบทุกเดือน") and changed its
// cadence. A label starting with ผล… names what came of the work: a note, never the follow-up.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { columnOf } from '../../shared/import/column-names.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';

const importText = (lines: string[]) =>
  importMeasuresDocument(lines.join('\n') + '\n', { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });

const HEADER = 'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ';
const ROWS = [
  [
    'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ\tจัดทำคู่มือ\tตลอดปี\t๑. รายงานผลทุกเดือน ๒. สรุปผลรายงานนายกเทศมนตรีทุก ๖ เดือน\tกองคลัง',
    'ดำเนินการแล้ว รายงานครบทุกเดือน',
  ],
  ['ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต\tเผยแพร่ข้อมูล\tตลอดปี\tรายงานผู้บริหารทุกไตรมาส\tสำนักปลัด', 'อยู่ระหว่างดำเนินการ'],
];

describe('a results column beside the follow-ups is a note, not a second follow-up column (entry 51)', () => {
  for (const label of ['ผลการติดตาม (รอบ ๖ เดือน)', 'ผลการติดตามผล', '๖. ผลการติดตามและประเมินผล รอบ ๑๒ เดือน']) {
    it(`"${label}": follow-ups and cadences as planned, the results kept as notes, no warning`, () => {
      const result = importText([`${HEADER}\t${label}`, ...ROWS.map(([row, results]) => `${row}\t${results}`)]);
      const measures = result.plan.measures;
      expect(measures.map((m) => m.followUps.map((f) => [f.text, f.cadence]))).toEqual([
        [
          ['รายงานผลทุกเดือน', 'monthly'],
          ['สรุปผลรายงานนายกเทศมนตรีทุก ๖ เดือน', 'semiannual'],
        ],
        [['รายงานผู้บริหารทุกไตรมาส', 'quarterly']],
      ]);
      expect(measures.map((m) => m.notes)).toEqual(ROWS.map(([, text]) => [{ label, text }]));
      expect(result.warnings).toEqual([]);
      expect(columnOf(label).role).toBe('note');
    });
  }
});
