// Tester s43 F6: i10 and i8 were cancelled in March (every follow-up stopped after February), yet
// the results report showed them as ordinary measures, "(ถึงเดือนกุมภาพันธ์ …)" only on each
// follow-up; the coordinator's "(ยกเลิก…)" in the titles went with the next re-import. A measure
// whose every follow-up stops before the year's end is labelled after its title, from the months.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { measureStoppedAfter, measureStoppedLabel } from '../../shared/domain/follow-up-months.js';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importPlanDraft } from '../../shared/import/import-plan-draft.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { pdfText, squeeze } from '../support/pdf-tools.js';
import { renderSeedAnnualReport, storedSeedPlan } from '../support/seed-annual-report.js';

const FEBRUARY = 'หยุดดำเนินการหลังเดือนกุมภาพันธ์ ๒๕๖๖';

/** The seed plan with each measure's follow-ups given the last months listed (undefined: the whole year). */
function seedPlanStopping(lastMonths: Record<string, readonly (string | undefined)[]>) {
  const plan = structuredClone(storedSeedPlan());
  for (const [measureId, months] of Object.entries(lastMonths)) {
    const measure = plan.measures.find((m) => m.measureId === measureId)!;
    expect(measure.followUps).toHaveLength(months.length);
    measure.followUps.forEach((f, i) => {
      if (months[i] !== undefined) f.lastMonth = months[i];
    });
  }
  return plan;
}

// i10 and i8 stopped after February; i5 has one follow-up running to September; i9 stops in September
const plan = seedPlanStopping({
  i10: ['2023-02', '2023-02', '2023-02', '2023-02'],
  i8: ['2023-01', '2023-02', '2022-12'],
  i5: ['2023-02', '2023-02', undefined, '2023-02'],
  i9: ['2023-09'],
});

/** The report's files as a reader sees their text, spaces aside (a PDF breaks lines anywhere). */
async function reportTexts(): Promise<Record<'pdf' | 'docx' | 'csv', string>> {
  const files = await renderSeedAnnualReport(undefined, plan);
  const docxXml = strFromU8(unzipSync(files.docx)['word/document.xml']!).replace(/<[^>]+>/g, '');
  return {
    pdf: squeeze(pdfText(files.pdf)),
    docx: squeeze(docxXml),
    csv: squeeze(new TextDecoder().decode(files.csv)),
  };
}

describe('a measure whose every follow-up stopped before the year ends is labelled in the results report', () => {
  const texts = reportTexts();
  for (const format of ['pdf', 'docx', 'csv'] as const) {
    it(`the ${format.toUpperCase()} labels i10 and i8 after their titles, and no other measure`, async () => {
      const text = (await texts)[format];
      expect(text).toContain(squeeze(`ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต (${FEBRUARY})`));
      // follow-ups that stopped in different months: the latest
      expect(text).toContain(squeeze(`ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน (${FEBRUARY})`));
      // one follow-up of i5 still runs, i9 runs to September: no label
      expect(text.split(squeeze('หยุดดำเนินการหลังเดือน')).length - 1).toBe(2);
    }, 60_000);
  }

  for (const format of ['pdf', 'docx', 'csv'] as const) {
    it(`the label comes from the months: the ${format.toUpperCase()} re-imports to the same titles and months`, async () => {
      const { document } = await readPlanFile((await renderSeedAnnualReport(undefined, plan))[format]);
      for (const saved of [undefined, plan]) {
        const back = importPlanDraft(document, { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS }, saved);
        for (const id of ['i10', 'i8']) {
          const read = back.plan.measures.find((m) => m.measureId === id)!;
          const was = plan.measures.find((m) => m.measureId === id)!;
          expect(read.title).toBe(was.title);
          expect(read.followUps.map((f) => f.lastMonth)).toEqual(was.followUps.map((f) => f.lastMonth));
        }
      }
    }, 60_000);
  }
});

describe('measureStoppedAfter: the month a measure stopped after, one wording', () => {
  it.each([
    ['every follow-up stopped after February', [{ lastMonth: '2027-02' }, { lastMonth: '2027-02' }], '2027-02'],
    ['stopped in different months: the latest', [{ lastMonth: '2026-12' }, { lastMonth: '2027-03' }], '2027-03'],
    ['one follow-up runs the whole year', [{ lastMonth: '2027-02' }, {}], undefined],
    ['stops in September, the last month', [{ lastMonth: '2027-09' }], undefined],
    ['only started late', [{ firstMonth: '2027-04' }], undefined],
    ['no follow-ups', [], undefined],
  ] as const)('%s', (_, followUps, month) => {
    expect(measureStoppedAfter(followUps, 2570)).toBe(month);
  });

  it('is labelled "หยุดดำเนินการหลังเดือนกุมภาพันธ์ ๒๕๗๐" for FY2570', () => {
    expect(measureStoppedLabel('2027-02')).toBe('หยุดดำเนินการหลังเดือนกุมภาพันธ์ ๒๕๗๐');
  });
});
