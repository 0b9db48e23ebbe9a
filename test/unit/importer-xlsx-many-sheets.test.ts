// A workbook of thousands of empty sheets was read sheet by sheet: 3,600 (1 MB) took 6x the 1 MB
// ordinary input, 14,000 (3.9 MB) ran out of time after 45.9 s (review 17 s22, S22-5). Rows, cells
// and merges were bounded; sheets were not. Now more than MAX_XLSX_SHEETS is refused before exceljs
// loads the workbook (counted: the refusal comes before any sheet is read, no clock).
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { MAX_XLSX_SHEETS } from '../../shared/import/xlsx-sheets.js';
import { planFileRefusal } from '../support/plan-file-refusal.js';

const standard = new Uint8Array(readFileSync(new URL('../fixtures/plans/09-standard.xlsx', import.meta.url)));
const WORKSHEET = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';

/**
 * 09-standard.xlsx with `extra` sheets after its plan sheet, each holding `sheetData`; with
 * `onePart`, every extra `<sheet>` entry names the plan sheet's part instead of a part of its own.
 */
function withSheets(extra: number, sheetData = '<sheetData/>', onePart = false): Uint8Array {
  const zip = unzipSync(standard);
  const entries: string[] = [];
  const rels: string[] = [];
  const types: string[] = [];
  for (let i = 2; i < extra + 2; i++) {
    entries.push(`<sheet sheetId="${i}" name="Sheet${i}" r:id="rIdS${i}"/>`);
    const target = onePart ? 'worksheets/sheet1.xml' : `worksheets/sheet${i}.xml`;
    rels.push(`<Relationship Id="rIdS${i}" Type="${WORKSHEET}" Target="${target}"/>`);
    if (onePart) continue;
    zip[`xl/worksheets/sheet${i}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sheetData}</worksheet>`,
    );
    types.push(
      `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
  }
  const edit = (name: string, before: string, add: string[]) => {
    zip[name] = strToU8(strFromU8(zip[name]!).replace(before, `${add.join('')}${before}`));
  };
  edit('xl/workbook.xml', '</sheets>', entries);
  edit('xl/_rels/workbook.xml.rels', '</Relationships>', rels);
  edit('[Content_Types].xml', '</Types>', types);
  return zipSync(zip);
}

const measuresOf = async (bytes: Uint8Array) => {
  const { document } = await readPlanFile(bytes);
  const { plan } = importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
  return plan.measures.map((m) => m.measureId);
};

describe('a workbook of more sheets than a plan has is refused before it is read', () => {
  it.each([
    ['3,600 empty sheets (the reviewer’s 1 MB file)', () => withSheets(3_600)],
    [
      '2,000 sheets of one text cell',
      () => withSheets(2_000, '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ก</t></is></c></row></sheetData>'),
    ],
    ['14,000 sheet entries naming the plan sheet’s one part', () => withSheets(14_000, undefined, true)],
  ])('%s: 400 on the file field, Thai first, naming the count and the bound', async (_, file) => {
    const error = await planFileRefusal(file());
    expect(error.message_th).toMatch(/^ไฟล์ Excel นี้มี [๐-๙,]+ แผ่นงาน เกินกว่าแผนมาตรการจะมีได้ \(ไม่เกิน ๒๐๐ แผ่นงาน\)/);
    expect(error.fields).toEqual([
      expect.objectContaining({ path: expect.stringContaining('file'), message_th: 'แผ่นงานเกิน ๒๐๐ แผ่น' }),
    ]);
  });

  it(`a plan with ${MAX_XLSX_SHEETS - 1} empty sheets beside it still reads as the plan alone`, async () => {
    expect(await measuresOf(withSheets(MAX_XLSX_SHEETS - 1))).toEqual(await measuresOf(standard));
  });

  it(`${MAX_XLSX_SHEETS} sheets are read, ${MAX_XLSX_SHEETS + 1} refused`, async () => {
    await expect(readPlanFile(withSheets(MAX_XLSX_SHEETS - 1))).resolves.toMatchObject({ kind: 'xlsx' });
    await planFileRefusal(withSheets(MAX_XLSX_SHEETS));
  });
});
