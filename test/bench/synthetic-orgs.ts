// Synthetic municipalities for the scale runs: the seed plan, 5 units, staff, a coordinator and an
// executive, and a realistic mix of submitted and missing reports for October-March.
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { expandPlan } from '../../shared/domain/obligations.js';
import type { Plan } from '../../shared/domain/plan.js';
import type { Store } from '../../shared/store/dynamo-client.js';
import { indexKeys, keys } from '../../shared/store/keys.js';

const AT = '2022-10-01T00:00:00.000Z';

/** The report text of the large year's reports (annual-report-run, document-pdf-pairs). */
export const LARGE_YEAR_SUMMARY = 'รายงานผลการดำเนินงานตามมาตรการประจำงวด จัดประชุมชี้แจงและเผยแพร่ข้อมูลแล้ว';

/** A report (version 1) its unit submitted, done, at `at` (ISO), as the bench years hold them. */
export function submittedReport(
  orgId: string,
  fy: number,
  o: { obligationId: string; unitId: string },
  at: string,
  summary: string,
  submittedBy: string,
) {
  return {
    orgId,
    fy,
    obligationId: o.obligationId,
    unitId: o.unitId,
    version: 1,
    reviewState: 'submitted' as const,
    progress: 'done' as const,
    summary,
    obstacles: '',
    suggestions: '',
    evidence: [],
    submittedBy,
    submittedAt: at,
    firstSubmittedAt: at,
  };
}

function person(orgId: string, personId: string, email: string, extra: Record<string, unknown>) {
  return {
    ...keys.person(orgId, personId),
    ...indexKeys.personBySubject(personId, orgId),
    ...indexKeys.personByEmail(email, orgId),
    type: 'person',
    orgId,
    personId,
    email,
    name: personId,
    headOfUnit: false,
    active: true,
    ...extra,
  };
}

/** Which obligations get a report: a hash of the obligation and the org (about 70% do). */
const reportHash = (obligationId: string, orgId: string) =>
  [...obligationId, ...orgId].reduce((a, c) => (a * 31 + c.charCodeAt(0)) >>> 0, 7);

const seededObligations = (orgId: string, template: Plan) =>
  expandPlan(
    { ...template, orgId },
    MUNICIPAL_UNITS.map((u) => u.unitId),
  ).filter((o) => o.dueDate < '2023-04-01');

/**
 * The emails the 1 March 2023 monthly run must send to one synthetic org, counted from the seed
 * alone (not through the reminder code): one opening to each staff member of a unit that has an
 * obligation opening that day without a report, of any cadence (March's monthly ones, the
 * semiannual first half: the 1st's one opening email, docs/reminders.md; the coordinator is staff
 * of สำนักปลัด too), plus the February digest to the coordinator and the executive. It varies by
 * org (3 to 7 units' worth), so a total is exact only when computed for the same org ids.
 */
export function expectedMarchRunEmails(orgId: string, template: Plan): number {
  const unreported = new Set(
    seededObligations(orgId, template)
      .filter((o) => o.opensOn === '2023-03-01' && reportHash(o.obligationId, orgId) % 10 >= 7)
      .map((o) => o.unitId),
  );
  const staffOf = (unitId: string) => (unitId === 'clerk' ? 2 : 1);
  return [...unreported].reduce((n, u) => n + staffOf(u), 0) + 2;
}

export function orgItems(orgId: string, template: Plan): Record<string, unknown>[] {
  const plan = { ...template, orgId };
  const items: Record<string, unknown>[] = [
    { ...keys.org(orgId), type: 'org', orgId, name: `เทศบาลตำบลทดสอบ ${orgId}`, dueRules: {}, createdAt: AT },
    ...MUNICIPAL_UNITS.map((u) => ({
      ...keys.unit(orgId, u.unitId),
      type: 'unit',
      orgId,
      unitId: u.unitId,
      name: u.name,
      aliases: u.aliases,
    })),
    ...MUNICIPAL_UNITS.map((u) =>
      person(orgId, `${orgId}-staff-${u.unitId}`, `staff.${u.unitId}@${orgId}.example.org`, {
        unitId: u.unitId,
        roles: ['staff'],
      }),
    ),
    person(orgId, `${orgId}-coordinator`, `ita@${orgId}.example.org`, {
      unitId: 'clerk',
      roles: ['staff', 'coordinator'],
    }),
    person(orgId, `${orgId}-mayor`, `mayor@${orgId}.example.org`, { roles: ['executive'] }),
    {
      ...keys.plan(orgId, plan.fy),
      type: 'plan',
      orgId,
      fy: plan.fy,
      title: plan.title,
      version: 1,
      updatedAt: AT,
      updatedBy: 'bench',
      measureCount: plan.measures.length,
    },
    ...plan.measures.map((m) => ({ ...keys.measure(orgId, plan.fy, m.measureId), type: 'measure', ...m })),
  ];
  for (const o of seededObligations(orgId, template)) {
    const h = reportHash(o.obligationId, orgId);
    if (h % 10 >= 7) continue; // about 30% missing
    const late = h % 10 === 0;
    const at = new Date(Date.parse(`${o.dueDate}T10:00:00+07:00`) + (late ? 5 : -3) * 86_400_000).toISOString();
    const report = submittedReport(orgId, plan.fy, o, at, 'รายงานผลการดำเนินงานประจำงวด', `${orgId}-staff-${o.unitId}`);
    items.push({ ...keys.report(orgId, plan.fy, o.obligationId), type: 'report', ...report });
    items.push({ ...keys.reportVersion(orgId, plan.fy, o.obligationId, 1), type: 'report-version', ...report });
  }
  return items;
}

/** BatchWrite, 25 items a request, a few requests at once; retries unprocessed items. */
export async function writeAll(store: Store, items: Record<string, unknown>[], parallel = 8): Promise<void> {
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      let batch = batches[next++]!.map((Item) => ({ PutRequest: { Item } }));
      while (batch.length) {
        const out = await store.doc.send(new BatchWriteCommand({ RequestItems: { [store.tableName]: batch } }));
        batch = (out.UnprocessedItems?.[store.tableName] ?? []) as typeof batch;
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}
