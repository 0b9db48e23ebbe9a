// The audience a coordinator chose for each follow-up (ผู้รับรายงาน) survives the product's own
// documents: the plan document and the annual report print it when the text does not name it
// ("(รายงานต่อ: ผู้บริหาร)"), and the importer reads it back (review 17 s13, S13-4).
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import type { Audience } from '../../shared/domain/plan.js';
import { audienceOfNote, withAudienceNote } from '../../shared/domain/plan-labels.js';
import { followUpWithCadence } from '../../shared/documents/document-model-fields.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { renderSeedAnnualReport, renderSeedPlanDocument, storedSeedPlan } from '../support/seed-annual-report.js';

/**
 * The seed plan with chosen audiences, cycling through kinds: another audience than the text names,
 * two audiences, the one the text names, three audiences.
 */
const CHOICES: Audience[][] = [
  ['executives'],
  ['mayor', 'executives'],
  ['meeting'],
  ['supervisors', 'unit-heads', 'mayor'],
];
function seedWithAudiences() {
  const plan = storedSeedPlan();
  let n = 0;
  return {
    ...plan,
    measures: plan.measures.map((m) => ({
      ...m,
      followUps: m.followUps.map((f) => ({ ...f, audience: CHOICES[n++ % CHOICES.length]! })),
    })),
  };
}

const audiences = (measures: readonly { followUps: readonly { audience: readonly string[] }[] }[]) =>
  measures.map((m) => m.followUps.map((f) => [...f.audience].sort()));

async function importBack(bytes: Uint8Array) {
  const { document } = await readPlanFile(bytes);
  return importSourceDocument(document, { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS });
}

describe("a follow-up's chosen audience comes back from the product's documents", () => {
  const plan = seedWithAudiences();
  for (const format of ['docx', 'pdf'] as const) {
    it(`the plan document's ${format.toUpperCase()}`, async () => {
      const result = await importBack((await renderSeedPlanDocument(plan))[format]);
      expect(audiences(result.plan.measures)).toEqual(audiences(plan.measures));
      // the note is no part of the follow-up's text
      expect(result.plan.measures.flatMap((m) => m.followUps.map((f) => f.text)).join(' ')).not.toContain('รายงานต่อ:');
    }, 60_000);
  }
  for (const format of ['docx', 'pdf', 'csv'] as const) {
    it(`the annual report's ${format.toUpperCase()}`, async () => {
      const result = await importBack((await renderSeedAnnualReport(undefined, plan))[format]);
      expect(audiences(result.plan.measures)).toEqual(audiences(plan.measures));
    }, 60_000);
  }
});

describe('the audience note', () => {
  it('is written only when the text does not name the audience chosen', () => {
    const f = { text: 'รายงานผลต่อนายกเทศมนตรี', cadence: 'quarterly' };
    expect(followUpWithCadence({ ...f, audience: ['mayor'] })).toBe('รายงานผลต่อนายกเทศมนตรี (ทุกไตรมาส)');
    expect(followUpWithCadence({ ...f, audience: ['executives'] })).toBe(
      'รายงานผลต่อนายกเทศมนตรี (ทุกไตรมาส) (รายงานต่อ: ผู้บริหาร)',
    );
    expect(followUpWithCadence({ ...f, audience: [] })).toBe('รายงานผลต่อนายกเทศมนตรี (ทุกไตรมาส)');
  });

  it('reads back with spaces a PDF line break leaves, and not when it names something else', () => {
    expect(audienceOfNote('รายงานผล (รายงาน ต่อ: ผู้ บริหาร, ที่ประชุม ประจำเดือน)')).toEqual({
      text: 'รายงานผล',
      audience: ['executives', 'meeting'],
    });
    expect(audienceOfNote(withAudienceNote('สรุปผล', ['supervisors']))).toEqual({
      text: 'สรุปผล',
      audience: ['supervisors'],
    });
    expect(audienceOfNote('รายงานผล (รายงานต่อ: คณะกรรมการชุมชน)')).toBeUndefined();
    expect(audienceOfNote('รายงานผลต่อผู้บริหาร')).toBeUndefined();
  });
});
