// The FY2566 plan of the demo municipality, imported from the real document in test/fixtures.
import { readFileSync } from 'node:fs';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { Plan } from '../../shared/domain/plan.js';
import { importMeasuresDocument, type ImportResult } from '../../shared/import/measures-document.js';

export const SEED_DOCUMENT = new URL('../fixtures/measures-fy2566-don-arang.txt', import.meta.url);

/** A text document of the seed's shape imported as `orgId`'s FY2566 plan, against the usual municipal units. */
export const importSeedText = (text: string, orgId = 'demo'): ImportResult =>
  importMeasuresDocument(text, { orgId, fy: 2566, units: MUNICIPAL_UNITS });

/**
 * The seed imported once a process (session 53: ~0.15-0.3 s an import once warm, and the API and jobs
 * fixtures import it for every org they make, a few hundred times a run). The org's id is only the
 * plan's `orgId` (measures-document.ts), so each caller gets its own copy with its own id.
 */
let seedImport: ImportResult | undefined;

/** The seed imported against the usual municipal units; every measure has its indicator, so a Plan. */
export function importSeedPlan(orgId = 'demo'): Omit<ImportResult, 'plan'> & { plan: Plan } {
  seedImport ??= importSeedText(readFileSync(SEED_DOCUMENT, 'utf8'));
  const { plan, ...rest } = seedImport;
  return structuredClone({ ...rest, plan: Plan.parse({ ...plan, orgId }) });
}

/** What a coordinator checks of each imported measure: indicator, title, follow-ups' cadences, responsible. */
export const seedShapeOf = (measures: ImportResult['plan']['measures']) =>
  measures.map((m) => ({
    indicator: m.indicator,
    title: m.title,
    cadences: m.followUps.map((f) => f.cadence),
    units: m.responsible,
  }));

export const FIVE_UNITS = MUNICIPAL_UNITS.map((u) => u.unitId);
