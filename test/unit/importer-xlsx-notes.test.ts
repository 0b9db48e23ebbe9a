// An .xlsx with cell notes written by openpyxl/pandas was refused as "a damaged workbook" (review 17
// s9, entry 8): exceljs could not resolve the notes' absolute targets. Notes are no plan text: they
// are dropped before the workbook loads, however they are written.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';

const standard = new Uint8Array(readFileSync(new URL('../fixtures/plans/09-standard.xlsx', import.meta.url)));
const NOTE = 'กองช่าง (หมายเหตุของผู้ตรวจ)';

/** 09-standard.xlsx with a note on E5 as openpyxl writes it (absolute targets), its target part kept or not. */
function openpyxlNotes(keepPart: boolean): Uint8Array {
  const zip = unzipSync(standard);
  const comments = `<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>ผู้ตรวจ</author></authors><commentList><comment ref="E5" authorId="0" shapeId="0"><text><t>${NOTE}</t></text></comment></commentList></comments>`;
  if (keepPart) zip['xl/comments/comment1.xml'] = strToU8(comments);
  zip['xl/drawings/commentsDrawing1.vml'] = strToU8('<xml xmlns:v="urn:schemas-microsoft-com:vml"></xml>');
  zip['xl/worksheets/_rels/sheet1.xml.rels'] = strToU8(
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="/xl/comments/comment1.xml" Id="comments"/><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="/xl/drawings/commentsDrawing1.vml" Id="anysvml"/></Relationships>',
  );
  const sheet = strFromU8(zip['xl/worksheets/sheet1.xml']!);
  zip['xl/worksheets/sheet1.xml'] = strToU8(
    sheet.replace(
      '</worksheet>',
      '<legacyDrawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="anysvml"/></worksheet>',
    ),
  );
  zip['[Content_Types].xml'] = strToU8(
    strFromU8(zip['[Content_Types].xml']!).replace(
      '</Types>',
      '<Override PartName="/xl/comments/comment1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/></Types>',
    ),
  );
  return zipSync(zip);
}

/** 09-standard.xlsx with a note on E5 written by exceljs itself (relative targets). */
async function exceljsNote(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(standard) as unknown as ArrayBuffer);
  wb.getWorksheet('แผน')!.getCell('E5').note = NOTE;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const read = async (bytes: Uint8Array) => {
  const { document } = await readPlanFile(bytes);
  return importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS }).plan;
};

describe('a workbook with cell notes reads as without them', () => {
  it.each([
    ['notes as openpyxl writes them (absolute targets)', () => Promise.resolve(openpyxlNotes(true))],
    ['a notes relationship whose part is missing', () => Promise.resolve(openpyxlNotes(false))],
    ['a note written by exceljs', exceljsNote],
  ])('%s: the same measures, and the note is no plan text', async (_, make) => {
    const plain = await read(standard);
    const plan = await read(await make());
    expect(plan.measures).toEqual(plain.measures);
    expect(JSON.stringify(plan)).not.toContain('หมายเหตุของผู้ตรวจ');
  });
});
