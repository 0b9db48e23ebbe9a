// Review 17 s11, S11-7: plan text whose columns are aligned with spaces (pdftotext -layout, OCR
// "keep layout") gave only "no measures table was found", though its header line is there.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';

const read = (lines: string[]) =>
  importMeasuresDocument(lines.join('\n'), { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS }).warnings;

const importText = (lines: string[]) =>
  importMeasuresDocument(lines.join('\n'), { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });

describe('a plan whose columns are aligned with spaces, one row a line, is read (review 17 s14, S14-11)', () => {
  const HEADER = ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ระยะเวลาดำเนินการ', 'การติดตามผลการดำเนินการ', 'ผู้รับผิดชอบ'];
  const ROWS = [
    ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', '๑. จัดทำคู่มือ', 'ตลอดปี', '๑. รายงานผลต่อที่ประชุมทุกเดือน', 'กองคลัง'],
    ['ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต', '๑. เผยแพร่ข้อมูล', 'ตลอดปี', '๑. รายงานผลทุกไตรมาส', 'สำนักปลัด'],
    ['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', '๑. ปรับปรุงเว็บไซต์', 'ตลอดปี', '๑. สรุปผลประจำปี', 'กองช่าง'],
  ];
  it.each([
    ['three spaces (tabs turned to spaces)', '   '],
    ['padded columns (OCR keep layout)', '        '],
    ['no-break spaces', '\u00a0\u00a0'],
  ])('%s: every row is a measure, with one warning to check the columns', (_, gap) => {
    const result = importText([
      'แผนมาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗',
      HEADER.join(gap),
      ...ROWS.map((r) => r.join(gap)),
    ]);
    expect(
      result.plan.measures.map((m) => [m.measureId, m.followUps.map((f) => f.cadence), m.responsible.unitIds]),
    ).toEqual([
      ['i4', ['monthly'], ['finance']],
      ['i5', ['quarterly'], ['clerk']],
      ['i9', ['annual'], ['engineering']],
    ]);
    expect(result.warnings.map((w) => [w.code, w.where])).toEqual([['columns-by-spaces', { line: 2 }]]);
    expect(result.warnings[0]!.message_th).toContain(
      'คอลัมน์ของตารางคั่นด้วยช่องว่าง ไม่ใช่แท็บ จึงแบ่งคอลัมน์ตามช่องว่างตั้งแต่ ๒ ช่องขึ้นไป (๕ คอลัมน์ ๓ แถว)',
    );
  });
});

describe('a plan whose columns are aligned with spaces but whose rows do not split like its header', () => {
  it.each([
    [
      'pdftotext -layout',
      '    มาตรการ/แนวทาง        วิธีการดำเนินการ      ระยะเวลาดำเนินการ      การติดตามผลการดำเนินการ      ผู้รับผิดชอบ',
    ],
    ['another column order', 'ผู้รับผิดชอบ   มาตรการ   ระยะเวลา   การติดตามผล'],
    [
      'no-break spaces',
      'มาตรการ/แนวทาง\u00a0\u00a0\u00a0วิธีดำเนินการ\u00a0\u00a0ระยะเวลา\u00a0\u00a0การติดตามผล\u00a0\u00a0หน่วยงานที่รับผิดชอบ',
    ],
  ])('%s: the no-measures warning names the header line and says what to do', (_, header) => {
    const warnings = read([
      'มาตรการส่งเสริมคุณธรรมและความโปร่งใส',
      'ประจำปีงบประมาณ พ.ศ. ๒๕๖๗',
      header,
      // pdftotext -layout: a row over several lines, its empty cells leaving no gap of their own
      'ตัวชี้วัดที่ ๔        ๑. จัดทำคู่มือ       ตลอดปี',
      'การใช้ทรัพย์สิน      การยืมคืนพัสดุ                       ๑. รายงานทุกเดือน      กองคลัง',
    ]);
    expect(warnings.map((w) => [w.code, w.where])).toEqual([['no-measures', { line: 3 }]]);
    expect(warnings[0]!.message_th).toMatch(
      /^บรรทัด ๓: ไม่พบตารางมาตรการ: พบหัวตาราง ".+ … .+" แต่คอลัมน์คั่นด้วยช่องว่าง ไม่ใช่แท็บ/,
    );
    expect(warnings[0]!.message_en).toContain('separated by spaces, not tabs');
    expect(warnings[0]!.source).toBe(header);
  });

  it('a text with no header at all keeps the plain warning', () => {
    const warnings = read(['มาตรการส่งเสริมคุณธรรม', 'ข้อความ    ที่มีช่องว่าง    หลายช่อง']);
    expect(warnings.map((w) => [w.code, w.message_en])).toEqual([
      ['no-measures', 'line 1: no measures table was found in the document'],
    ]);
  });
});
