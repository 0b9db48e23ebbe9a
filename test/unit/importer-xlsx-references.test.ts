// Review 17 s18, S18-1 (.xlsx part): exceljs's XML parser appends a cell's text one piece per
// reference ("&lt;" for "<"), about 100 times a plain character: one cell of "<a" x 1,000,000 in a
// 10 KB .xlsx took 29 s through the API at load 15 (5-23x the 1 MB ordinary plan); cut into cells
// under Excel's 32,767 characters it costs the same. References are counted on the inflated bytes
// before exceljs loads the workbook; past what a plan has, the file is refused in Thai. The work is
// asserted by where the refusal comes from: the preparation pass, before exceljs is given the file.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/domain/errors.js';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { PLAN_FILE_FIELD } from '../../shared/import/plan-file.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { preparedWorkbook } from '../../shared/import/xlsx-prepared.js';
import { MAX_XLSX_REFERENCES, xmlReferences } from '../../shared/import/xlsx-references.js';
import { standardWorkbookWithRows, standardWorkbookWithSharedText, textRow } from '../support/big-plan-files.js';

const refusedInPreparation = (bytes: Uint8Array) => {
  const error = (() => {
    try {
      preparedWorkbook(bytes);
    } catch (e) {
      return e;
    }
  })();
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
};

const past = MAX_XLSX_REFERENCES + 1;

describe('a workbook with more "<", ">", "&" references than a plan has is refused before exceljs loads it', () => {
  it.each([
    [
      '"<a" x 1,000,000 in one inline-string cell (the reviewer\'s x-lta-cell)',
      standardWorkbookWithRows(1, textRow('&lt;a'.repeat(1_000_000))),
    ],
    [
      '"<ก" past the bound in the units cell\'s shared string',
      standardWorkbookWithSharedText('กองคลัง', '&lt;ก'.repeat(past)),
    ],
    [
      '"</" in 40 cells of 5,000 each, every cell under Excel\'s 32,767 characters',
      standardWorkbookWithRows(1, textRow('&lt;/'.repeat(5_000), 40)),
    ],
    [
      '"&" past the bound in a formula',
      standardWorkbookWithRows(1, (r) => `<row r="${r}"><c r="A${r}"><f>"${'&amp;'.repeat(past)}"</f></c></row>`),
    ],
  ])('%s', async (_name, bytes) => {
    expect(xmlReferences(unzipSync(bytes))).toBeGreaterThan(MAX_XLSX_REFERENCES);
    refusedInPreparation(bytes);
    const error = await readPlanFile(bytes).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    const refusal = error as ValidationError;
    expect(refusal.message_th).toMatch(
      /^ไฟล์ Excel นี้มีเครื่องหมาย < > & หรืออักขระที่เขียนเป็นรหัส \(เช่น &lt; &amp;\) เกิน ๑๐๐,๐๐๐ ตัว/,
    );
    expect(refusal.message_en).toContain('more than 100,000 "<", ">", "&"');
    expect(refusal.fields).toEqual([
      {
        path: PLAN_FILE_FIELD,
        message_th: 'เครื่องหมาย < > & เกิน ๑๐๐,๐๐๐ ตัว',
        message_en: 'more than 100,000 "<", ">" or "&" characters',
      },
    ]);
  });
});

describe('up to the bound the workbook is read, the text with its "<" kept', () => {
  const measures = async (bytes: Uint8Array) => {
    const { document } = await readPlanFile(bytes);
    return importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS }).plan.measures;
  };

  it('"<ก" up to the bound in the units cell: the three measures, the first still กองคลัง\'s', async () => {
    const bytes = standardWorkbookWithSharedText('กองคลัง', '&lt;ก'.repeat(MAX_XLSX_REFERENCES - 10));
    expect(xmlReferences(unzipSync(bytes))).toBeLessThanOrEqual(MAX_XLSX_REFERENCES);
    const plan = await measures(bytes);
    expect(plan).toHaveLength(3);
    expect(plan[0]!.responsible.unitIds).toEqual(
      (await measures(standardWorkbookWithSharedText('กองคลัง', ''))).at(0)!.responsible.unitIds,
    );
  });

  it.each([
    ['"<a" x 99,000 in one cell after the plan', '&lt;a'.repeat(99_000), '<a'.repeat(99_000), 1],
    ['"</" x 2,000 in 40 cells after the plan', '&lt;/'.repeat(2_000), '</'.repeat(2_000), 40],
  ])("%s: the plan's measures, the cells' text as written", async (_name, xml, text, cells) => {
    const bytes = standardWorkbookWithRows(1, textRow(xml, cells));
    const { document } = await readPlanFile(bytes);
    const last = document.blocks.at(-1)!;
    // a cell is markup (source-document.ts): "<" is "&lt;" again, as the file wrote it
    expect(last.kind === 'row' && last.cells).toEqual(Array.from({ length: cells }, () => xml));
    const titles = (plan: Awaited<ReturnType<typeof measures>>) =>
      plan.slice(0, 3).map((m) => `${m.measureId} ${m.title}`);
    expect(titles(await measures(bytes))).toEqual(titles(await measures(standardWorkbookWithRows(0, textRow('')))));
  });
});
