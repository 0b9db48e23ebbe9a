// Review 17 s23, S23-14: a Word table of 14,000 short measure rows took 5-7x the bench's 1 MB
// ordinary plan: the paragraphs outside tables were bounded (docx-limits.ts), the table rows not.
// Past 4,000 rows (the .xlsx bound, one number: plan-table-rows.ts) the file is refused in Thai,
// naming the row reached; within the bound the document is read.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { MAX_DOCX_TABLE_ROWS } from '../../shared/import/docx-limits.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { PLAN_FILE_FIELD } from '../../shared/import/plan-file.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { MAX_XLSX_ROWS } from '../../shared/import/xlsx-rows.js';
import { standardDocumentWithRows, wordRow } from '../support/big-plan-files.js';
import { planFileRefusal } from '../support/plan-file-refusal.js';

const thaiNo = (i: number) => String(i).replace(/[0-9]/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]!);
/** a short measure row, numbered from ๔ (05-standard.docx's table: a header and three measures) */
const measureRow = (i: number) =>
  wordRow(`ตัวชี้วัดที่ ๔ มาตรการที่ ${thaiNo(i + 4)}`, 'ดำเนินการ', 'ตลอดปี', 'รายงานทุกเดือน', 'กองคลัง');
/** the standard table's own rows: a header and three measures */
const OWN_ROWS = 4;

describe('a Word document with more table rows than a plan has is refused in Thai, naming the row reached', () => {
  it('the bound is the .xlsx one: 4,000 rows', () => {
    expect(MAX_DOCX_TABLE_ROWS).toBe(4_000);
    expect(MAX_DOCX_TABLE_ROWS).toBe(MAX_XLSX_ROWS);
  });

  it("the reviewer's 14,000 short measure rows: refused at row 4,001 of the table, its text quoted (60 characters)", async () => {
    // row 4,001: the header, the three measures and 3,997 rows ("มาตรการที่ ๔" to "มาตรการที่ ๔๐๐๐")
    const error = await planFileRefusal(standardDocumentWithRows(14_000, measureRow));
    expect(error.message_th).toBe(
      'เอกสาร Word นี้มีแถวในตารางเกิน ๔,๐๐๐ แถว (ถึงแถวที่ ๔,๐๐๑ ของตารางที่ ๑: "ตัวชี้วัดที่ ๔ มาตรการที่ ๔๐๐๐ | ดำเนินการ | ตลอดปี | รายงาน") มากกว่าที่แผนมาตรการจะมีได้ (แผนหนึ่งปีมีไม่เกิน ๕๐๐ มาตรการ) กรุณาคัดลอกเฉพาะตารางแผนมาตรการ (และชื่อแผน) ไปไว้ในไฟล์ใหม่ หรือลบแถวที่ไม่ใช่แผนออก แล้วนำเข้าใหม่',
    );
    expect(error.message_en).toBe(
      'this Word document has more than 4,000 table rows (up to row 4,001 of table 1: "ตัวชี้วัดที่ ๔ มาตรการที่ ๔๐๐๐ | ดำเนินการ | ตลอดปี | รายงาน"), more than a plan has (at most 500 measures a year); copy only the plan table (and its title) into a new file, or delete the rows that are not the plan, and import again',
    );
    expect(error.fields).toEqual([
      { path: PLAN_FILE_FIELD, message_th: 'แถวในตารางเกิน ๔,๐๐๐ แถว', message_en: 'more than 4,000 table rows' },
    ]);
  });

  it('empty rows (five empty cells each) count too: refused at the row reached, nothing to quote', async () => {
    const error = await planFileRefusal(
      standardDocumentWithRows(MAX_DOCX_TABLE_ROWS, () => wordRow('', '', '', '', '')),
    );
    expect(error.message_th).toMatch(/^เอกสาร Word นี้มีแถวในตารางเกิน ๔,๐๐๐ แถว \(ถึงแถวที่ ๔,๐๐๑ ของตารางที่ ๑\) มากกว่าที่/);
  });

  it('rows in many tables count together: refused in the table the bound is passed in', async () => {
    // 05-standard's table goes on to 46 rows, then tables of 50 rows follow: row 4,001 is the 5th of table 81
    const split = (i: number) =>
      (i > 0 && (i + OWN_ROWS) % 50 === 46 % 50 ? '</w:tbl><w:p/><w:tbl>' : '') + measureRow(i);
    const error = await planFileRefusal(standardDocumentWithRows(MAX_DOCX_TABLE_ROWS, split));
    expect(error.message_th).toContain('(ถึงแถวที่ ๕ ของตารางที่ ๘๑: "ตัวชี้วัดที่ ๔ มาตรการที่ ๔๐๐๐ | ดำเนินการ');
  });

  it('rows of a table nested in a cell count too: its row reached quoted, in the outer row', async () => {
    const nested = Array.from({ length: MAX_DOCX_TABLE_ROWS }, (_, i) => wordRow(`กิจกรรมที่ ${thaiNo(i + 1)}`, 'ต.ค.'));
    const row = () => `<w:tr><w:tc><w:tbl>${nested.join('')}</w:tbl><w:p/></w:tc></w:tr>`;
    const error = await planFileRefusal(standardDocumentWithRows(1, row));
    // the outer rows (a header and three measures) are closed before the nested ones: row 3,997 passes
    expect(error.message_th).toContain('(ถึงแถวที่ ๕ ของตารางที่ ๑: "กิจกรรมที่ ๓๙๙๗ | ต.ค.")');
  });

  it('within the bound the document is read: 3,990 rows give the cap of 500 measures, the standard three first', async () => {
    const { document } = await readPlanFile(standardDocumentWithRows(MAX_DOCX_TABLE_ROWS - 10, measureRow));
    const { plan } = importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
    expect(plan.measures).toHaveLength(500);
    expect(plan.measures[3]?.title).toBe('มาตรการที่ ๔');
  });
});
