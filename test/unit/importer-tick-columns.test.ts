// Review 17 s15, S15-17 and S15-18. A plan table with one column per unit ("สำนักปลัด | กองคลัง |
// …", alone or under a "ผู้รับผิดชอบ" group) or per cadence ("รายเดือน | รายไตรมาส | …"), each
// row's choice ticked "/", "✓", "x": the ticks became notes named after the columns, every
// measure had no unit (cannot be saved) and every follow-up "unspecified → annual". Now the ticked
// columns are the row's units, or its follow-ups' cadence, said once (read-from-ticked-columns).
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';

const importText = (lines: string[]) =>
  importMeasuresDocument(lines.join('\n') + '\n', { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
const codes = (r: ReturnType<typeof importText>) => r.warnings.map((w) => w.code);

const UNITS = ['สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองการศึกษา', 'กองสาธารณสุขฯ'];
const LEFT = 'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ';
const unitRows = (tick: string) => [
  `ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ\tจัดทำคู่มือ\tตลอดปี\tรายงานผลทุกเดือน\t\t${tick}\t\t\t`,
  `ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต\tเผยแพร่ข้อมูล\tตลอดปี\tรายงานผลทุกไตรมาส\t${tick}\t${tick}\t${tick}\t${tick}\t${tick}`,
  `ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล\tปรับปรุงเว็บไซต์\tตลอดปี\tรายงานผลทุก ๖ เดือน\t-\t\t${tick}\t${tick}\t`,
];
const UNITS_READ = [
  ['finance'],
  ['clerk', 'finance', 'engineering', 'education', 'health'],
  ['engineering', 'education'],
];
const unitsOf = (r: ReturnType<typeof importText>) => r.plan.measures.map((m) => m.responsible.unitIds);

describe('a units matrix: the ticked columns are the row’s units (S15-17)', () => {
  for (const tick of ['/', '✓', '✔', 'x', 'X', '*', '●', '☑']) {
    it(`units ticked "${tick}" under one column per unit`, () => {
      const r = importText([`${LEFT}\t${UNITS.join('\t')}`, ...unitRows(tick)]);
      expect(unitsOf(r)).toEqual(UNITS_READ);
      expect(r.plan.measures.every((m) => !m.responsible.allUnits && (m.notes ?? []).length === 0)).toBe(true);
      expect(codes(r)).toEqual(['read-from-ticked-columns']);
      const w = r.warnings[0]!;
      expect(w.where).toEqual({ line: 1, column: 5 });
      expect(w.source).toBe(UNITS.join(' | '));
      expect(w.message_th).toContain('บรรทัด ๑ คอลัมน์ ๕: หัวตารางมีคอลัมน์ชื่อหน่วยงาน ("สำนักปลัด", "กองคลัง"');
      expect(w.message_en).toContain("each row's responsible units were read from its ticked columns");
    });
  }

  it('under a "ผู้รับผิดชอบ" group over a row of unit names (a header of two rows)', () => {
    const r = importText([`${LEFT}\tผู้รับผิดชอบ\t\t\t\t`, `\t\t\t\t${UNITS.join('\t')}`, ...unitRows('/')]);
    expect(unitsOf(r)).toEqual(UNITS_READ);
    expect(codes(r)).toEqual(['read-from-ticked-columns']);
    expect(r.warnings[0]!.where).toEqual({ line: 1, column: 5 });
  });

  it('words in a unit column stay a note; one unit-named column alone is no matrix', () => {
    const r = importText([
      `${LEFT}\tกองคลัง\tกองช่าง\tผู้รับผิดชอบ`,
      'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ\tจัดทำคู่มือ\tตลอดปี\tรายงานผลทุกเดือน\tหลัก\t/\tสำนักปลัด',
    ]);
    expect(unitsOf(r)).toEqual([['clerk', 'engineering']]);
    expect(r.plan.measures[0]!.notes).toEqual([{ label: 'กองคลัง', text: 'หลัก' }]);
    const lone = importText([
      `${LEFT}\tกองคลัง\tผู้รับผิดชอบ`,
      'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ\tจัดทำคู่มือ\tตลอดปี\tรายงานผลทุกเดือน\t/\tสำนักปลัด',
    ]);
    expect(unitsOf(lone)).toEqual([['clerk']]);
    expect(codes(lone)).not.toContain('read-from-ticked-columns');
  });
});

const CADENCES = ['รายเดือน', 'รายไตรมาส', 'ราย ๖ เดือน', 'รายปี'];
const cadencesOf = (r: ReturnType<typeof importText>) => r.plan.measures.map((m) => m.followUps.map((f) => f.cadence));

describe('a cadence matrix: the ticked column is the follow-up’s cadence (S15-18)', () => {
  for (const tick of ['/', '✓', 'x']) {
    it(`cadences ticked "${tick}" beside the follow-up column`, () => {
      const r = importText([
        `${LEFT}\t${CADENCES.join('\t')}\tผู้รับผิดชอบ`,
        `ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ\tจัดทำคู่มือ\tตลอดปี\tรายงานผลต่อผู้บริหาร\t${tick}\t\t\t\tกองคลัง`,
        `ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต\tเผยแพร่ข้อมูล\tตลอดปี\tรายงานผลต่อนายกเทศมนตรี\t\t${tick}\t\t\tสำนักปลัด`,
        `ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล\tปรับปรุงเว็บไซต์\tตลอดปี\tสรุปผลการดำเนินงาน\t\t\t\t${tick}\tกองช่าง`,
      ]);
      expect(cadencesOf(r)).toEqual([['monthly'], ['quarterly'], ['annual']]);
      expect(codes(r)).toEqual(['read-from-ticked-columns']);
      expect(r.warnings[0]!.where).toEqual({ line: 1, column: 5 });
      expect(r.warnings[0]!.message_th).toContain('หัวตารางมีคอลัมน์รอบการรายงาน ("รายเดือน", "รายไตรมาส"');
    });
  }

  it('two ticked columns for one follow-up: the more frequent, with two-cadences naming both', () => {
    const r = importText([
      `${LEFT}\t${CADENCES.join('\t')}\tผู้รับผิดชอบ`,
      'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล\tปรับปรุงเว็บไซต์\tตลอดปี\tสรุปผลการดำเนินงาน\t\t\t/\t/\tกองช่าง',
    ]);
    expect(cadencesOf(r)).toEqual([['semiannual']]);
    const two = r.warnings.find((w) => w.code === 'two-cadences');
    expect(two?.message_th).toContain('ราย ๖ เดือน, รายปี');
  });

  it('without a follow-up column, a ticked row reports "รายงานผลการดำเนินการ" at the ticked cadence', () => {
    const r = importText([
      'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tรายเดือน\tรายไตรมาส\tรายปี\tผู้รับผิดชอบ',
      'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ\tจัดทำคู่มือ\t\t✓\t\tกองคลัง',
    ]);
    expect(r.plan.measures[0]!.followUps.map((f) => [f.text, f.cadence])).toEqual([
      ['รายงานผลการดำเนินการ', 'quarterly'],
    ]);
    expect(codes(r)).toEqual(['read-from-ticked-columns']);
    expect(r.warnings[0]!.message_th).toContain('จึงตั้งการติดตามผล "รายงานผลการดำเนินการ"');
  });
});
