// Review 17 s23, S23-2: a plan as one table per indicator whose FIRST row is the indicator heading
// (one cell across the table) above the table's own header row ("มาตรการ | การติดตามผล |
// ผู้รับผิดชอบ"), its measures beneath: the first table's heading was lost (a row before any header),
// each later table's heading row became an empty measure (the header under it ended its group), and
// no measure had an indicator: 11 measures for 6 (.docx, its PDF, and the PDF Calc prints of the same
// plan as one sheet per indicator). A heading row right above a header heads that table's measures,
// as a heading paragraph above the table does. The reviewer's files (the .docx and .xlsx made by the
// reviewer's scripts, the PDFs by LibreOffice) are in test/fixtures/heading-over-header/.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codesOf, measuresOf, previewFile } from '../support/plan-pdf.js';
import { docx, tsv, wordParagraph, wordTable, xlsx, type WordCell } from '../support/plan-table-files.js';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/heading-over-header/${name}`, import.meta.url)));

const SIX = [
  { indicator: 1, units: ['clerk'], cadences: ['monthly'] },
  { indicator: 2, units: ['finance'], cadences: ['quarterly', 'annual'] },
  { indicator: 3, units: ['clerk', 'finance'], cadences: ['semiannual'] },
  { indicator: 6, units: ['education'], cadences: ['quarterly'] },
  { indicator: 9, units: ['engineering'], cadences: ['annual'] },
  { indicator: 10, units: ['health'], cadences: ['monthly'] },
];
const IDS = ['i1', 'i2', 'i3', 'i6', 'i9', 'i10'];

describe("an indicator heading row over a table's header heads the table's measures", () => {
  it.each([
    ['D-per-indicator-inrow.docx', SIX],
    ['D-per-indicator-inrow-libreoffice.pdf', SIX],
    // Calc prints one line of i2's two-line follow-up cell (no wrap): one follow-up in the PDF
    ['XPF-per-ind-a1-libreoffice-calc.pdf', SIX.with(1, { ...SIX[1]!, cadences: ['quarterly'] })],
    // the workbook itself, one sheet per indicator (read right before too)
    ['XPF-per-ind-a1.xlsx', SIX],
  ])("the reviewer's %s: 6 measures under their indicators, no empty heading measure", async (name, expected) => {
    const preview = await previewFile(fixture(name));
    expect(measuresOf(preview, ['indicator', 'units', 'cadences'])).toEqual(expected);
    expect(preview.plan.measures.map((m) => m.measureId)).toEqual(IDS);
    // indicator 6's heading reads "การจัดการข้อร้องเรียน", not its catalog name: said, as under a heading paragraph
    expect(codesOf(preview)).toEqual(['unknown-indicator-name']);
  });

  const HEADER = ['มาตรการ', 'การติดตามผล', 'ผู้รับผิดชอบ'];
  const M1 = ['จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร', 'รายงานผลทุกเดือน', 'สำนักปลัด'];
  const M2 = ['เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', 'รายงานผลทุกไตรมาส', 'กองคลัง'];
  const M2b = ['จัดทำแผนการใช้จ่ายงบประมาณ', 'รายงานผลปีละครั้ง', 'กองคลัง'];
  const TWO = [
    { indicator: 1, units: ['clerk'], cadences: ['monthly'] },
    { indicator: 2, units: ['finance'], cadences: ['quarterly'] },
    { indicator: 2, units: ['finance'], cadences: ['annual'] },
  ];

  it.each([
    [
      'one cell across the table',
      (n: string, name: string): (string | WordCell)[] => [{ text: `${n} ${name}`, span: 3 }],
    ],
    ['the heading alone in the first cell', (n: string, name: string) => [`${n} ${name}`, '', '']],
    ['the number and the name in two cells', (n: string, name: string) => [n, name, '']],
  ])('.docx, a table per indicator, the heading row as %s', async (_, heading) => {
    const body = [
      wordParagraph('แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส'),
      wordTable([heading('ตัวชี้วัดที่ 1', 'การปฏิบัติหน้าที่'), HEADER, M1], 3),
      wordParagraph(''),
      wordTable([heading('ตัวชี้วัดที่ ๒', 'การใช้งบประมาณ'), HEADER, M2, M2b], 3),
    ].join('');
    const preview = await previewFile(docx(body));
    expect(measuresOf(preview, ['indicator', 'units', 'cadences'])).toEqual(TWO);
    expect(preview.plan.measures.map((m) => m.measureId)).toEqual(['i1', 'i2', 'i2-2']);
    expect(codesOf(preview)).toEqual([]);
  });

  it('one sheet, each indicator a heading row (merged across) over the header repeated', async () => {
    const rows = [
      ['ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่', null, null],
      HEADER,
      M1,
      ['ตัวชี้วัดที่ 2 การใช้งบประมาณ', null, null],
      HEADER,
      M2,
      M2b,
    ];
    const preview = await previewFile(await xlsx([{ name: 'แผน', rows, merges: ['A1:C1', 'A4:C4'] }]));
    expect(measuresOf(preview, ['indicator', 'units', 'cadences'])).toEqual(TWO);
    expect(codesOf(preview)).toEqual([]);
  });

  it('a text file, each indicator a heading line over the header repeated', async () => {
    const preview = await previewFile(
      tsv([['ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่'], HEADER, M1, ['ตัวชี้วัดที่ 2 การใช้งบประมาณ'], HEADER, M2, M2b]),
    );
    expect(measuresOf(preview, ['indicator', 'units', 'cadences'])).toEqual(TWO);
    expect(codesOf(preview)).toEqual([]);
  });

  it('a heading row with no measure under it before the next header stays one (an empty measure, said)', async () => {
    const body = wordTable(
      [
        [{ text: 'ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่', span: 3 }],
        HEADER,
        M1,
        [{ text: 'ตัวชี้วัดที่ 2 การใช้งบประมาณ', span: 3 }],
        [{ text: 'ตัวชี้วัดที่ 3 การใช้อำนาจ', span: 3 }],
        HEADER,
        M2,
      ],
      3,
    );
    const preview = await previewFile(docx(body));
    expect(measuresOf(preview, ['indicator', 'units', 'cadences'])).toEqual([
      TWO[0],
      { indicator: 2, units: [], cadences: [] },
      { indicator: 3, units: ['finance'], cadences: ['quarterly'] },
    ]);
    expect(codesOf(preview)).toContain('cannot-save');
  });
});
