// The FY2566 annual results report of the demo municipality, rendered by the product's own renderer
// from the seed plan and a year of reports held in memory (no store needed).
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { expandPlan, type Obligation } from '../../shared/domain/obligations.js';
import type { Org, Unit } from '../../shared/domain/organisation.js';
import type { Report } from '../../shared/domain/report.js';
import { annualReportRenderer } from '../../shared/documents/annual-report-renderer.js';
import { buildPlanDocument } from '../../shared/documents/plan-document-model.js';
import { renderPlanDocx, renderPlanPdf } from '../../shared/documents/render-plan-document.js';
import { importSeedPlan } from './seed-plan.js';

export const SEED_ORG: Org = {
  orgId: 'demo',
  name: 'เทศบาลตำบลดอนอะระง',
  dueRules: {},
  createdAt: '2022-10-01T00:00:00.000Z',
};
export const SEED_UNITS: Unit[] = MUNICIPAL_UNITS.map((u) => ({
  orgId: 'demo',
  unitId: u.unitId,
  name: u.name,
  aliases: [...u.aliases],
}));

/**
 * Renders report.pdf and report.docx for FY2566 as of `asOf` (default: 2 October 2023, the year
 * over), with every second obligation due by then reported on its due date (summaries and
 * suggestions included, so the follow-up cells carry period lines under each follow-up); each
 * report's summary is `summary`; the org's units are `units` (default the seed's, all active).
 */
export const storedSeedPlan = () => ({
  ...importSeedPlan().plan,
  version: 1,
  updatedAt: '2022-10-01T00:00:00.000Z',
  updatedBy: 'seed',
});

type StoredSeedPlan = ReturnType<typeof storedSeedPlan>;

/** The seed year's plan document (เอกสารมาตรการ), as the product renders it: PDF and DOCX (of `plan`, default the seed's). */
export async function renderSeedPlanDocument(
  plan: StoredSeedPlan = storedSeedPlan(),
): Promise<{ pdf: Uint8Array; docx: Uint8Array }> {
  const model = buildPlanDocument({ org: SEED_ORG, units: SEED_UNITS, plan });
  return { pdf: await renderPlanPdf(model), docx: await renderPlanDocx(model) };
}

/** A FY2566 report of `o`, sent on its due date and accepted, saying `texts`. */
export const acceptedOnDueDate = (
  o: Pick<Obligation, 'obligationId' | 'unitId' | 'dueDate'>,
  texts: Pick<Report, 'summary' | 'obstacles' | 'suggestions'>,
): Report => {
  const at = `${o.dueDate}T02:00:00.000Z`;
  return {
    orgId: 'demo',
    fy: 2566,
    obligationId: o.obligationId,
    unitId: o.unitId,
    version: 1,
    reviewState: 'accepted',
    progress: 'done',
    ...texts,
    evidence: [],
    submittedBy: `demo-staff-${o.unitId}`,
    submittedAt: at,
    firstSubmittedAt: at,
    settledAt: at,
  };
};

export async function renderSeedAnnualReport(
  asOf = new Date('2023-10-02T02:00:00Z'),
  stored: StoredSeedPlan = storedSeedPlan(),
  summary = 'ดำเนินการตามมาตรการครบถ้วน ตามแผนปฏิบัติงานรายไตรมาส',
  units: Unit[] = SEED_UNITS,
): Promise<{ pdf: Uint8Array; docx: Uint8Array; csv: Uint8Array }> {
  const reports = new Map<string, Report>();
  expandPlan(
    stored,
    SEED_UNITS.map((u) => u.unitId),
    {},
  ).forEach((o, i) => {
    if (i % 2 || Date.parse(o.dueDate) > asOf.getTime()) return;
    reports.set(
      o.obligationId,
      acceptedOnDueDate(o, {
        summary,
        // obstacles reported, and "none" answers the report leaves out (tester s43 F7)
        obstacles: i % 4 ? 'ไม่มี' : 'งบประมาณไม่เพียงพอ บุคลากรมีจำกัด',
        suggestions: i % 3 ? '' : 'ควรประชาสัมพันธ์ผ่านเว็บไซต์ของหน่วยงานเพิ่มเติม',
      }),
    );
  });
  const render = annualReportRenderer({
    getOrg: () => Promise.resolve(SEED_ORG),
    listUnits: () => Promise.resolve(units),
    loadYear: () => Promise.resolve({ plan: stored, reports, pages: 1 }),
  });
  const { files } = await render({ orgId: 'demo', fy: 2566, now: asOf });
  const file = (name: string) => files.find(([n]) => n === name)![1];
  return { pdf: file('report.pdf'), docx: file('report.docx'), csv: file('report.csv') };
}
