// An .xlsx was inflated twice per import (review of issue 17, session 21's leftovers): once whole to
// count its unpacked size (the inflating pass of read-plan-file.ts), then again by preparedWorkbook
// (unzipSync) before exceljs; a workbook left unchanged was even handed to exceljs deflated, to
// inflate a third time. Now the pass keeps the workbook's parts (xl/, with its pictures), readXlsx
// takes them, and exceljs is given them stored. Counted, not timed: the bytes inflated while the
// file is read (readingOnce's 'zip bytes inflated') against the bytes its entries hold.
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readingOnce } from '../../shared/import/read-once.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { INFLATED_WORK } from '../../shared/import/zip-inflated-size.js';
import { formattedEmptyRow, standardWorkbookWithRows } from '../support/big-plan-files.js';

const standard = new Uint8Array(readFileSync(new URL('../fixtures/plans/09-standard.xlsx', import.meta.url)));

/** The bytes inflated while the file is read (counted work), the bytes its entries hold, and its measures. */
async function inflated(bytes: Uint8Array) {
  const ran = new Map<string, number>();
  const { kind, document } = await readingOnce(() => readPlanFile(bytes), ran);
  const entries = Object.values(unzipSync(bytes)).reduce((n, part) => n + part.length, 0);
  const { plan } = importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
  return { kind, inflated: ran.get(INFLATED_WORK), entries, measures: plan.measures.map((m) => m.measureId) };
}

/** 09-standard.xlsx with its workbook part at xl/workbook2.xml (the package's relationship naming it). */
function workbook2(): Uint8Array {
  const zip = unzipSync(standard);
  zip['xl/workbook2.xml'] = zip['xl/workbook.xml']!;
  zip['xl/_rels/workbook2.xml.rels'] = zip['xl/_rels/workbook.xml.rels']!;
  delete zip['xl/workbook.xml'];
  delete zip['xl/_rels/workbook.xml.rels'];
  for (const name of ['_rels/.rels', '[Content_Types].xml'])
    zip[name] = strToU8(strFromU8(zip[name]!).split('xl/workbook.xml').join('xl/workbook2.xml'));
  return zipSync(zip);
}

/** 09-standard.xlsx with a picture in xl/media (no drawing shows it) and docProps of its own. */
function withPicture(): Uint8Array {
  const zip = unzipSync(standard);
  zip['xl/media/image1.png'] = new Uint8Array(64 * 1024).map((_, i) => i % 251);
  return zipSync(zip);
}

describe('an .xlsx’s zip is inflated once per import', () => {
  it.each([
    ['09-standard.xlsx', () => standard],
    ['the standard sheet and 20,000 formatted empty rows', () => standardWorkbookWithRows(20_000, formattedEmptyRow)],
    ['a workbook whose part is xl/workbook2.xml', workbook2],
    ['a workbook with a picture in xl/media', withPicture],
  ])('%s: every entry’s bytes inflated once, no more, and its measures read', async (_, file) => {
    const read = await inflated(file());
    expect(read.kind).toBe('xlsx');
    expect(read.inflated).toBe(read.entries);
    expect(read.measures).toEqual((await inflated(standard)).measures);
    expect(read.measures.length).toBeGreaterThan(0);
  });
});
