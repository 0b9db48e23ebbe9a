// Review 17 s25, S25-5: an Excel sheet wider than the page printed to PDF "down, then over" (Excel's
// default page order: the right-hand columns of the same rows on the next page) gave measures
// without follow-ups or units, and made-up measures from the right-hand page, one titled
// "การติดตามผล". The right-hand pages are read beside the left-hand ones when their rows match one
// for one; else their table is not read, and one warning says how to print the sheet.
import { describe, expect, it } from 'vitest';
import { namesMissingColumns } from '../../shared/import/header-rows.js';
import { codesOf, measuresOf, type Preview, previewFile } from '../support/plan-pdf.js';
import {
  downThenOver,
  LONG_SHEET,
  SHEET,
  SHEET_HEADER,
  SHEET_MEASURES,
  SHEET_TITLE,
  SHEET_WIDTHS,
  type SheetPage,
  sheetPagesPdf,
} from '../support/sheet-pages-pdf.js';

const TITLE = SHEET_TITLE;
const HEADER = SHEET_HEADER;
const WIDTHS = SHEET_WIDTHS;
const FOUR_MEASURES = SHEET_MEASURES;
const UNITS = ['กองคลัง', 'กองช่าง', 'กองการศึกษา', 'สำนักปลัด'];

const said = (p: Preview, code: string) => p.warnings.filter((w) => w.code === code);
const titles = (p: Preview) => p.plan.measures.map((m) => m.title);

describe('an Excel sheet wider than the page, printed "down, then over"', () => {
  it("page 2 holding the follow-up and units columns of page 1's rows: the same plan as the sheet on one page, said once with both headers", async () => {
    const split = await previewFile(await sheetPagesPdf(SHEET, WIDTHS, downThenOver(5, 20, 5, [3]), TITLE));
    const onePage = await previewFile(await sheetPagesPdf(SHEET, WIDTHS, downThenOver(5, 20, 5), TITLE));
    expect(measuresOf(split)).toEqual(FOUR_MEASURES);
    expect(measuresOf(split)).toEqual(measuresOf(onePage));
    expect(codesOf(split)).toEqual(['pdf-pages-side-by-side']);
    const [joined] = said(split, 'pdf-pages-side-by-side');
    expect(joined!.where).toEqual({ page: 1 });
    expect(joined!.message_th).toContain('หน้า ๒ เป็นคอลัมน์ด้านขวาของตารางในหน้า ๑');
    expect(joined!.message_th).toContain('"มาตรการ | วิธีดำเนินการ | ระยะเวลา" ต่อด้วย "การติดตามผล | ผู้รับผิดชอบ"');
    expect(joined!.message_en).toContain('page 2 holds the right-hand columns of the table on page 1');
  });

  it('a long and wide sheet over four pages (rows 1-20 and 21-40 left, then their right-hand columns): 39 measures as printed on two pages of all columns', async () => {
    const four = await previewFile(await sheetPagesPdf(LONG_SHEET, WIDTHS, downThenOver(40, 20, 5, [3]), TITLE));
    const allColumns = await previewFile(await sheetPagesPdf(LONG_SHEET, WIDTHS, downThenOver(40, 20, 5), TITLE));
    expect(measuresOf(allColumns)).toHaveLength(39);
    expect(measuresOf(four)).toEqual(measuresOf(allColumns));
    expect(measuresOf(four)[38]).toMatchObject({ units: ['education'], cadences: ['semiannual'] });
    expect(codesOf(four).filter((c) => c !== 'indicator-name-differs' && c !== 'unknown-indicator-name')).toEqual(
      codesOf(allColumns)
        .filter((c) => c !== 'indicator-name-differs' && c !== 'unknown-indicator-name')
        .concat('pdf-pages-side-by-side'),
    );
    expect(said(four, 'pdf-pages-side-by-side')[0]!.message_th).toContain('หน้า ๓-๔ เป็นคอลัมน์ด้านขวาของตารางในหน้า ๑-๒');
  });

  it('the header row printed on every page (Excel\'s "rows to repeat at top"), four pages: the same 39 measures, said once', async () => {
    // the sheet's rows as printed: the header again at the top of the second page down
    const printed = [...LONG_SHEET.slice(0, 20), HEADER, ...LONG_SHEET.slice(20)];
    const cut = (columns: [number, number]): SheetPage[] => [
      { rows: [0, 20], columns, rowHeight: 24 },
      { rows: [20, 41], columns, rowHeight: 24 },
    ];
    const four = await previewFile(await sheetPagesPdf(printed, WIDTHS, [...cut([0, 3]), ...cut([3, 5])], TITLE));
    const allColumns = await previewFile(await sheetPagesPdf(printed, WIDTHS, cut([0, 5]), TITLE));
    expect(measuresOf(four)).toHaveLength(39);
    expect(measuresOf(four)).toEqual(measuresOf(allColumns));
    expect(titles(four)).not.toContain('การติดตามผล');
    expect(said(four, 'pdf-pages-side-by-side')).toHaveLength(1);
  });

  it("page 2 with one column more (งบประมาณ): read beside page 1, the budget kept as each measure's note", async () => {
    const sheet = SHEET.map((row, r) => [...row, r === 0 ? 'งบประมาณ' : `${r * 10},000 บาท`]);
    const split = await previewFile(await sheetPagesPdf(sheet, [...WIDTHS, 90], downThenOver(5, 20, 6, [3]), TITLE));
    expect(measuresOf(split)).toEqual(FOUR_MEASURES);
    expect(split.plan.measures.map((m) => m.notes)).toEqual(
      [1, 2, 3, 4].map((r) => [{ label: 'งบประมาณ', text: `${r * 10},000 บาท` }]),
    );
    expect(said(split, 'pdf-pages-side-by-side')[0]!.message_th).toContain('"การติดตามผล | ผู้รับผิดชอบ | งบประมาณ"');
  });
});

describe("a wide sheet's right-hand page whose rows do not match the left-hand page's: not guessed", () => {
  const notJoined = (p: Preview) => {
    expect(titles(p)).toEqual(FOUR_MEASURES.map((m) => m.title));
    expect(titles(p)).not.toContain('การติดตามผล');
    const [warning, ...others] = said(p, 'pdf-columns-on-other-page');
    expect(others).toEqual([]);
    expect(warning!.message_th).toContain('พอดีกับหน้าเดียว');
    expect(warning!.message_en).toContain('Fit All Columns on One Page');
    return warning!;
  };

  it("page 2 one row short: its table is not read, one warning naming page 2's columns and page 1", async () => {
    const pages = [
      { rows: [0, 5], columns: [0, 3] },
      { rows: [0, 4], columns: [3, 5] },
    ] as const;
    const p = await previewFile(
      await sheetPagesPdf(
        SHEET,
        WIDTHS,
        pages.map((x) => ({ rows: [...x.rows], columns: [...x.columns] })),
        TITLE,
      ),
    );
    const warning = notJoined(p);
    expect(warning.where).toEqual({ page: 2, row: 1 });
    expect(warning.message_th).toMatch(
      /^หน้า ๒ แถว ๑: หน้า ๒ มีคอลัมน์ "การติดตามผล \| ผู้รับผิดชอบ" ที่ตารางในหน้า ๑ \("มาตรการ \| วิธีดำเนินการ \| ระยะเวลา"\) ขาดไป/,
    );
  });

  it("page 2's rows of other heights: not read, said", async () => {
    const p = await previewFile(
      await sheetPagesPdf(SHEET, WIDTHS, [
        { rows: [0, 5], columns: [0, 3] },
        { rows: [0, 5], columns: [3, 5], rowHeight: 40 },
      ]),
    );
    notJoined(p);
  });

  it('a long sheet whose right-hand columns take one page where the left-hand ones take two: not read, said once', async () => {
    const more = [3, 5, 6, 7].map((n, i) => [
      `ตัวชี้วัดที่ ${n} มาตรการข้อที่ ${n}`,
      'ดำเนินการ',
      'ตลอดปี',
      'รายงานผลทุกเดือน',
      UNITS[i]!,
    ]);
    const sheet = [...SHEET, ...more];
    // the left-hand columns on pages 1-2 (5 and 4 rows), the right-hand ones on page 3 (all 9 rows)
    const pages = [
      ...downThenOver(9, 5, 5, [3]).slice(0, 2),
      { rows: [0, 9] as [number, number], columns: [3, 5] as [number, number] },
    ];
    const p = await previewFile(await sheetPagesPdf(sheet, WIDTHS, pages));
    expect(titles(p)).not.toContain('การติดตามผล');
    expect(said(p, 'pdf-columns-on-other-page')).toHaveLength(1);
    expect(p.plan.measures.every((m) => m.followUps.length === 0)).toBe(true);
  });
});

describe("a right-hand part's header: only columns the plan header lacks", () => {
  const LEFT = ['มาตรการ', 'วิธีดำเนินการ', 'ระยะเวลา'];
  it.each([
    [['การติดตามผล', 'ผู้รับผิดชอบ'], true],
    [['(๔) การติดตามผล', '(๕) ผู้รับผิดชอบ', 'งบประมาณ'], true],
    [['การติดตามผล', 'หน่วยงาน'], true],
    // the header repeated, a measure column again, a data row, a summary table, a results table
    [['มาตรการ', 'วิธีดำเนินการ', 'ระยะเวลา'], false],
    [['มาตรการ', 'การติดตามผล', 'ผู้รับผิดชอบ'], false],
    [['รายงานผลทุกเดือน', 'กองคลัง'], false],
    [['หน่วยงาน', 'จำนวนมาตรการ'], false],
    [['ผลการดำเนินงาน', 'ข้อเสนอแนะ'], false],
  ])('%j beside "มาตรการ | วิธีดำเนินการ | ระยะเวลา": %s', (other, expected) => {
    expect(namesMissingColumns(LEFT, other)).toBe(expected);
  });
});
