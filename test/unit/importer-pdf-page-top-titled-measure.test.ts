// Review 17 s24, S24-3: the product's own plan PDF, its measures titled in the page (the title, then
// "(ตัวชี้วัดที่ N ชื่อ)" on the next line, S22-8), lost the measure that starts page 2: the page-top
// rule (S19-4) looked for the indicator at the start of the measure cell only, so the row was joined
// to the last measure of page 1 (pdf-row-joined), which took its units and follow-ups.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { renderSeedPlanDocument, storedSeedPlan } from '../support/seed-annual-report.js';

const TITLES = [
  'จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร',
  'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง',
  'ปรับปรุงเว็บไซต์ให้เป็นปัจจุบัน',
  'มาตรการป้องกันการรับสินบน',
  'ทบทวนคู่มือการยืมทรัพย์สินของราชการ',
  'สำรวจความพึงพอใจของผู้รับบริการ',
];
const FOLLOW_UPS = ['รายงานผลต่อที่ประชุมประจำเดือนทุกเดือน', 'สรุปผลเสนอนายกเทศมนตรีทุก ๖ เดือน', 'รายงานผู้บริหารทุกไตรมาส'];
/** A follow-up long enough to split its row over two pages. */
const LONG_FOLLOW_UP = `${'รายงานผลการดำเนินงานตามมาตรการต่อที่ประชุมคณะผู้บริหารและหัวหน้าส่วนราชการ พร้อมสรุปปัญหาอุปสรรคและข้อเสนอแนะในการปรับปรุงการดำเนินงานให้ดียิ่งขึ้น '.repeat(3)}ทุกเดือน`;
const CADENCES = ['monthly', 'semiannual', 'quarterly'] as const;
const UNITS = ['clerk', 'finance', 'engineering', 'education', 'health'];

/**
 * A plan of `count` measures titled in the page, 1-3 follow-ups and one unit each (the review's
 * script); `long`: four long sub-measures and a long first follow-up, so that rows split over pages.
 */
function titledPlan(count: number, long: boolean) {
  const followUps = long ? [LONG_FOLLOW_UP, ...FOLLOW_UPS] : FOLLOW_UPS;
  const measures = Array.from({ length: count }, (_, i) => ({
    measureId: `i${(i % 10) + 1}${i >= 10 ? '-2' : ''}`,
    order: i + 1,
    indicator: (i % 10) + 1,
    title: TITLES[i % TITLES.length]!,
    subMeasures: long
      ? Array.from(
          { length: 4 },
          (_, k) => `กิจกรรมย่อยที่ ${i + 1}.${k + 1} จัดประชุมชี้แจงแนวทางปฏิบัติให้บุคลากรทุกระดับได้รับทราบและถือปฏิบัติอย่างเคร่งครัด`,
        )
      : [`กิจกรรมย่อยที่ ${i + 1}`],
    methods: ['ประชาสัมพันธ์ผ่านเว็บไซต์'],
    timeframe: 'ตลอดปีงบประมาณ',
    followUps: followUps.slice(0, 1 + (i % 3)).map((text, j) => ({
      followUpNo: j + 1,
      text,
      cadence: long && j === 0 ? 'monthly' : CADENCES[long ? j - 1 : j]!,
      audience: [],
    })),
    responsible: { allUnits: false, unitIds: [UNITS[i % 5]!], text: '' },
    recommendations: [],
  }));
  return { ...storedSeedPlan(), fy: 2567, measures } as unknown as ReturnType<typeof storedSeedPlan>;
}

/** Each measure as the coordinator sees it: indicator, title, follow-up cadences, units. */
const seen = (
  measures: readonly {
    indicator: number | null;
    title: string;
    followUps: { cadence: string }[];
    responsible: { unitIds: string[] };
  }[],
) =>
  measures.map(
    (m) =>
      `${m.indicator} ${m.title} ${m.followUps.map((f) => f.cadence).join(',')} ${m.responsible.unitIds.join(',')}`,
  );

describe("a measure titled in the page that starts a page of the product's plan PDF is a measure of its own", () => {
  // 8: the 8th measure is the first row of page 2 (the 7th ended whole on page 1); 10 and 14: more
  // measures after it, other page tops; long rows: the measure that starts page 4 (7), and more
  it.each([
    ['8 measures', 8, false],
    ['10 measures', 10, false],
    ['14 measures', 14, false],
    ['7 measures of long rows', 7, true],
    ['10 measures of long rows', 10, true],
  ] as const)(
    '%s: the PDF reads back as written, as the DOCX does',
    async (_name, count, long) => {
      const plan = titledPlan(count, long);
      const files = await renderSeedPlanDocument(plan);
      const written = seen(plan.measures);
      for (const format of ['pdf', 'docx'] as const) {
        const { document } = await readPlanFile(files[format]);
        const back = importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
        expect(
          seen(back.plan.measures).map((m) => m.replace(/^(\d+) ตัวชี้วัดที่ \S+ /, '$1 ')),
          format,
        ).toEqual(written);
        expect(back.warnings.filter((w) => w.code === 'pdf-row-joined')).toEqual([]);
      }
    },
    60_000,
  );
});
