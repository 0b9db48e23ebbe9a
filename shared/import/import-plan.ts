// Use case: import a measures document as an org's plan for a fiscal year.
import { NotFoundError, ValidationError } from '../domain/errors.js';
import { Plan, type StoredPlan } from '../domain/plan.js';
import { toThaiDigits } from '../domain/thai-format.js';
import type { Store } from '../store/dynamo-client.js';
import { OrgRepository } from '../store/org-repository.js';
import { PlanRepository } from '../store/plan-repository.js';
import { type ImportResult, importMeasuresDocument } from './measures-document.js';

export interface ImportPlanRequest {
  orgId: string;
  fy: number;
  text: string;
  actor: string;
  now: Date;
}

export interface ImportPlanOutcome extends ImportResult {
  saved: StoredPlan;
}

/** Parse the document against the org's own units and save it as the fy's plan (replacing any earlier one). */
export async function importPlan(store: Store, request: ImportPlanRequest): Promise<ImportPlanOutcome> {
  const orgs = new OrgRepository(store);
  const org = await orgs.getOrg(request.orgId);
  if (!org) {
    throw new NotFoundError(`ไม่พบหน่วยงาน "${request.orgId}"`, `no organisation "${request.orgId}"`);
  }
  const units = await orgs.listUnits(request.orgId);
  const result = importMeasuresDocument(request.text, { orgId: request.orgId, fy: request.fy, units });
  if (result.plan.measures.length === 0) {
    throw new ValidationError('ไม่พบตารางมาตรการในเอกสาร', 'no measures table was found in the document', [
      { path: 'text', message_th: 'ไม่พบตารางมาตรการ', message_en: 'no measures table found' },
    ]);
  }
  const plans = new PlanRepository(store);
  const current = await plans.getPlanVersion(request.orgId, request.fy);
  const saved = await plans.savePlan(Plan.parse(result.plan), {
    actor: request.actor,
    now: request.now,
    ...(current === undefined ? {} : { expectedVersion: current }),
  });
  return { ...result, saved };
}

export function planSummaryLines(result: ImportResult): string[] {
  const lines = [
    `${result.plan.title || 'แผนมาตรการ'}`,
    `มาตรการ ${toThaiDigits(result.plan.measures.length)} ข้อ / ${result.plan.measures.length} measures, FY${result.plan.fy}`,
  ];
  for (const m of result.plan.measures) {
    const units = m.responsible.allUnits
      ? `ทุกกองงาน (every unit)${m.responsible.leadUnitId ? `, lead: ${m.responsible.leadUnitId}` : ''}`
      : m.responsible.unitIds.join(', ') || '-';
    lines.push('', `[${m.measureId}] ${m.title}`);
    lines.push(
      `  sub-measures: ${m.subMeasures.length}, methods: ${m.methods.length}, recommendations: ${m.recommendations.length}`,
    );
    lines.push(`  responsible: ${units}`);
    for (const f of m.followUps) {
      lines.push(
        `  follow-up ${f.followUpNo}: ${f.cadence}${f.audience.length ? ` -> ${f.audience.join(', ')}` : ''}  ${f.text.slice(0, 70)}${f.text.length > 70 ? '…' : ''}`,
      );
    }
  }
  lines.push('', `คำเตือน ${toThaiDigits(result.warnings.length)} รายการ / ${result.warnings.length} warnings`);
  for (const w of result.warnings) lines.push(`  ${w.message_th}`, `    ${w.message_en}`);
  return lines;
}
