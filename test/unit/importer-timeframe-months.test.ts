// Review 17 s23, S23-7: a measure worked April to September ("เม.ย. - ก.ย. 2569" in its timeframe
// column, or ticks in the เม.ย. … ก.ย. columns of a month grid) reporting "รายงานผลทุกเดือน" was
// imported as monthly from October: saved, its unit owed six monthly reports (October to March) for
// months the plan says the measure has not started, each reminded and escalated. The timeframe now
// gives its follow-ups their months (firstMonth, lastMonth when it ends early), said beside the
// measure quoting the timeframe (docs/domain.md "A measure's timeframe as its follow-ups' months").
// Fixtures: the reviewer's MON-text.docx (ticks) and MON-baseline.docx (a timeframe column of text),
// both fiscal year 2569 (test/fixtures/pdf-month-grid/).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { periodsFor } from '../../shared/domain/periods.js';
import { periodsWithinMonths } from '../../shared/domain/follow-up-months.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { timeframeMonths } from '../../shared/import/timeframe-months.js';
import { HEADER, M4, M5, TITLE } from '../support/base-plan-rows.js';
import { docx, wordParagraph, wordTable } from '../support/plan-table-files.js';

const previewIn = async (bytes: Uint8Array, fy: number) => {
  const { document } = await readPlanFile(bytes);
  return importSourceDocument(document, { orgId: 'demo', fy, units: MUNICIPAL_UNITS });
};
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/pdf-month-grid/${name}`, import.meta.url)));

type Preview = Awaited<ReturnType<typeof previewIn>>;
const followUps = (p: Preview, measureId: string) =>
  p.plan.measures
    .find((m) => m.measureId === measureId)!
    .followUps.map((f) => ({
      cadence: f.cadence,
      firstMonth: f.firstMonth,
      lastMonth: f.lastMonth,
    }));
/** The periods a follow-up of the preview owes, by id. */
const periodIds = (p: Preview, measureId: string, fy: number) =>
  p.plan.measures
    .find((m) => m.measureId === measureId)!
    .followUps.map((f) => periodsWithinMonths(periodsFor(f.cadence, fy), f).map((x) => x.periodId));

describe('a measure worked April to September, reporting every month (FY 2569)', () => {
  for (const [form, name, quoted] of [
    ['ticks in the เม.ย. … ก.ย. columns', 'ticks-april-september.docx', 'เม.ย. ๒๕๖๙ - ก.ย. ๒๕๖๙'],
    ['"เม.ย. - ก.ย. 2569" in the timeframe column', 'timeframe-text-april-september.docx', 'เม.ย. - ก.ย. 2569'],
  ] as const) {
    it(`${form}: its follow-up starts in April, said quoting the timeframe; the other measures keep the year`, async () => {
      const preview = await previewIn(fixture(name), 2569);
      expect(followUps(preview, 'i1')).toEqual([{ cadence: 'monthly', firstMonth: '2026-04', lastMonth: undefined }]);
      expect(periodIds(preview, 'i1', 2569)).toEqual([
        ['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09'],
      ]);
      for (const id of ['i2', 'i3', 'i6', 'i9', 'i10'])
        for (const f of followUps(preview, id)) expect([f.firstMonth, f.lastMonth]).toEqual([undefined, undefined]);
      const said = preview.warnings.filter((w) => w.code === 'timeframe-months');
      expect(said).toHaveLength(1);
      expect(said[0]!.source).toBe(quoted);
      expect(said[0]!.message_th).toContain(`"${quoted}"`);
      expect(said[0]!.message_th).toContain('ตั้งแต่เดือนเมษายน ๒๕๖๙');
      expect(said[0]!.message_en).toContain('from 2026-04');
    });
  }
});

/** A Word plan of FY 2567 with the base measures i4, i5 and `row`. */
const planWith = (row: readonly string[]) => docx(TITLE.map(wordParagraph).join('') + wordTable([HEADER, M4, M5, row]));
const I9 = (timeframe: string, followUp: string) => [
  'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล',
  '๑. ปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบัน',
  timeframe,
  followUp,
  'กองช่าง',
];

describe('a timeframe shorter than the year, other cadences and spans', () => {
  it('a quarterly follow-up over April-September: the third and fourth quarters only', async () => {
    const preview = await previewIn(planWith(I9('เมษายน ๒๕๖๗ - กันยายน ๒๕๖๗', '๑. รายงานผลทุกไตรมาส')), 2567);
    expect(followUps(preview, 'i9')).toEqual([{ cadence: 'quarterly', firstMonth: '2024-04', lastMonth: undefined }]);
    expect(periodIds(preview, 'i9', 2567)).toEqual([['Q3', 'Q4']]);
  });

  it('a timeframe ending early (October to March): the follow-ups stop after March, a one-off keeps its date', async () => {
    const preview = await previewIn(
      planWith(I9('ต.ค. ๖๖ - มี.ค. ๖๗', '๑. รายงานผลทุกเดือน\n๒. รายงานผลภายในวันที่ ๓๑ มีนาคม ๒๕๖๗')),
      2567,
    );
    expect(followUps(preview, 'i9')).toEqual([
      { cadence: 'monthly', firstMonth: undefined, lastMonth: '2024-03' },
      { cadence: 'once', firstMonth: undefined, lastMonth: undefined },
    ]);
    expect(preview.warnings.find((w) => w.code === 'timeframe-months')?.message_th).toContain('ข้อ ๑');
  });

  it('a timeframe covering the whole year, or naming no month: nothing changes, nothing said', async () => {
    for (const timeframe of ['ต.ค. ๒๕๖๖ - ก.ย. ๒๕๖๗', 'ตลอดปีงบประมาณ', 'ตุลาคม - กันยายน']) {
      const preview = await previewIn(planWith(I9(timeframe, '๑. รายงานผลทุกเดือน')), 2567);
      for (const id of ['i4', 'i5', 'i9'])
        for (const f of followUps(preview, id)) expect([f.firstMonth, f.lastMonth]).toEqual([undefined, undefined]);
      expect(preview.warnings.map((w) => w.code)).not.toContain('timeframe-months');
    }
  });
});

describe('the months a timeframe names (FY 2567: October 2023 to September 2024)', () => {
  it.each([
    ['เม.ย. - ก.ย. ๒๕๖๗', { firstMonth: '2024-04' }],
    ['ม.ค. ๖๗ - มิ.ย. ๖๗', { firstMonth: '2024-01', lastMonth: '2024-06' }],
    ['ธ.ค. ๒๕๖๖ - ก.พ. ๒๕๖๗, พ.ค. ๒๕๖๗ - มิ.ย. ๒๕๖๗', { firstMonth: '2023-12', lastMonth: '2024-06' }],
    ['ต.ค. - มี.ค.', { lastMonth: '2024-03' }],
    ['มกราคม ถึง มิถุนายน ๒๕๖๗', { firstMonth: '2024-01', lastMonth: '2024-06' }],
    ['ตั้งแต่เดือน เม.ย. ๖๗', { firstMonth: '2024-04' }],
    ['ภายในเดือนมีนาคม ๒๕๖๗', { lastMonth: '2024-03' }],
    // a plan of another year (fiscal-year-differs says so): its months read in the plan's year
    ['เม.ย. - ก.ย. 2569', { firstMonth: '2024-04' }],
    // past the year's end: cut to it
    ['ม.ค. ๒๕๖๗ - ธ.ค. ๒๕๖๗', { firstMonth: '2024-01' }],
    // a quarter of the fiscal year is its three months (S25-1; was nothing)
    ['ไตรมาสที่ ๒', { firstMonth: '2024-01', lastMonth: '2024-03' }],
  ])('%s', (text, months) => {
    expect(timeframeMonths(text, 2567)).toEqual(months);
  });

  it.each(['ธ.ค. ๒๕๖๖', 'ธ.ค. ๒๕๖๖, มี.ค. ๒๕๖๗, มิ.ย. ๒๕๖๗, ก.ย. ๒๕๖๗', 'ต.ค. ๒๕๖๖ - ก.ย. ๒๕๖๗', 'ตลอดปี', ''])(
    '%j: nothing',
    (text) => {
      expect(timeframeMonths(text, 2567)).toBeUndefined();
    },
  );
});
