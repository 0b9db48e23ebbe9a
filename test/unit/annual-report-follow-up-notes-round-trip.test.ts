// Review 17 s25, S25-11: the annual results report writes a follow-up's own months and reporting
// units as the plan document does ("(หน่วยงานที่รายงาน: กองช่าง)", "(ตั้งแต่เดือน… ถึงเดือน…)"), so
// the report the product publishes re-imports to the same follow-ups (before: every responsible
// unit owed every follow-up all year, and nothing said so).
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importPlanDraft } from '../../shared/import/import-plan-draft.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { renderSeedAnnualReport } from '../support/seed-annual-report.js';
import { followUpChoices, seedPlanWith } from '../support/follow-up-choices.js';

const options = { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS };

/** The seed plan with follow-ups given months and reporting units in the page. */
const planWithNotes = () =>
  seedPlanWith([
    // months on both sides and four reporting units
    [
      'i5',
      0,
      { firstMonth: '2022-11', lastMonth: '2023-08', unitIds: ['clerk', 'engineering', 'education', 'health'] },
    ],
    // two reporting units, the whole year
    ['i5', 1, { unitIds: ['health', 'finance'] }],
    // stopped after March
    ['i6', 0, { lastMonth: '2023-03' }],
    // from April, one unit
    ['i4', 0, { firstMonth: '2023-04', unitIds: ['engineering'] }],
  ]);

const choices = followUpChoices(['followUpNo', 'firstMonth', 'lastMonth', 'unitIds']);

describe('the annual results report gives each follow-up its months and reporting units back (S25-11)', () => {
  const plan = planWithNotes();
  const set = ['i4', 'i5', 'i6'].map((id) => plan.measures.find((m) => m.measureId === id)!);
  for (const format of ['docx', 'pdf', 'csv'] as const) {
    for (const saved of [undefined, plan]) {
      it(`the report's ${format.toUpperCase()} (${saved ? 'over the saved plan' : 'no saved plan'})`, async () => {
        const { document } = await readPlanFile((await renderSeedAnnualReport(undefined, plan))[format]);
        const back = importPlanDraft(document, options, saved);
        for (const measure of set) {
          const read = back.plan.measures.find((m) => m.measureId === measure.measureId)!;
          expect(read.followUps.map(choices)).toEqual(measure.followUps.map(choices));
          // the notes are no part of the follow-ups' texts
          expect(read.followUps.map((f) => f.text).join(' ')).not.toMatch(/หน่วยงานที่รายงาน|ตั้งแต่เดือน|ถึงเดือน/);
        }
      }, 60_000);
    }
  }
});
