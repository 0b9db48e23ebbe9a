// A plan's units cells repeat ("กองคลัง" on thousands of rows: the bench's .docx of 3,990 rows read
// it 3,990 times, session 25). Each distinct units cell is now read once per import
// (parseResponsibilityOnce); every measure still gets its own units. Counted, not timed: the units
// cells read (countWork UNITS_CELLS_WORK).
import { describe, expect, it } from 'vitest';
import { UNITS_CELLS_WORK } from '../../shared/import/responsibility.js';
import { sheetRow, standardDocumentWithRows, standardWorkbookWithRows, wordRow } from '../support/big-plan-files.js';
import { importCountingWork } from '../support/import-work-count.js';
import { HEADER } from '../support/base-plan-rows.js';
import { tsv } from '../support/plan-table-files.js';

const ROWS = 300;

const imported = async (bytes: Uint8Array) => {
  const { count, measures } = await importCountingWork(bytes, UNITS_CELLS_WORK);
  return { read: count, measures };
};

const SHAPES: [string, () => Uint8Array, string[]][] = [
  [
    'a text table whose rows all name กองคลัง',
    () =>
      tsv([
        HEADER,
        ...Array.from({ length: ROWS }, (_, i) => [`มาตรการ ${i}`, 'จัดทำ', 'ตลอดปี', 'รายงานผลทุกเดือน', 'กองคลัง']),
      ]),
    ['finance'],
  ],
  [
    'a Word table whose rows all name "กองคลัง / กองช่าง"',
    () =>
      standardDocumentWithRows(ROWS, (i) =>
        wordRow(`มาตรการที่ ${i}`, 'ดำเนินการ', 'ตลอดปี', 'รายงานทุกเดือน', 'กองคลัง / กองช่าง'),
      ),
    ['finance', 'engineering'],
  ],
  [
    'a sheet whose rows all name สำนักปลัด',
    () =>
      standardWorkbookWithRows(ROWS, (r) =>
        sheetRow(r, [`ตัวชี้วัดที่ 1`, `มาตรการ ${r}`, 'ตลอดปี', 'รายงานทุกไตรมาส', 'สำนักปลัด']),
      ),
    ['clerk'],
  ],
];

describe('a units cell repeated on many rows is read once', () => {
  for (const [name, input, unitIds] of SHAPES) {
    it(`${name}: each measure of those rows has its units, and the cell is read once`, async () => {
      const { read, measures } = await imported(input());
      const added = measures.slice(-ROWS / 2);
      for (const m of added) expect(m.responsible.unitIds).toEqual(unitIds);
      // each measure's units are its own (a change to one changes no other)
      expect(added[0]!.responsible.unitIds).not.toBe(added[1]!.responsible.unitIds);
      // the fixture's own rows' few cells, and this one: never once a row
      expect(read).toBeLessThan(40);
    });
  }
});
