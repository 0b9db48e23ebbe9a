// Review 17 s11, S11-7: plan text whose columns are aligned with spaces (pdftotext -layout, OCR
// "keep layout") gave only "no measures table was found", though its header line is there.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';

const read = (lines: string[]) =>
  importMeasuresDocument(lines.join('\n'), { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS }).warnings;

describe('a plan whose columns are aligned with spaces', () => {
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
      'ตัวชี้วัดที่ ๔        ๑. จัดทำคู่มือ       ตลอดปี       ๑. รายงานทุกเดือน      กองคลัง',
      'การใช้ทรัพย์สิน      การยืมคืนพัสดุ',
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
