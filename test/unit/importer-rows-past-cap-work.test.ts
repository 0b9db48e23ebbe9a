// Rows past a table's 500 measures (review 17 s19: 1 MB of "ก" and four empty cells, 130,000 rows,
// was 5.98x the 1 MB ordinary input on the quiet bench). They were each built as a measure row,
// kept to the end and passed over by every later pass (other-year and repeated tables, indicator
// and target columns), only to be counted in the measures-dropped warning. Now the first row past
// the cap stands for them all and the others are only counted: the rows kept do not grow with the
// rows past the cap, and the warning says the same counts from the same row. The work counted here
// is the rows kept (countWork 'rowKept'), no clock.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readingOnce } from '../../shared/import/read-once.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { standardWorkbookWithRows, textRow } from '../support/big-plan-files.js';
import { HEADER, M4, M5 } from '../support/base-plan-rows.js';
import { tsv } from '../support/plan-table-files.js';

/** The import of `bytes` and the rows it kept. */
async function rowsKept(bytes: Uint8Array) {
  const { document } = await readPlanFile(bytes);
  const ran = new Map<string, number>();
  const result = readingOnce(
    () => importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS }),
    ran,
  );
  return { kept: ran.get('rowKept') ?? 0, result };
}

const dropped = (r: Awaited<ReturnType<typeof rowsKept>>['result']) =>
  r.warnings.find((w) => w.code === 'measures-dropped')!;

/** Three shapes of many rows past the cap, each as n rows after the measures before them. */
const SHAPES: [string, (n: number) => Uint8Array, number][] = [
  [
    'one-letter rows ("ก" and four empty cells)',
    (n) => tsv([HEADER, M4, M5, ...Array.from({ length: n }, () => ['ก', '', '', '', ''])]),
    2,
  ],
  [
    'rows each different, every other one going on with the row above',
    (n) =>
      tsv([
        HEADER,
        M4,
        M5,
        ...Array.from({ length: n }, (_, i) =>
          i % 2 === 0 ? [`มาตรการ ${i}`, 'จัดทำ', 'ตลอดปี', 'รายงานผลทุกเดือน', 'กองคลัง'] : ['', `ขั้นตอน ${i}`, '', '', ''],
        ),
      ]),
    2,
  ],
  [
    'a sheet of rows of five text cells after the standard sheet',
    (n) => standardWorkbookWithRows(n, (r) => textRow(`ตัวชี้วัดที่ ${(r % 10) + 1} ข้อ ${r}`, 5)(r)),
    3,
  ],
];

describe("rows past a table's 500 measures are counted, not kept", () => {
  for (const [name, input, before] of SHAPES) {
    it(`${name}: the rows kept stay 501 however many rows follow, and the warning counts them all`, async () => {
      const small = await rowsKept(input(1000));
      const large = await rowsKept(input(2000));
      // the 500 measures and the first row past the cap, and the header's few rows besides
      expect(small.kept).toBeGreaterThanOrEqual(501);
      expect(small.kept).toBeLessThanOrEqual(510);
      expect(large.kept).toBe(small.kept);
      expect(large.result.plan.measures).toHaveLength(500);
      const measuresIn = (n: number, rowsPerMeasure: number) => before + n / rowsPerMeasure;
      const perMeasure = name.startsWith('rows each different') ? 2 : 1;
      for (const [r, n] of [
        [small, 1000],
        [large, 2000],
      ] as const) {
        const total = measuresIn(n, perMeasure);
        expect(dropped(r.result).message_en).toContain(`the document has ${total} measure rows`);
        expect(dropped(r.result).message_en).toContain(`the last ${total - 500} rows`);
      }
      // the warning stands on the first row past the cap, as when every row was kept
      expect(dropped(large.result).where).toEqual(dropped(small.result).where);
    });
  }
});
