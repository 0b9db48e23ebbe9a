// Review 17 s11, S11-25: everyday column names were not recognised: "ชื่อมาตรการ" / "ประเด็น…"
// (the table was not found at all), "หน่วยงาน", "ผู้ดำเนินการ", "สำนัก/กอง" (no units),
// "การประเมินผล", "ผลผลิต/การรายงาน" (no follow-ups).
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';

const HEADER = ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ระยะเวลา', 'การติดตามผล', 'ผู้รับผิดชอบ'];
const ROWS = [
  ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', 'จัดทำคู่มือ', 'ตลอดปีงบประมาณ', '๑. รายงานผลต่อที่ประชุมทุกเดือน', 'กองคลัง'],
  ['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', 'ปรับปรุงเว็บไซต์', 'ตลอดปีงบประมาณ', '๑. เสนอผู้บริหารทุกไตรมาส', 'กองช่าง'],
];

/** the two-measure plan with header column `column` named `name` (and extra columns added) */
function plan(column: number, name: string, extra: [string, string][] = []) {
  const header = HEADER.map((h, j) => (j === column ? name : h));
  const text = [[...header, ...extra.map(([h]) => h)], ...ROWS.map((r) => [...r, ...extra.map(([, v]) => v)])]
    .map((r) => r.join('\t'))
    .join('\n');
  return importMeasuresDocument(text, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS }).plan.measures.map((m) => ({
    indicator: m.indicator,
    cadences: m.followUps.map((f) => f.cadence),
    units: m.responsible.unitIds,
  }));
}
const EXPECTED = [
  { indicator: 4, cadences: ['monthly'], units: ['finance'] },
  { indicator: 9, cadences: ['quarterly'], units: ['engineering'] },
];

describe('column names plans use every day', () => {
  it.each(['ชื่อมาตรการ', 'ประเด็น', 'ประเด็นการพัฒนา', 'ข้อเสนอแนะมาตรการ'])('measures under "%s"', (name) => {
    expect(plan(0, name)).toEqual(EXPECTED);
  });
  it.each(['หน่วยงาน', 'หน่วยงานที่ดำเนินการ', 'หน่วยดำเนินการ', 'ผู้ดำเนินการ', 'ผู้ปฏิบัติ', 'สำนัก/กอง', 'ผู้ประสานงาน'])(
    'units under "%s"',
    (name) => {
      expect(plan(4, name)).toEqual(EXPECTED);
    },
  );
  it.each(['การประเมินผล', 'ผลผลิต/การรายงาน'])('follow-ups under "%s"', (name) => {
    expect(plan(3, name)).toEqual(EXPECTED);
  });
});

describe('those names stay notes beside the usual column of their kind', () => {
  it('"หน่วยงาน" beside ผู้รับผิดชอบ does not take its units', () => {
    expect(plan(0, 'มาตรการ', [['หน่วยงาน', 'กองการศึกษา']])).toEqual(EXPECTED);
  });
  it('"หน่วยงานสนับสนุน" beside ผู้รับผิดชอบ adds its units (S11-24: supporting units report too)', () => {
    expect(plan(0, 'มาตรการ', [['หน่วยงานสนับสนุน', 'กองการศึกษา']]).map((m) => m.units)).toEqual([
      ['finance', 'education'],
      ['engineering', 'education'],
    ]);
  });
  it('"การประเมินผล" beside การติดตามผล adds no follow-ups', () => {
    expect(plan(0, 'มาตรการ', [['การประเมินผล', 'ประเมินความพึงพอใจทุกเดือน']])).toEqual(EXPECTED);
  });
});
