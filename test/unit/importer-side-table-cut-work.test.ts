// Side tables (side-tables.ts) are looked for in every row of five short cells or more: each such
// row's cells were keyed as column labels (columnOf) to find the plan's roles before an empty
// column, though most rows have no empty column with a label past it (the bench's .docx of 3,990
// rows: a third of its import's time was this search, session 26). Now a row without such a
// column keys nothing there: a distinct cell is keyed once (by the header test), not twice.
// Counted, not timed: the labels keyed (countWork LABELS_KEYED_WORK).
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { LABELS_KEYED_WORK } from '../../shared/import/column-names.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readingOnce } from '../../shared/import/read-once.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { standardDocumentWithRows, standardWorkbookWithRows, wordRow } from '../support/big-plan-files.js';
import { HEADER, tsv } from '../support/plan-table-files.js';

/** The labels keyed in the import of `bytes`, and its measures. */
async function imported(bytes: Uint8Array) {
  const { document } = await readPlanFile(bytes);
  const ran = new Map<string, number>();
  const result = readingOnce(
    () => importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS }),
    ran,
  );
  return { keyed: ran.get(LABELS_KEYED_WORK) ?? 0, measures: result.plan.measures };
}

/** A sheet row of inline-string cells A, B, … */
const sheetRow = (r: number, cells: readonly string[]) =>
  `<row r="${r}">${cells.map((c, i) => `<c r="${String.fromCharCode(65 + i)}${r}" t="inlineStr"><is><t>${c}</t></is></c>`).join('')}</row>`;

/** Rows of five short cells, the measure's distinct, with n rows. */
const SHAPES: [string, (n: number) => Uint8Array][] = [
  [
    'a Word table',
    (n) =>
      standardDocumentWithRows(n, (i) =>
        wordRow(`ตัวชี้วัดที่ ๑ มาตรการที่ ${i}`, 'ดำเนินการ', 'ตลอดปี', 'รายงานทุกเดือน', 'กองคลัง'),
      ),
  ],
  [
    'a text table',
    (n) =>
      tsv([
        HEADER,
        ...Array.from({ length: n }, (_, i) => [`มาตรการ ${i}`, 'จัดทำ', 'ตลอดปี', 'รายงานผลทุกเดือน', 'กองคลัง']),
      ]),
  ],
  [
    'a sheet',
    (n) =>
      standardWorkbookWithRows(n, (r) =>
        sheetRow(r, ['ตัวชี้วัดที่ 1', `มาตรการ ${r}`, 'ตลอดปี', 'รายงานทุกไตรมาส', 'สำนักปลัด']),
      ),
  ],
];

describe('rows of short cells are keyed as labels once, not again in the search for side tables', () => {
  for (const [name, input] of SHAPES) {
    it(`${name}: 200 more rows key about 200 more labels (each row's distinct cell once), and are read`, async () => {
      const small = await imported(input(200));
      const large = await imported(input(400));
      expect(large.measures.length - small.measures.length).toBe(200);
      expect(large.keyed - small.keyed).toBeLessThanOrEqual(220);
    });
  }
});
