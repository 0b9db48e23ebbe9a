// A Word plan whose measure columns are a table nested in a cell (outer "ตัวชี้วัด | รายละเอียด", each
// indicator's row holding its measure's small table "มาตรการ | การติดตามผล | ผู้รับผิดชอบ" over its
// values; or an outer header "มาตรการ / การติดตามผล / ผู้รับผิดชอบ" over a one-row table of values) gave 0
// measures from the .docx, the nested cells flattened into one line of the outer cell, while its PDF
// gave all 6 (review 17 s23, S23-1). A cell holding nothing but such a table now spreads it: its
// columns take the cell's place, one outer row per row of values, the outer cells over them all, the
// header spread the same way (docx-nested-tables.ts). A small table under a cell's own text (S20-7:
// activities under a measure's title) or in a follow-up cell stays lines of that cell.
// Fixtures: test/fixtures/nested-plan-tables/ (the reviewer's N-nested, N-nested-noinnerhdr and
// N-nested-fu .docx files and LibreOffice 7 PDFs of the first two).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { docx, wordParagraph } from '../support/plan-table-files.js';

const previewFy = async (bytes: Uint8Array, fy = 2569) => {
  const { document } = await readPlanFile(bytes);
  return importSourceDocument(document, { orgId: 'demo', fy, units: MUNICIPAL_UNITS });
};
const fixture = (name: string) =>
  previewFy(new Uint8Array(readFileSync(new URL(`../fixtures/nested-plan-tables/${name}`, import.meta.url))));
type Read = Awaited<ReturnType<typeof previewFy>>;
const summary = (r: Read) =>
  r.plan.measures.map((m) => [m.measureId, m.responsible.unitIds, m.followUps.map((f) => f.cadence)]);

const SIX = [
  ['i1', ['clerk'], ['monthly']],
  ['i2', ['finance'], ['quarterly', 'annual']],
  ['i3', ['clerk', 'finance'], ['semiannual']],
  ['i6', ['education'], ['quarterly']],
  ['i9', ['engineering'], ['annual']],
  ['i10', ['health'], ['monthly']],
];

describe("the reviewer's Word plans with each measure's table nested in the indicator's row", () => {
  it.each([
    ['its own header row in each nested table', 'nested-with-header'],
    ['the outer header naming the nested columns "มาตรการ / การติดตามผล / ผู้รับผิดชอบ"', 'nested-header-outside'],
  ])('%s: the 6 measures, as its PDF gives them', async (_, name) => {
    const [word, pdf] = [await fixture(`${name}.docx`), await fixture(`${name}.pdf`)];
    expect(summary(word)).toEqual(SIX);
    expect(summary(pdf)).toEqual(SIX);
    expect(word.plan.measures.map((m) => m.title)).toEqual([
      'จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร',
      'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง',
      'ประเมินผลการปฏิบัติงานอย่างเป็นธรรม',
      'ประชุมชี้แจงประมวลจริยธรรม',
      'ปรับปรุงเว็บไซต์ให้เป็นปัจจุบัน',
      'จัดกิจกรรมส่งเสริมคุณธรรม',
    ]);
    expect(word.warnings.map((w) => w.code)).toEqual([]);
  });

  it('a follow-ups table nested in the follow-up cell (numbered rows) stays that cell’s lines: the 6 measures', async () => {
    expect(summary(await fixture('nested-follow-ups.docx'))).toEqual(SIX);
  });
});

const cellOf = (inner: string) => `<w:tc>${inner}</w:tc>`;
const textCell = (text: string) => cellOf(text.split('\n').map(wordParagraph).join(''));
const rowOf = (cells: readonly string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const table = (rows: readonly (readonly string[])[]) =>
  `<w:tbl>${rows.map((r) => rowOf(r.map(textCell))).join('')}</w:tbl>`;
/** a cell holding only a nested table (and the empty paragraph Word puts after it) */
const tableCell = (rows: readonly (readonly string[])[]) => cellOf(`${table(rows)}<w:p/>`);
const INNER_HEADER = ['มาตรการ', 'การติดตามผล', 'ผู้รับผิดชอบ'];
const title = wordParagraph('แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569');

describe('neighbours', () => {
  it('two measures in one nested table under one indicator: both, under that indicator', async () => {
    const r = await previewFy(
      docx(
        title +
          `<w:tbl>${rowOf([textCell('ตัวชี้วัด'), textCell('รายละเอียด')])}${rowOf([
            textCell('ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่'),
            tableCell([
              INNER_HEADER,
              ['จัดทำประกาศเจตจำนงสุจริต', 'รายงานผลทุกเดือน', 'สำนักปลัด'],
              ['ประชุมชี้แจงประมวลจริยธรรม', 'รายงานผลปีละครั้ง', 'กองการศึกษา'],
            ]),
          ])}${rowOf([
            textCell('ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล'),
            tableCell([INNER_HEADER, ['ปรับปรุงเว็บไซต์', 'รายงานผลทุกไตรมาส', 'กองช่าง']]),
          ])}</w:tbl>`,
      ),
    );
    expect(r.plan.measures.map((m) => [m.measureId, m.title, m.responsible.unitIds])).toEqual([
      ['i1', 'จัดทำประกาศเจตจำนงสุจริต', ['clerk']],
      ['i1-2', 'ประชุมชี้แจงประมวลจริยธรรม', ['education']],
      ['i9', 'ปรับปรุงเว็บไซต์', ['engineering']],
    ]);
    expect(r.plan.measures.map((m) => m.followUps.map((f) => f.cadence))).toEqual([
      ['monthly'],
      ['annual'],
      ['quarterly'],
    ]);
  });

  it('the outer header naming the nested columns one per line, a unit column outside the nested tables: read', async () => {
    const r = await previewFy(
      docx(
        title +
          `<w:tbl>${rowOf([textCell('ตัวชี้วัด'), textCell('มาตรการ\nการติดตามผล'), textCell('ผู้รับผิดชอบ')])}${rowOf([
            textCell('ตัวชี้วัดที่ 2 การใช้งบประมาณ'),
            tableCell([['เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', 'รายงานผลทุกไตรมาส']]),
            textCell('กองคลัง'),
          ])}${rowOf([
            textCell('ตัวชี้วัดที่ 6 การจัดการข้อร้องเรียน'),
            tableCell([['ประชุมชี้แจงประมวลจริยธรรม', 'รายงานผลรอบ 6 เดือน']]),
            textCell('กองการศึกษา'),
          ])}</w:tbl>`,
      ),
    );
    expect(summary(r)).toEqual([
      ['i2', ['finance'], ['quarterly']],
      ['i6', ['education'], ['semiannual']],
    ]);
  });

  it('a table alone in the cell under "มาตรการ/แนวทาง" (one column\'s name, not two): that cell\'s lines', async () => {
    const header = rowOf(['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'การติดตามผล', 'ผู้รับผิดชอบ'].map(textCell));
    const row = rowOf([
      tableCell([
        ['ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่', 'มาตรการจัดทำประกาศ'],
        ['กิจกรรม', 'ตุลาคม 2568'],
      ]),
      textCell('จัดทำประกาศ'),
      textCell('รายงานผลทุกเดือน'),
      textCell('กองคลัง'),
    ]);
    const r = await previewFy(docx(`<w:tbl>${header}${row}</w:tbl>`));
    // one measure: its cell's lines, the methods, follow-up and unit columns as they stand
    expect(r.plan.measures.map((m) => [m.methods, m.followUps.map((f) => f.cadence), m.responsible.unitIds])).toEqual([
      [['จัดทำประกาศ'], ['monthly'], ['finance']],
    ]);
    expect(JSON.stringify(r.plan.measures[0])).toContain('มาตรการจัดทำประกาศ');
  });

  it("a nested table under the cell's own text (activities under a measure's title) stays that cell's lines", async () => {
    const header = rowOf(['ตัวชี้วัด', 'มาตรการ', 'การติดตามผล', 'ผู้รับผิดชอบ'].map(textCell));
    const row = rowOf([
      textCell('ตัวชี้วัดที่ 1'),
      cellOf(
        wordParagraph('มาตรการหนึ่ง') +
          table([
            ['จัดทำประกาศ', 'ต.ค.'],
            ['เผยแพร่', 'พ.ย.'],
          ]) +
          '<w:p/>',
      ),
      textCell('รายงานผลทุกเดือน'),
      textCell('กองคลัง'),
    ]);
    const r = await previewFy(docx(`<w:tbl>${header}${row}</w:tbl>`));
    expect(r.plan.measures.map((m) => [m.title, m.subMeasures, m.responsible.unitIds])).toEqual([
      ['มาตรการหนึ่ง', ['จัดทำประกาศ ต.ค.', 'เผยแพร่ พ.ย.'], ['finance']],
    ]);
  });
});
