// A unit's full name with a space inside was cut at the space, and staff titles of a unit were no
// unit (review 17 s17, S17-7): "กองการศึกษา ศาสนาและวัฒนธรรม" gave education plus an unknown unit
// "ศาสนาและวัฒนธรรม"; "หัวหน้าฝ่ายบริหารงานคลัง" gave finance plus unknown "หัวหน้าฝ่ายบริหาร";
// "จพง.การเงินและบัญชี" and "เจ้าหน้าที่พัสดุ" gave no unit. Now a full name is one unit, silently,
// and a staff title of a unit's work is that unit with unit-guessed, as "นายช่างโยธา" already was.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { type NamedUnit, parseResponsibility } from '../../shared/import/responsibility.js';
import { importRows } from '../support/import-rows.js';
import { docx, preview, wordTable } from '../support/plan-table-files.js';

const row = (units: string) => ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', '๑. จัดทำคู่มือ', 'ตลอดปี', '๑. รายงานผลทุกเดือน', units];
const read = (cell: string) => {
  const r = importRows(row(cell));
  return { unitIds: r.plan.measures[0]!.responsible.unitIds, warnings: r.warnings };
};
/** An อบต.'s units, named short: its health and clerk's office without the long forms. */
const TAMBON: NamedUnit[] = [
  { unitId: 'clerk', name: 'สำนักปลัด', aliases: [] },
  { unitId: 'finance', name: 'กองคลัง', aliases: [] },
  { unitId: 'engineering', name: 'กองช่าง', aliases: [] },
  { unitId: 'education', name: 'กองการศึกษา', aliases: [] },
  { unitId: 'health', name: 'กองสาธารณสุข', aliases: [] },
  { unitId: 'welfare', name: 'กองสวัสดิการสังคม', aliases: [] },
];

describe("a unit's full name written with spaces is that one unit, with no warning", () => {
  for (const cell of [
    'กองการศึกษา ศาสนาและวัฒนธรรม',
    'ส่วนการศึกษา ศาสนา และวัฒนธรรม',
    'ผู้อำนวยการกองการศึกษา ศาสนาและวัฒนธรรม',
  ]) {
    it(`"${cell}" is education`, () => {
      expect(read(cell)).toEqual({ unitIds: ['education'], warnings: [] });
    });
  }

  it('an org naming its units short reads their long names whole: "กองสาธารณสุข และสิ่งแวดล้อม", "สำนักปลัด อบต."', () => {
    for (const [cell, unit] of [
      ['กองสาธารณสุข และสิ่งแวดล้อม', 'health'],
      ['กองสาธารณสุขและสิ่งแวดล้อม', 'health'],
      ['สำนักปลัด อบต.', 'clerk'],
      ['กองการศึกษา ศาสนาและวัฒนธรรม', 'education'],
    ]) {
      const r = parseResponsibility(cell!, TAMBON);
      expect([r.responsibility.unitIds, r.unknown, r.guessed]).toEqual([[unit], '', []]);
    }
  });

  it('another unit\'s work after a name is not taken into it: "กองช่าง ศาสนาและวัฒนธรรม" keeps the unknown word', () => {
    const r = parseResponsibility('กองช่าง ศาสนาและวัฒนธรรม', MUNICIPAL_UNITS);
    expect([r.responsibility.unitIds, r.unknown]).toEqual([['engineering'], 'ศาสนาและวัฒนธรรม']);
    // a work the org has a unit for is that unit's, not the division's before it
    const welfare = parseResponsibility('สำนักปลัด สวัสดิการสังคม', TAMBON);
    expect(welfare.responsibility.unitIds).toEqual(['clerk', 'welfare']);
  });
});

describe("a staff title of a unit's work is that unit, with a warning naming the position", () => {
  const cases: [string, string, string][] = [
    ['จพง.การเงินและบัญชี', 'finance', 'จพง.การเงินและบัญชี'],
    ['เจ้าหน้าที่พัสดุ', 'finance', 'เจ้าหน้าที่พัสดุ'],
    ['จนท.พัสดุ', 'finance', 'จนท.พัสดุ'],
    ['เจ้าพนักงานการเงิน', 'finance', 'เจ้าพนักงานการเงิน'],
    ['ผู้ช่วยเจ้าพนักงานพัสดุ', 'finance', 'เจ้าพนักงานพัสดุ'],
    ['นวก.การเงินและบัญชี', 'finance', 'นวก.การเงินและบัญชี'],
    ['เจ้าหน้าที่ธุรการ', 'clerk', 'เจ้าหน้าที่ธุรการ'],
    ['จพง.ธุรการ', 'clerk', 'จพง.ธุรการ'],
    ['ผู้ช่วยนายช่างโยธา', 'engineering', 'นายช่างโยธา'],
    ['เจ้าหน้าที่ศูนย์พัฒนาเด็กเล็ก', 'education', 'เจ้าหน้าที่ศูนย์พัฒนาเด็กเล็ก'],
    ['ครู', 'education', 'ครู'],
    ['เจ้าพนักงานสาธารณสุขชุมชน', 'health', 'เจ้าพนักงานสาธารณสุขชุมชน'],
    ['นวก.สาธารณสุข', 'health', 'นวก.สาธารณสุข'],
    ['นักวิชาการคอมพิวเตอร์', 'clerk', 'นักวิชาการคอมพิวเตอร์'],
  ];
  for (const [cell, unit, quoted] of cases) {
    it(`"${cell}" is ${unit}`, () => {
      const r = read(cell);
      expect(r.unitIds).toEqual([unit]);
      expect(r.warnings.map((w) => w.code)).toEqual(['unit-guessed']);
      expect(r.warnings[0]!.message_th).toContain(`"${quoted}" เป็นชื่อตำแหน่ง`);
    });
  }

  it('a head of a section of the unit is that unit: "หัวหน้าฝ่ายบริหารงานคลัง", "หัวหน้าฝ่ายบริหารงานสวัสดิการสังคม"', () => {
    const finance = read('หัวหน้าฝ่ายบริหารงานคลัง');
    expect(finance.unitIds).toEqual(['finance']);
    expect(finance.warnings.map((w) => w.code)).toEqual(['unit-guessed']);
    expect(finance.warnings[0]!.message_th).toContain('"ฝ่ายบริหารงานคลัง" เป็นงานในสังกัด "กองคลัง"');
    const welfare = parseResponsibility('หัวหน้าฝ่ายบริหารงานสวัสดิการสังคม', TAMBON);
    expect([welfare.responsibility.unitIds, welfare.unknown]).toEqual([['welfare'], '']);
  });

  it("a staff title goes to the org's own unit for that work: เจ้าหน้าที่พัฒนาชุมชน is welfare where there is one", () => {
    expect(parseResponsibility('เจ้าหน้าที่พัฒนาชุมชน', TAMBON).responsibility.unitIds).toEqual(['welfare']);
    expect(parseResponsibility('เจ้าหน้าที่พัฒนาชุมชน', MUNICIPAL_UNITS).responsibility.unitIds).toEqual(['clerk']);
  });

  it("the org's own names and aliases come first: an alias that is a staff title is the aliased unit", () => {
    const org: NamedUnit[] = [...TAMBON, { unitId: 'store', name: 'หน่วยพัสดุกลาง', aliases: ['เจ้าหน้าที่พัสดุ'] }];
    const r = parseResponsibility('เจ้าหน้าที่พัสดุ', org);
    expect([r.responsibility.unitIds, r.guessed]).toEqual([['store'], []]);
  });

  it('a title of no usual unit stays unknown, said to be a position', () => {
    const r = read('นักวิชาการตรวจสอบภายใน');
    expect(r.unitIds).toEqual([]);
    expect(r.warnings.find((w) => w.code === 'unknown-unit')!.message_th).toContain('เป็นชื่อตำแหน่ง ไม่ใช่ชื่อหน่วยงาน');
  });
});

describe('a Word table of such units cells (review 17 s17, S17-7)', () => {
  it('reads the full name, the section head and the finance staff as their units, with no unknown unit', async () => {
    const cells = ['กองการศึกษา ศาสนาและวัฒนธรรม', 'หัวหน้าฝ่ายบริหารงานคลัง', 'จพง.การเงินและบัญชี', 'เจ้าหน้าที่พัสดุ'];
    const rows = cells.map((u, i) => [`ตัวชี้วัดที่ ${i + 1} มาตรการ ${i + 1}`, 'รายงานผลทุกเดือน', u]);
    const bytes = docx(wordTable([['มาตรการ', 'การติดตามผล', 'ผู้รับผิดชอบ'], ...rows], 3));
    const { plan, warnings } = await preview(bytes);
    expect(plan.measures.map((m) => m.responsible.unitIds)).toEqual([
      ['education'],
      ['finance'],
      ['finance'],
      ['finance'],
    ]);
    expect(warnings.map((w) => w.code)).not.toContain('unknown-unit');
    expect(warnings.filter((w) => w.code === 'unit-guessed')).toHaveLength(3);
  });
});
