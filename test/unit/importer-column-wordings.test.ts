// Review 17 s9, entry 38. Common column names of Thai plans were not recognised: "การรายงานผล",
// "รายงานผล", "การกำกับติดตาม" (follow-ups), "โครงการ/กิจกรรม", "ประเด็น/มาตรการ" (measures),
// "ขั้นตอนการดำเนินการ", "กิจกรรม" (methods), "ห้วงเวลา" (time), "ส่วนราชการที่รับผิดชอบ": measures
// came without follow-ups or not at all. A plan header without a follow-up column is now said.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { columnOf } from '../../shared/import/column-names.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';

const importText = (lines: string[]) =>
  importMeasuresDocument(lines.join('\n') + '\n', { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS });

const ROWS = [
  'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ ๑. มาตรการป้องกันการใช้ทรัพย์สิน\t๑. จัดทำคู่มือ ๒. ประชาสัมพันธ์\tตลอดปี\t๑. รายงานผลทุกเดือน ๒. สรุปผลทุก ๖ เดือน\tกองคลัง',
  'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต\tเผยแพร่ข้อมูล\tตลอดปี\tรายงานผู้บริหารทุกไตรมาส\tสำนักปลัด',
];
const EXPECTED = [
  { indicator: 4, methods: 2, cadences: ['monthly', 'semiannual'], unitIds: ['finance'] },
  { indicator: 5, methods: 1, cadences: ['quarterly'], unitIds: ['clerk'] },
];
const shape = (r: ReturnType<typeof importText>) =>
  r.plan.measures.map((m) => ({
    indicator: m.indicator,
    methods: m.methods.length,
    cadences: m.followUps.map((f) => f.cadence),
    unitIds: m.responsible.unitIds,
  }));

describe('plan headers in other common wordings are read by meaning (entry 38)', () => {
  for (const header of [
    'โครงการ/กิจกรรม\tแนวทางการดำเนินการ\tระยะเวลา\tการรายงานผล\tหน่วยงานรับผิดชอบ',
    'มาตรการ\tขั้นตอนการดำเนินการ\tห้วงเวลา\tการติดตามและประเมินผล\tผู้รับผิดชอบหลัก',
    'ประเด็น/มาตรการ\tกิจกรรม\tช่วงเวลาดำเนินการ\tการกำกับติดตาม\tส่วนราชการที่รับผิดชอบ',
    'แนวทาง/มาตรการ\tวิธีการ\tระยะเวลา\tรายงานผล\tผู้รับผิดชอบ',
  ]) {
    it(`reads measures, methods, follow-ups and units under "${header.replace(/\t/g, ' | ')}", without warnings`, () => {
      const result = importText([header, ...ROWS]);
      expect(shape(result)).toEqual(EXPECTED);
      expect(result.warnings).toEqual([]);
    });
  }

  it('names each wording for its column', () => {
    const roles = (labels: string[]) => labels.map((l) => columnOf(l).role);
    expect(roles(['การรายงานผล', 'รายงานผล', 'การกำกับติดตาม', 'การติดตามและประเมินผล'])).toEqual(
      Array(4).fill('followUps'),
    );
    expect(roles(['โครงการ/กิจกรรม', 'ประเด็น/มาตรการ', 'แนวทาง/มาตรการ'])).toEqual(Array(3).fill('measure'));
    expect(roles(['ช่วงเวลา', 'ห้วงเวลา', 'ช่วงเวลาดำเนินการ'])).toEqual(Array(3).fill('timeframe'));
    expect(roles(['ส่วนราชการที่รับผิดชอบ', 'หน่วยงานรับผิดชอบ', 'ผู้รับผิดชอบหลัก'])).toEqual(Array(3).fill('responsible'));
    expect(roles(['ขั้นตอนการดำเนินการ', 'ขั้นตอนดำเนินงาน'])).toEqual(['methods', 'methods']);
  });
});

describe('a plan header without a follow-up column is said, naming the columns read (entry 38)', () => {
  for (const header of [
    'มาตรการ\tวิธีดำเนินการ\tระยะเวลา\tผู้รับผิดชอบ',
    'มาตรการ/แนวทาง\tวิธีการ\tระยะเวลา\tการประเมิน\tหน่วยงานที่รับผิดชอบ',
    'ประเด็น/มาตรการ\tกิจกรรม\tห้วงเวลา\tงบประมาณ\tส่วนราชการที่รับผิดชอบ',
  ]) {
    it(`"${header.replace(/\t/g, ' | ')}": one no-follow-up-column warning quoting the header`, () => {
      const rows = ROWS.map((r) => r.split('\t').filter((_, j) => j !== 3));
      const width = header.split('\t').length;
      const lines = rows.map((cells) => (width === 5 ? [...cells.slice(0, 3), '-', cells[3]] : cells).join('\t'));
      const result = importText([header, ...lines]);
      expect(result.plan.measures.map((m) => m.indicator)).toEqual([4, 5]);
      const warnings = result.warnings.filter((w) => w.code === 'no-follow-up-column');
      expect(warnings).toHaveLength(1);
      expect(warnings[0]!.message_th).toContain(header.split('\t').join(' | '));
      expect(warnings[0]!.where).toEqual({ line: 1 });
    });
  }
});
