// Review 17 s21, S21-4: a plan table with a "ที่" (item number) column whose indicator heading rows
// are numbered too ("1 | ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ | | |", its measures "1.1", "1.2"): the
// number made each heading row a measure (no unit, no follow-up) and every measure under it lost its
// indicator: 8 measures for 5 in .docx, .xlsx and PDF, 5 for 3 in .txt. A row whose only other text
// is a heading is read as that heading row, its number aside. The reviewer's files (the .docx and
// .xlsx made by the reviewer's scripts, the PDF by LibreOffice from the .docx) are in
// test/fixtures/numbered-headings/.
import { describe, expect, it } from 'vitest';
import { FIVE_UNDER_HEADINGS, numberedHeadingsFile } from '../support/numbered-headings.js';
import { codesOf, measuresOf, previewFile } from '../support/plan-pdf.js';

const text = (lines: string[][]) => new TextEncoder().encode(lines.map((l) => l.join('\t')).join('\n'));

describe('indicator heading rows numbered in the ที่ column head the measures under them', () => {
  it.each([['NUM-numcol.docx'], ['NUM-numcol.xlsx'], ['NUM-numcol-libreoffice.pdf']])(
    "the reviewer's %s: 5 measures under their indicators, no empty heading measure",
    async (name) => {
      const preview = await previewFile(numberedHeadingsFile(name));
      expect(measuresOf(preview, ['indicator', 'units', 'cadences'])).toEqual(FIVE_UNDER_HEADINGS);
      expect(preview.plan.measures.map((m) => m.measureId)).toEqual(['i1', 'i1-2', 'i2', 'i9', 'i9-2']);
      expect(codesOf(preview)).toEqual([]);
    },
  );

  const HEADER = ['ที่', 'มาตรการ/โครงการ', 'การติดตามผล', 'ผู้รับผิดชอบ'];
  it.each([
    ['Arabic numbers (the reviewer’s .txt)', ['1', '1.1', '1.2', '2', '2.1']],
    ['Thai digits with a full stop', ['๑.', '๑.๑', '๑.๒', '๒.', '๒.๑']],
    ['numbers in brackets under ลำดับ', ['(1)', '1.1', '1.2', '(2)', '2.1']],
  ])('a .txt plan, %s', async (_, numbers) => {
    const header = numbers[0] === '(1)' ? ['ลำดับ', ...HEADER.slice(1)] : HEADER;
    const preview = await previewFile(
      text([
        header,
        [numbers[0]!, 'ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่', '', ''],
        [numbers[1]!, 'จัดทำประกาศเจตจำนงสุจริต', 'รายงานผลทุกเดือน', 'สำนักปลัด'],
        [numbers[2]!, 'ประชุมชี้แจงประมวลจริยธรรม', 'รายงานผลปีละครั้ง', 'กองการศึกษา'],
        [numbers[3]!, 'ตัวชี้วัดที่ 2 การใช้งบประมาณ', '', ''],
        [numbers[4]!, 'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', 'รายงานผลทุกไตรมาส', 'กองคลัง'],
      ]),
    );
    expect(measuresOf(preview, ['indicator', 'units', 'cadences'])).toEqual(FIVE_UNDER_HEADINGS.slice(0, 3));
    expect(codesOf(preview)).not.toContain('no-indicator');
    expect(codesOf(preview)).not.toContain('cannot-save');
  });

  it('a numbered row holding a measure (not a heading) stays a measure', async () => {
    const preview = await previewFile(
      text([
        HEADER,
        ['1', 'ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่', '', ''],
        ['2', 'จัดทำประกาศเจตจำนงสุจริต', '', ''],
        ['3', 'ประชุมชี้แจงประมวลจริยธรรม', 'รายงานผลปีละครั้ง', 'กองการศึกษา'],
      ]),
    );
    // the row without a follow-up is a measure of its own under the heading (not folded into it)
    expect(measuresOf(preview, ['indicator', 'units', 'cadences'])).toEqual([
      { indicator: 1, units: [], cadences: [] },
      { indicator: 1, units: ['education'], cadences: ['annual'] },
    ]);
  });
});
