// A follow-up whose own text carries its number ("(ฉบับที่ 2)" in follow-up 2) came back from the
// annual results report's PDF as an empty follow-up, "follow-up text is required" (review 17 s25,
// S25-12): the PDF's follow-up cell is one text, and the follow-up was taken from the last "2)" in
// it, inside its own brackets, so only the cadence and audience notes after it were left.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import type { Measure } from '../../shared/domain/plan.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { reportedFollowUpItems } from '../../shared/import/report-follow-up-items.js';
import { matchKey } from '../../shared/import/thai-text.js';
import { renderSeedAnnualReport, storedSeedPlan } from '../support/seed-annual-report.js';

/** Follow-ups whose texts hold their own number, bracketed, with a dot or a bracket after it. */
const FOLLOW_UPS: Measure['followUps'] = [
  { followUpNo: 1, text: 'รายงานผลต่อคณะทำงาน', cadence: 'monthly', audience: [] },
  { followUpNo: 2, text: 'รายงานผลต่อที่ประชุมหัวหน้าส่วนราชการ (ฉบับที่ 2)', cadence: 'quarterly', audience: [] },
  { followUpNo: 3, text: 'สรุปผลเสนอผู้บริหาร (ครั้งที่ ๓)', cadence: 'semiannual', audience: [] },
  { followUpNo: 4, text: 'ทบทวนมาตรการตามระเบียบ (ข้อ ๔. วรรคสอง)', cadence: 'annual', audience: [] },
];

const measure: Measure = {
  measureId: 'i3',
  order: 8,
  indicator: 3,
  title: 'มาตรการป้องกันการขัดกันระหว่างผลประโยชน์ส่วนตนและผลประโยชน์ส่วนรวม',
  subMeasures: [],
  methods: [],
  timeframe: 'ตลอดปี',
  followUps: FOLLOW_UPS,
  responsible: { allUnits: false, unitIds: ['finance', 'health'], leadUnitId: 'finance', text: '' },
  recommendations: [],
};

describe("the annual report's follow-ups whose text holds their own number import back whole", () => {
  const plan = { ...storedSeedPlan(), measures: [...storedSeedPlan().measures, measure] };
  for (const format of ['pdf', 'docx'] as const) {
    it(`the report's ${format.toUpperCase()} gives each follow-up its text and cadence, none empty`, async () => {
      const files = await renderSeedAnnualReport(new Date('2023-10-02T02:00:00Z'), plan);
      const { document } = await readPlanFile(files[format]);
      const result = importSourceDocument(document, { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS });
      const read = result.plan.measures.find((m) => m.indicator === 3 && m.title === measure.title);
      // spaces aside: a PDF line wrapped inside the brackets is joined with one ("( ฉบับที่ 2)")
      expect(read?.followUps.map((f) => ({ text: matchKey(f.text), cadence: f.cadence }))).toEqual(
        FOLLOW_UPS.map((f) => ({ text: matchKey(f.text), cadence: f.cadence })),
      );
      expect(result.warnings.filter((w) => /required|กรุณากรอก/.test(w.message_en + w.message_th))).toEqual([]);
    }, 60_000);
  }
});

describe('a results report cell read as one text: the follow-up starts at its own number', () => {
  const cell = (summary: string, second: string) =>
    `๑. รายงานผลต่อคณะทำงาน (ทุกเดือน) ตุลาคม ๒๕๖๕: ส่งแล้ว ๑/๑   - กองคลัง: ${summary}   ๒. ${second} ไตรมาสที่ ๑ ปีงบประมาณ ๒๕๖๖: ส่งแล้ว ๑/๑`;
  it.each([
    ['its own text holds "(ฉบับที่ 2)"', 'ดำเนินการครบถ้วน', 'สรุปผล (ฉบับที่ 2) (ทุกไตรมาส)'],
    ['a summary before it numbers its own items', '๑. ประชุม ๒. รายงานแล้ว', 'สรุปผล (ฉบับที่ 2) (ทุกไตรมาส)'],
    ['a summary the report clipped leaves a bracket open', 'ดำเนินการ (ตามแผนปฏิบัติ…', 'สรุปผล (ฉบับที่ 2) (ทุกไตรมาส)'],
    ['its own text holds "(ข้อ ๒. วรรคสอง)"', 'ดำเนินการครบถ้วน', 'ทบทวนตามระเบียบ (ข้อ ๒. วรรคสอง) (ทุกไตรมาส)'],
  ])('%s', (_, summary, second) => {
    expect(reportedFollowUpItems(cell(summary, second))).toEqual(['รายงานผลต่อคณะทำงาน (ทุกเดือน)', second]);
  });
});
