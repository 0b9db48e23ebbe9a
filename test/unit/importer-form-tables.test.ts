// A plan written as one form per measure (review 17 s11, S11-19): a two-column table whose left
// cells are the usual column names, one per row, was "no measures table" though every label the
// importer knows as a header was there, in a column instead of a row.
import { describe, expect, it } from 'vitest';
import { BASE_MEASURES, HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { docx, measuresOf, preview, tsv, wordParagraph, wordTable, xlsx } from '../support/plan-table-files.js';

/** a measure as label | value rows */
const form = (m: readonly string[]) => HEADER.map((h, j) => [h, m[j]!]);

describe('a form per measure (labels down the left) is read as one measure per form', () => {
  it.each([
    [
      'Word, a 5x2 table per measure under its heading',
      () =>
        docx(
          TITLE.map(wordParagraph).join('') +
            [M4, M5, M9].map((m) => wordParagraph(m[0]!.split('\n')[0]!) + wordTable(form(m), 2)).join(''),
        ),
    ],
    [
      'Excel, the forms one under another on one sheet, a blank row between',
      () =>
        xlsx([{ name: 'แผน', rows: [[TITLE[0]!], [TITLE[1]!], [], ...form(M4), [], ...form(M5), [], ...form(M9)] }]),
    ],
    ['text, label and value on each line, no blank line between', () => tsv([...form(M4), ...form(M5), ...form(M9)])],
  ])('%s: the three measures with their follow-ups and units', async (_n, make) => {
    const r = await preview(await make());
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(r.plan.measures.map((m) => m.methods)).toEqual([
      ['จัดทำคู่มือการยืมคืนพัสดุ'],
      ['เผยแพร่ผลการดำเนินงานบนเว็บไซต์'],
      ['ปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบัน'],
    ]);
    expect(r.warnings.filter((w) => w.code === 'no-measures')).toEqual([]);
  });

  it('a form with an extra row keeps it as a note', async () => {
    const r = await preview(tsv([...form(M4), ['งบประมาณ', '๒๐,๐๐๐ บาท']]));
    expect(r.plan.measures).toHaveLength(1);
    expect(r.plan.measures[0]!.notes).toEqual([{ label: 'งบประมาณ', text: '๒๐,๐๐๐ บาท' }]);
  });

  it('two label rows alone are no form', async () => {
    const r = await preview(
      tsv([
        ['มาตรการ/แนวทาง', 'ข้อความ'],
        ['ผู้รับผิดชอบ', 'กองคลัง'],
      ]),
    );
    expect(r.plan.measures).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toContain('no-measures');
  });
});
