// The FY2566 plan of the demo municipality, imported from the real document in test/fixtures.
import { readFileSync } from 'node:fs';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { Plan } from '../../shared/domain/plan.js';
import { importMeasuresDocument, type ImportResult } from '../../shared/import/measures-document.js';

export const SEED_DOCUMENT = new URL('../fixtures/measures-fy2566-don-arang.txt', import.meta.url);

/** The seed imported against the usual municipal units; every measure has its indicator, so a Plan. */
export function importSeedPlan(orgId = 'demo'): Omit<ImportResult, 'plan'> & { plan: Plan } {
  const result = importMeasuresDocument(readFileSync(SEED_DOCUMENT, 'utf8'), {
    orgId,
    fy: 2566,
    units: MUNICIPAL_UNITS,
  });
  return { ...result, plan: Plan.parse(result.plan) };
}

export const FIVE_UNITS = MUNICIPAL_UNITS.map((u) => u.unitId);
