// Issue 17: the documents the product writes (the annual results report and the plan document, as DOCX
// and PDF) import back to the plan they come from: same indicators, titles, follow-ups with their
// cadences, and responsible units.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument, type ImportResult } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { matchKey } from '../../shared/import/thai-text.js';
import { renderSeedAnnualReport, renderSeedPlanDocument } from '../support/seed-annual-report.js';
import { importSeedPlan } from '../support/seed-plan.js';

const shape = (plan: ImportResult['plan']) =>
  plan.measures.map((m) => ({
    indicator: m.indicator,
    title: m.title,
    followUps: m.followUps.map((f) => ({ cadence: f.cadence, text: matchKey(f.text) })),
    allUnits: m.responsible.allUnits,
    unitIds: m.responsible.unitIds,
    lead: m.responsible.leadUnitId,
  }));

const seed = importSeedPlan();
const seedCodes = new Set(seed.warnings.map((w) => w.code));

async function importReport(bytes: Uint8Array): Promise<ImportResult> {
  const { document } = await readPlanFile(bytes);
  return importSourceDocument(document, { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS });
}

describe('the annual results report imports back to the plan it reports on', () => {
  for (const [when, asOf] of [
    ['the year over, half the reports in', new Date('2023-10-02T02:00:00Z')],
    ['mid-year, later periods not yet due', new Date('2023-04-20T02:00:00Z')],
  ] as const) {
    for (const format of ['docx', 'pdf'] as const) {
      it(`reads the report's ${format.toUpperCase()} (${when}) as the seed's 7 measures: indicator, title, follow-ups and cadences, units`, async () => {
        const files = await renderSeedAnnualReport(asOf);
        const result = await importReport(files[format]);
        expect(result.plan.measures).toHaveLength(7);
        expect(shape(result.plan)).toEqual(shape(seed.plan));
        // no warning the seed document itself does not give (no stray rows, units or results rows)
        expect(result.warnings.map((w) => w.code).filter((c) => !seedCodes.has(c))).toEqual([]);
      }, 60_000);
    }
  }
});

describe('the plan document the product writes imports back to its plan', () => {
  for (const format of ['docx', 'pdf'] as const) {
    it(`reads the plan document's ${format.toUpperCase()} as the seed's 7 measures`, async () => {
      const result = await importReport((await renderSeedPlanDocument())[format]);
      expect(shape(result.plan)).toEqual(shape(seed.plan));
      expect(result.warnings.map((w) => w.code).filter((c) => !seedCodes.has(c))).toEqual([]);
    }, 60_000);
  }
});
