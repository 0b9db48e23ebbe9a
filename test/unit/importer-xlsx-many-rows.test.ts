// Review 17 s15, S15-20: exceljs makes a Row and Cells for every <row> element, and Excel writes
// one for every row given a height or a style: 500,000 formatted empty rows in a 1.3 MB .xlsx took
// 36 s, 600,000 rows of text in 3 MB a 503 after 44 s. Rows without a value are dropped before
// exceljs loads the workbook (counted, nothing else done with them); past what a plan has (rows or
// cells with data), the file is refused in Thai. The work is asserted by the rows exceljs is given.
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/domain/errors.js';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { PLAN_FILE_FIELD } from '../../shared/import/plan-file.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { preparedWorkbook } from '../../shared/import/xlsx-prepared.js';
import { MAX_XLSX_CELLS, MAX_XLSX_ROWS } from '../../shared/import/xlsx-rows.js';
import { formattedEmptyRow, standardWorkbookWithRows, textRow } from '../support/big-plan-files.js';

async function measuresOf(bytes: Uint8Array) {
  const { document } = await readPlanFile(bytes);
  const { plan, warnings } = importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
  return { ids: plan.measures.map((m) => `${m.measureId} ${m.title}`), warnings: warnings.map((w) => w.code) };
}

const standard = standardWorkbookWithRows(0, formattedEmptyRow);

describe('rows that hold no value cost next to nothing: dropped before the workbook is loaded', () => {
  it.each([
    ['60,000 rows given a height (<row ht customHeight/>, no cells)', 60_000, formattedEmptyRow],
    [
      '50,000 rows of two cells with a style only',
      50_000,
      (r: number) => `<row r="${r}" s="3" customFormat="1"><c r="A${r}" s="1"/><c r="B${r}" s="1"></c></row>`,
    ],
    [
      '20,000 hidden rows of a typed cell without a value',
      20_000,
      (r: number) => `<row r="${r}" hidden="1"><c r="C${r}" s="2" t="s"></c></row>`,
    ],
  ] as const)('%s after the plan: the same measures as the plan alone', async (_name, count, row) => {
    const bytes = standardWorkbookWithRows(count, row);
    const { rows } = preparedWorkbook(bytes);
    expect(rows.dropped).toBe(count);
    expect(rows.rows).toBe(preparedWorkbook(standard).rows.rows);
    const plan = await measuresOf(standard);
    expect(plan.ids).toHaveLength(3);
    expect(await measuresOf(bytes)).toEqual(plan);
  });
});

describe('a workbook with more rows or cells with data than a plan has is refused in Thai', () => {
  const refusal = async (bytes: Uint8Array) => {
    const error = await readPlanFile(bytes).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  };

  it.each([
    ['rows of one heading cell (the reviewer\'s "ตัวชี้วัดที่ ๔ x")', textRow('ตัวชี้วัดที่ ๔ x')],
    ['rows of a number', (r: number) => `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`],
    ['rows of a formula', (r: number) => `<row r="${r}"><c r="B${r}"><f>A${r}+1</f></c></row>`],
  ])('%s past MAX_XLSX_ROWS: the rows, the bound and the sheet named', async (_name, row) => {
    const error = await refusal(standardWorkbookWithRows(MAX_XLSX_ROWS, row));
    expect(error.message_th).toMatch(/^ไฟล์ Excel นี้มีแถวที่มีข้อมูลเกิน ๔,๐๐๐ \(ถึงแผ่นงาน "แผน"\)/);
    expect(error.message_th).toContain('คัดลอกเฉพาะตารางแผนมาตรการไปไว้ในไฟล์ใหม่');
    expect(error.message_en).toContain('more than 4,000 rows with data');
    expect(error.fields).toEqual([
      { path: PLAN_FILE_FIELD, message_th: 'แถวที่มีข้อมูลเกิน ๔,๐๐๐', message_en: 'more than 4000 rows with data' },
    ]);
  });

  it('rows of many cells past MAX_XLSX_CELLS: refused for the cells', async () => {
    const rows = Math.ceil(MAX_XLSX_CELLS / 30);
    expect(rows).toBeLessThan(MAX_XLSX_ROWS);
    const error = await refusal(standardWorkbookWithRows(rows, textRow('ก', 30)));
    expect(error.message_th).toMatch(/^ไฟล์ Excel นี้มีช่องในแถวที่มีข้อมูลเกิน ๒๐,๐๐๐ \(ถึงแผ่นงาน "แผน"\)/);
  });

  it('rows up to the bound are read: repeated heading rows past 500 measures are counted, the first 500 kept', async () => {
    const bytes = standardWorkbookWithRows(MAX_XLSX_ROWS - 10, textRow('ตัวชี้วัดที่ ๔ x'));
    expect(preparedWorkbook(bytes).rows.dropped).toBe(0);
    const { ids, warnings } = await measuresOf(bytes);
    expect(ids).toHaveLength(500);
    expect(warnings).toContain('measures-dropped');
  });
});
