// Review 17 s26, task s26-e item 2: a timeframe of another fiscal year than the plan's (a plan for
// FY 2568 whose row still says "ต.ค. 2565 - มี.ค. 2566") was read as the plan's months with only
// timeframe-months, naming the plan's months: nothing told the coordinator that the timeframe, which
// the plan publishes as written, is of FY 2566. Now timeframe-other-year names both years, Thai
// first, and what was taken: a span's months are the same months of the plan's year (a plan copied
// from another year means them); a date alone gives nothing (session 27, s27-d item 2).
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { HEADER, timeframeRow, TITLE } from '../support/base-plan-rows.js';
import { docx, followUpTimesOf, preview, tsv, wordParagraph, wordTable, xlsx } from '../support/plan-table-files.js';

const titled = (fy: string) => ['มาตรการส่งเสริมคุณธรรมและความโปร่งใส ของเทศบาลตำบลทดสอบ', `ประจำปีงบประมาณ พ.ศ. ${fy}`];
/** A plan titled for FY `titleFy`, imported as FY 2568, of one measure per timeframe. */
const preview2568 = async (titleFy: string, timeframes: readonly string[]) => {
  const bytes = tsv([titled(titleFy), HEADER, ...timeframes.map((t, i) => timeframeRow(i + 1, t))]);
  const { document } = await readPlanFile(bytes);
  return importSourceDocument(document, { orgId: 'demo', fy: 2568, units: MUNICIPAL_UNITS });
};
const said = (r: Awaited<ReturnType<typeof preview2568>>, code: string) =>
  r.warnings.filter((w) => w.code === code).map((w) => ({ source: w.source, th: w.message_th, en: w.message_en }));

describe('a timeframe of another fiscal year than the plan is said, naming both years', () => {
  it("the issue's row: FY 2566 months in a plan for FY 2568 are October-March 2568, both years named", async () => {
    const r = await preview2568('๒๕๖๘', ['ต.ค. 2565 - มี.ค. 2566']);
    expect(followUpTimesOf(r)).toEqual([[{ cadence: 'monthly', lastMonth: '2025-03' }]]);
    expect(said(r, 'timeframe-other-year')).toEqual([
      {
        source: 'ต.ค. 2565 - มี.ค. 2566',
        th: expect.stringMatching(/^บรรทัด ๓ คอลัมน์ ๓: ตัวชี้วัดที่ ๑: ระยะเวลาดำเนินการ .*ปีงบประมาณ ๒๕๖๖.*ปีงบประมาณ ๒๕๖๘/),
        en: expect.stringMatching(/fiscal year 2566.*fiscal year 2568/),
      },
    ]);
    expect(said(r, 'timeframe-months')).toHaveLength(1);
    expect(said(r, 'fiscal-year-differs')).toEqual([]);
  });

  it.each([
    // neighbours: the whole of another year (no months cut, still said), dates with two-digit
    // years, English months of a CE year, a year after the plan's
    ['ตุลาคม 2565 - กันยายน 2566', '๒๕๖๖', []],
    ['1 เม.ย. 65 - 30 ก.ย. 65', '๒๕๖๕', [{ cadence: 'monthly', firstMonth: '2025-04' }]],
    ['Jan-Jun 2023', '๒๕๖๖', [{ cadence: 'monthly', firstMonth: '2025-01', lastMonth: '2025-06' }]],
    ['ม.ค. 2569 - มิ.ย. 2569', '๒๕๖๙', [{ cadence: 'monthly', firstMonth: '2025-01', lastMonth: '2025-06' }]],
  ])('%s: fiscal year %s named, the months %j', async (timeframe, fyTh, months) => {
    const r = await preview2568('๒๕๖๘', [timeframe]);
    expect(followUpTimesOf(r)).toEqual([months.length ? months : [{ cadence: 'monthly' }]]);
    expect(said(r, 'timeframe-other-year').map((w) => w.th)).toEqual([
      expect.stringMatching(new RegExp(`ปีงบประมาณ ${fyTh}.*ปีงบประมาณ ๒๕๖๘`)),
    ]);
  });

  it("the plan's own year, no year written, or two years' months: nothing said of the year", async () => {
    const r = await preview2568('๒๕๖๘', ['ต.ค. 2567 - มี.ค. 2568', 'เม.ย. - ก.ย.', 'ต.ค. 2566 - มี.ค. 2568']);
    expect(said(r, 'timeframe-other-year')).toEqual([]);
  });

  it('a document of that other year (fiscal-year-differs says so once): not said again per timeframe', async () => {
    const r = await preview2568('๒๕๖๖', ['ต.ค. 2565 - มี.ค. 2566', 'เม.ย. 2566 - ก.ย. 2566']);
    expect(said(r, 'fiscal-year-differs')).toHaveLength(1);
    expect(said(r, 'timeframe-other-year')).toEqual([]);
    expect(followUpTimesOf(r)).toEqual([
      [{ cadence: 'monthly', lastMonth: '2025-03' }],
      [{ cadence: 'monthly', firstMonth: '2025-04' }],
    ]);
  });
});

describe("a timeframe in the next year's years in an FY 2567 plan (session 27 brief)", () => {
  const JAN_JUN = [{ cadence: 'monthly', firstMonth: '2024-01', lastMonth: '2024-06' }];
  const otherYear = (r: Awaited<ReturnType<typeof preview>>) =>
    r.warnings.filter((w) => w.code === 'timeframe-other-year').map((w) => ({ source: w.source, th: w.message_th }));

  it('"ม.ค. - มิ.ย. 68" in OCR text: January-June 2567 taken, FY 2568 and what was taken said', async () => {
    const r = await preview(tsv([TITLE, HEADER, timeframeRow(1, 'ม.ค. - มิ.ย. 68')]));
    expect(followUpTimesOf(r)).toEqual([JAN_JUN]);
    expect(otherYear(r)).toEqual([
      {
        source: 'ม.ค. - มิ.ย. 68',
        th: expect.stringMatching(/ปีงบประมาณ ๒๕๖๘ แต่แผนนี้เป็นปีงบประมาณ ๒๕๖๗ จึงอ่านเป็นเดือนเดียวกันของปีงบประมาณ ๒๕๖๗/),
      },
    ]);
  });

  it('in a Word table and in a sheet: the same months, the same warning at the cell', async () => {
    const word = await preview(
      docx(wordParagraph(TITLE.join(' ')) + wordTable([HEADER, timeframeRow(1, 'มกราคม - มิถุนายน 2568')])),
    );
    expect(followUpTimesOf(word)).toEqual([JAN_JUN]);
    expect(word.warnings.find((w) => w.code === 'timeframe-other-year')?.message_th).toMatch(
      /^ตาราง ๑ แถว ๒ คอลัมน์ ๓: ตัวชี้วัดที่ ๑: .*ปีงบประมาณ ๒๕๖๘/,
    );
    const sheet = await preview(
      await xlsx([{ name: 'แผน', rows: [[TITLE[0]!], [TITLE[1]!], HEADER, timeframeRow(1, 'Jan - Jun 2025')] }]),
    );
    expect(followUpTimesOf(sheet)).toEqual([JAN_JUN]);
    expect(otherYear(sheet).map((w) => w.th)).toEqual([expect.stringMatching(/ปีงบประมาณ ๒๕๖๘.*ปีงบประมาณ ๒๕๖๗/)]);
  });

  it("a one-off's date alone in another year: nothing taken, said so", async () => {
    const r = await preview(tsv([TITLE, HEADER, timeframeRow(1, '1 กุมภาพันธ์ 2569', 'รายงานผลต่อนายก (ครั้งเดียว)')]));
    expect(followUpTimesOf(r)).toEqual([[{ cadence: 'once' }]]);
    expect(otherYear(r).map((w) => w.th)).toEqual([
      expect.stringMatching(/ปีงบประมาณ ๒๕๖๙ แต่แผนนี้เป็นปีงบประมาณ ๒๕๖๗ จึงไม่ได้ใช้วันที่หรือเดือนนี้/),
    ]);
  });
});
