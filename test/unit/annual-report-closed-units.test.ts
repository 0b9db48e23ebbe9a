// Tester s43 F7: กองการศึกษา merged into สำนักปลัด and was deactivated; its overdue reports stay as
// history, but the results report listed "กองการศึกษา … ไม่ได้ส่ง ๑๔" as if the unit still ran. Where
// reports are counted, a deactivated unit is named "กองการศึกษา (ปิดการใช้งานแล้ว)"; the plan's own
// columns keep the plain name, so the document re-imports to the same units.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importPlanDraft } from '../../shared/import/import-plan-draft.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { pdfText, squeeze } from '../support/pdf-tools.js';
import { renderSeedAnnualReport, SEED_UNITS, storedSeedPlan } from '../support/seed-annual-report.js';

const CLOSED = 'กองการศึกษา (ปิดการใช้งานแล้ว)';
const units = SEED_UNITS.map((u) => (u.unitId === 'education' ? { ...u, active: false } : u));
const files = renderSeedAnnualReport(undefined, undefined, undefined, units);

const texts = async () => {
  const f = await files;
  return {
    pdf: pdfText(f.pdf),
    docx: strFromU8(unzipSync(f.docx)['word/document.xml']!).replace(/<[^>]+>/g, '\n'),
    csv: new TextDecoder().decode(f.csv),
  };
};

describe('the results report names a deactivated unit as such where its reports are counted', () => {
  for (const format of ['pdf', 'docx', 'csv'] as const) {
    it(`the ${format.toUpperCase()}: "${CLOSED}", an active unit as it is`, async () => {
      const text = squeeze((await texts())[format]);
      expect(text).toContain(squeeze(CLOSED));
      expect(text).toContain('กองคลัง');
      expect(text).not.toContain(squeeze('กองคลัง (ปิดการใช้งานแล้ว)'));
    }, 60_000);
  }

  it("the CSV's per-period rows name it so, each of its reports", async () => {
    const perPeriod = (await texts()).csv
      .split('\r\n')
      .filter((r) => r.includes('กองการศึกษา') && /"(?:ส่งตรงเวลา|ส่งล่าช้า|ไม่ได้ส่ง)"/.test(r));
    expect(perPeriod.length).toBeGreaterThan(0);
    for (const row of perPeriod) expect(row).toContain(`"${CLOSED}"`);
  }, 60_000);

  it('its DOCX re-imports with the unit still responsible where the plan named it (no "(ปิดการใช้งานแล้ว)" read as a unit)', async () => {
    const { document } = await readPlanFile((await files).docx);
    const back = importPlanDraft(document, { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS }, storedSeedPlan());
    expect(back.plan.measures.map((m) => m.responsible.unitIds)).toEqual(
      storedSeedPlan().measures.map((m) => m.responsible.unitIds),
    );
    expect(back.warnings.map((w) => w.code)).not.toContain('unknown-unit');
  }, 60_000);
});
