// A plan table split by hand into two tables with a line of text between them ("(ต่อ)", a page
// number, "หน้า 2", a note), the second without a header row: its measures were dropped without a
// word in .docx, PDF and text, and an .xlsx kept "(ต่อ)" as an empty measure (review 17 s23, S23-9).
// A header-less table of the plan's width, under that text, whose rows read as measures goes on
// with the plan's header, said with `header-assumed`; a continuation mark or page number alone is
// no measure.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE_MEASURES, HEADER, M4, M5, M9 } from '../support/base-plan-rows.js';
import { docx, measuresOf, preview, tsv, wordParagraph, wordTable, xlsx } from '../support/plan-table-files.js';

const codes = (r: Awaited<ReturnType<typeof preview>>) => r.warnings.map((w) => w.code);
const SEPARATORS = ['(ต่อ)', '- ๒ -', 'หน้า 2', '๒', 'หมายเหตุ: ปรับปรุงตามมติที่ประชุม'];

describe('a plan table continued after a line of text, without its header', () => {
  for (const separator of SEPARATORS) {
    it(`a Word table after "${separator}" goes on with the plan's header`, async () => {
      const r = await preview(docx(wordTable([HEADER, M4, M5]) + wordParagraph(separator) + wordTable([M9])));
      expect(measuresOf(r)).toEqual(BASE_MEASURES);
      const said = r.warnings.find((w) => w.code === 'header-assumed');
      expect(said?.message_th).toContain('ไม่มีแถวหัวตาราง');
      expect(said?.where).toMatchObject({ table: 2 });
    });
  }

  for (const separator of ['(ต่อ)', 'หน้า ๒']) {
    it(`tab-separated rows after a "${separator}" line between blank lines go on with the header above`, async () => {
      const r = await preview(tsv([HEADER, M4, M5, [''], [separator], [''], M9]));
      expect(measuresOf(r)).toEqual(BASE_MEASURES);
    });
  }

  it('a sheet with a "(ต่อ)" row between the measures keeps no "(ต่อ)" measure', async () => {
    const r = await preview(await xlsx([{ name: 'แผน', rows: [HEADER, M4, M5, ['(ต่อ)'], M9] }]));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(r.plan.measures.map((m) => m.title)).not.toContain('(ต่อ)');
  });

  it('a sheet with a page-number row "- 2 -" between the measures keeps no such measure', async () => {
    const r = await preview(await xlsx([{ name: 'แผน', rows: [HEADER, M4, ['- 2 -'], M5, M9] }]));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
  });

  it('the LibreOffice PDF of a table continued after "(ต่อ)" gives all six measures', async () => {
    const bytes = readFileSync(new URL('../fixtures/continued-tables/continued-after-text.pdf', import.meta.url));
    const r = await preview(new Uint8Array(bytes));
    expect(r.plan.measures.map((m) => m.indicator)).toEqual([1, 2, 3, 6, 9, 10]);
    expect(r.plan.measures.map((m) => m.responsible.unitIds)).toEqual([
      ['clerk'],
      ['finance'],
      ['clerk', 'finance'],
      ['education'],
      ['engineering'],
      ['health'],
    ]);
  });

  it('a table of another width after the text is still not read as the plan', async () => {
    const r = await preview(
      docx(wordTable([HEADER, M4, M5, M9]) + wordParagraph('(ต่อ)') + wordTable([['ลงชื่อ ผู้เสนอ', 'ลงชื่อ ผู้อนุมัติ']], 2)),
    );
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(codes(r)).not.toContain('header-assumed');
  });

  it('a header-less table of the same width whose rows are no measures (a sign-off) is not read', async () => {
    const r = await preview(
      docx(
        wordTable([HEADER, M4, M5, M9]) +
          wordParagraph('ผู้จัดทำแผน') +
          wordTable([['ลงชื่อ', '', 'ผู้เสนอ', '', 'ลงชื่อ ผู้อนุมัติ']]),
      ),
    );
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
  });
});
