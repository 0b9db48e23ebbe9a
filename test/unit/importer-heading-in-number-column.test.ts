// Review 17 s22, S22-1: a plan table whose ที่ column holds the indicator heading itself
// ("ตัวชี้วัดที่ 1 | การปฏิบัติหน้าที่ | | |", its measures "1.1", "1.2" beneath): the heading in the ที่
// column was not read at all, so each heading row became an empty measure (no unit, no follow-up)
// and no measure had an indicator: 8 measures for 5 (.docx, PDF), 5 for 3 (.xlsx). A row whose only
// text is an indicator heading, in any cell or split over two, heads the measures under it; a
// heading in the ที่ column of a measure row is that measure's indicator. The reviewer's files (the
// .docx and .xlsx made by the reviewer's scripts, the PDF by LibreOffice from the .docx) are in
// test/fixtures/numbered-headings/.
import { describe, expect, it } from 'vitest';
import { FIVE_UNDER_HEADINGS, numberedHeadingsFile } from '../support/numbered-headings.js';
import { codesOf, measuresOf, previewFile } from '../support/plan-pdf.js';
import { docx, tsv, wordTable, xlsx, type WordCell } from '../support/plan-table-files.js';

describe('an indicator heading in the ที่ column heads the measures under it', () => {
  it.each([
    ['NUM2-incol.docx', 5],
    ['NUM2-incol-libreoffice.pdf', 5],
    ['NUM2-incol.xlsx', 3],
  ])("the reviewer's %s: its measures under their indicators, no empty heading measure", async (name, count) => {
    const preview = await previewFile(numberedHeadingsFile(name));
    expect(measuresOf(preview, ['indicator', 'units', 'cadences'])).toEqual(FIVE_UNDER_HEADINGS.slice(0, count));
    expect(preview.plan.measures.map((m) => m.measureId)).toEqual(['i1', 'i1-2', 'i2', 'i9', 'i9-2'].slice(0, count));
    expect(codesOf(preview)).toEqual([]);
  });

  const HEADER = ['ที่', 'มาตรการ/โครงการ', 'ระยะเวลา', 'การติดตามผล', 'ผู้รับผิดชอบ'];
  const WHEN = 'ต.ค. 68 - ก.ย. 69';
  /** two indicators' heading rows (as given) over measures numbered `numbers` */
  const table = (first: (string | WordCell)[], second: (string | WordCell)[], numbers = ['1.1', '1.2', '2.1']) => [
    HEADER,
    first,
    [numbers[0]!, 'จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร', WHEN, 'รายงานผลทุกเดือน', 'สำนักปลัด'],
    [numbers[1]!, 'ประชุมชี้แจงประมวลจริยธรรม', WHEN, 'รายงานผลปีละครั้ง', 'กองการศึกษา'],
    second,
    [numbers[2]!, 'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', WHEN, 'รายงานผลทุกไตรมาส', 'กองคลัง'],
  ];
  /** the rows' text, a cell spanning columns followed by empty cells */
  const plain = (rows: (string | WordCell)[][]) =>
    rows.map((r) =>
      r.flatMap((c) => (typeof c === 'string' ? [c] : [c.text, ...Array<string>((c.span ?? 1) - 1).fill('')])),
    );
  const asFiles = async (rows: (string | WordCell)[][], merges: string[] = []) => ({
    docx: docx(wordTable(rows)),
    xlsx: await xlsx([{ name: 'แผน', rows: plain(rows), merges }]),
    txt: tsv(plain(rows)),
  });

  const LAYOUTS: [string, (string | WordCell)[][], string[]][] = [
    [
      'Thai digits, the name in the title column',
      table(['ตัวชี้วัดที่ ๑', 'การปฏิบัติหน้าที่', '', '', ''], ['ตัวชี้วัดที่ ๒', 'การใช้งบประมาณ', '', '', ''], ['๑.๑', '๑.๒', '๒.๑']),
      [],
    ],
    [
      'the whole heading in the ที่ column, the other cells empty',
      table(['ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่', '', '', '', ''], ['ตัวชี้วัดที่ 2 การใช้งบประมาณ', '', '', '', '']),
      [],
    ],
    [
      'the heading cell merged across the row (a text file: the other cells empty)',
      table([{ text: 'ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่', span: 5 }], [{ text: 'ตัวชี้วัดที่ 2 การใช้งบประมาณ', span: 5 }]),
      ['A2:E2', 'A5:E5'],
    ],
    [
      'the name in other words ("การปฏิบัติหน้าที่ของบุคลากร")',
      table(['ตัวชี้วัดที่ 1', 'การปฏิบัติหน้าที่ของบุคลากร', '', '', ''], ['ตัวชี้วัดที่ 2', 'การใช้งบประมาณ', '', '', '']),
      [],
    ],
    [
      'a row number, the heading in the title column and the name beside it',
      table(['1', 'ตัวชี้วัดที่ 1', 'การปฏิบัติหน้าที่', '', ''], ['2', 'ตัวชี้วัดที่ 2', 'การใช้งบประมาณ', '', '']),
      [],
    ],
  ];
  describe.each(LAYOUTS)('%s', (_, rows, merges) => {
    it.each([['docx'], ['xlsx'], ['txt']] as const)('.%s: 3 measures under indicators 1 and 2', async (format) => {
      const preview = await previewFile((await asFiles(rows, merges))[format]);
      expect(measuresOf(preview, ['indicator', 'units', 'cadences'])).toEqual(FIVE_UNDER_HEADINGS.slice(0, 3));
      expect(preview.plan.measures.map((m) => m.measureId)).toEqual(['i1', 'i1-2', 'i2']);
      expect(codesOf(preview)).toEqual([]);
    });
  });

  it.each([['docx'], ['xlsx'], ['txt']] as const)(
    '.%s: the label and number alone in the ที่ column (the first right under the header) head their measures',
    async (format) => {
      const rows = table(['ตัวชี้วัดที่ 1', '', '', '', ''], ['ตัวชี้วัดที่ 2', '', '', '', '']);
      const preview = await previewFile((await asFiles(rows))[format]);
      expect(measuresOf(preview, ['indicator', 'units', 'cadences'])).toEqual(FIVE_UNDER_HEADINGS.slice(0, 3));
      // the heading names no indicator name: the catalog's is used and said, as for such a heading anywhere
      expect(new Set(codesOf(preview))).toEqual(new Set(['unknown-indicator-name']));
    },
  );

  it.each([['docx'], ['xlsx'], ['txt']] as const)(
    ".%s: a measure row with its indicator in the ที่ column is that indicator's measure",
    async (format) => {
      const rows = [
        HEADER,
        ['ตัวชี้วัดที่ 1', 'จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร', WHEN, 'รายงานผลทุกเดือน', 'สำนักปลัด'],
        ['ตัวชี้วัดที่ ๒', 'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', WHEN, 'รายงานผลทุกไตรมาส', 'กองคลัง'],
      ];
      const preview = await previewFile((await asFiles(rows))[format]);
      expect(measuresOf(preview, ['indicator', 'title', 'units', 'cadences'])).toEqual([
        { indicator: 1, title: 'จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร', units: ['clerk'], cadences: ['monthly'] },
        { indicator: 2, title: 'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', units: ['finance'], cadences: ['quarterly'] },
      ]);
      expect(codesOf(preview)).toEqual([]);
    },
  );

  it("a row of the ที่ column's heading and a measure's own title (not the indicator's name) stays a measure", async () => {
    const rows = [
      HEADER,
      ['ตัวชี้วัดที่ 1', 'การปฏิบัติหน้าที่', '', '', ''],
      ['1.1', 'จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร', WHEN, 'รายงานผลทุกเดือน', 'สำนักปลัด'],
      ['ตัวชี้วัดที่ 2', 'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', '', '', ''],
    ];
    const preview = await previewFile(docx(wordTable(rows)));
    expect(measuresOf(preview, ['indicator', 'title', 'units', 'cadences'])).toEqual([
      { indicator: 1, title: 'ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่', units: ['clerk'], cadences: ['monthly'] },
      { indicator: 2, title: 'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', units: [], cadences: [] },
    ]);
    expect(codesOf(preview)).toContain('cannot-save');
  });
});
