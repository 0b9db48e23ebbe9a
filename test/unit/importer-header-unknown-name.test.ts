// Review 17 s15, S15-19. One column name the importer did not know ("กิจกรรม/โครงการ", "กิจกรรม",
// "ชื่อโครงการ/กิจกรรม") lost the whole header row: the rows were read in the NACC form's order,
// so the units came from the timeframe column and no measure could be saved. "วิธีการรายงานผล"
// was joined into the methods (no follow-ups), "แนวทางปฏิบัติ" into the measures. Now the measure
// column is found by its place when the other columns name a plan's header (column-name-guessed
// quoting the label), and those wordings name their columns.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';

const importText = (lines: string[]) =>
  importMeasuresDocument(lines.join('\n') + '\n', { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });

/** The reviewer's order: measure | units | methods | follow-up | timeframe (not the NACC form's). */
const header = (measure: string, methods = 'วิธีการดำเนินการ', followUps = 'การติดตามผลการดำเนินการ') =>
  `${measure}\tผู้รับผิดชอบ\t${methods}\t${followUps}\tระยะเวลาดำเนินการ`;
const ROWS = [
  'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ\tกองคลัง\tจัดทำคู่มือการยืมคืนพัสดุ\tรายงานผลต่อที่ประชุมทุกเดือน\tตลอดปีงบประมาณ',
  'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล\tสำนักปลัด\tปรับปรุงเว็บไซต์\tรายงานผู้บริหารทุกไตรมาส\tตลอดปีงบประมาณ',
];
const shape = (r: ReturnType<typeof importText>) =>
  r.plan.measures.map((m) => ({
    indicator: m.indicator,
    cadences: m.followUps.map((f) => f.cadence),
    unitIds: m.responsible.unitIds,
    methods: m.methods.length,
    subMeasures: m.subMeasures.length,
  }));
const READ = [
  { indicator: 4, cadences: ['monthly'], unitIds: ['finance'], methods: 1, subMeasures: 0 },
  { indicator: 9, cadences: ['quarterly'], unitIds: ['clerk'], methods: 1, subMeasures: 0 },
];
const codes = (r: ReturnType<typeof importText>) => r.warnings.map((w) => w.code);

describe('the measure column under a name the importer does not know is found by its place (S15-19)', () => {
  for (const name of ['กิจกรรม', 'ชื่อกิจกรรม', 'เรื่อง', '๑. รายการ']) {
    it(`"${name}" before a plan's other columns is the measure column, said with column-name-guessed`, () => {
      const r = importText(['แผน ปีงบประมาณ ๒๕๖๗', header(name), ...ROWS]);
      expect(shape(r)).toEqual(READ);
      expect(codes(r)).toEqual(['column-name-guessed']);
      const w = r.warnings[0]!;
      expect(w.where).toEqual({ line: 2, column: 1 });
      expect(w.source).toBe(name);
      expect(w.message_th).toContain(`บรรทัด ๒ คอลัมน์ ๑: ไม่รู้จักชื่อหัวคอลัมน์ "${name}"`);
      expect(w.message_th).toContain('จึงถือเป็นคอลัมน์ "มาตรการ/แนวทาง"');
      expect(w.message_en).toContain(`"${name}" is no known name`);
    });
  }

  it('after a number column ("ลำดับ | กิจกรรม | …") the first labelled column is the measure column', () => {
    const r = importText([
      'ลำดับ\tกิจกรรม\tวิธีดำเนินการ\tระยะเวลา\tการติดตามผล\tผู้รับผิดชอบ',
      '๑\tตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ\tประชุมชี้แจง\tตลอดปี\tรายงานผลทุกเดือน\tกองคลัง',
    ]);
    expect(r.plan.measures.map((m) => [m.indicator, m.responsible.unitIds])).toEqual([[4, ['finance']]]);
    expect(r.warnings.find((w) => w.code === 'column-name-guessed')?.where).toEqual({ line: 1, column: 2 });
  });

  it('a row naming fewer than three of the other columns, or several unknown labels, is no header', () => {
    const few = importText(['กิจกรรม\tผู้รับผิดชอบ\tหมายเหตุ\tสถานที่\tระยะเวลา', ...ROWS]);
    expect(codes(few)).not.toContain('column-name-guessed');
    const data = importText([
      header('มาตรการ/แนวทาง'),
      'จัดอบรม\tวิธีการแจ้งเวียน\tตลอดระยะเวลา\tรายงานผลการติดตาม\tกองคลัง',
      ...ROWS,
    ]);
    expect(codes(data)).not.toContain('column-name-guessed');
  });
});

describe('other wordings of the columns name them (S15-19)', () => {
  for (const name of ['กิจกรรม/โครงการ', 'ชื่อโครงการ/กิจกรรม', 'โครงการ/กิจกรรม']) {
    it(`"${name}" is the measure column, without a warning`, () => {
      const r = importText([header(name), ...ROWS]);
      expect(shape(r)).toEqual(READ);
      expect(r.warnings).toEqual([]);
    });
  }

  for (const methods of ['รายละเอียดการดำเนินการ', 'รายละเอียดกิจกรรม', 'แนวทางปฏิบัติ']) {
    it(`"${methods}" beside "มาตรการ/แนวทาง" is the methods column`, () => {
      const r = importText([header('มาตรการ/แนวทาง', methods), ...ROWS]);
      expect(shape(r)).toEqual(READ);
      expect(r.warnings).toEqual([]);
    });
  }

  for (const followUps of ['วิธีการรายงานผล', 'แนวทางการรายงานผล', 'ขั้นตอนการรายงาน']) {
    it(`"${followUps}" is the follow-up column, not joined into the methods`, () => {
      const r = importText([header('มาตรการ/แนวทาง', 'วิธีการดำเนินการ', followUps), ...ROWS]);
      expect(shape(r)).toEqual(READ);
      expect(r.warnings).toEqual([]);
    });
  }
});
