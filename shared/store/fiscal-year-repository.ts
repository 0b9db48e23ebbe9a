// A fiscal year of one org as read by the API and the jobs: plan, measures and latest reports in one Query.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Org } from '../domain/organisation.js';
import { assembleOrgYear, type OrgYear } from '../domain/org-year.js';
import type { StoredPlan } from '../domain/plan.js';
import type { PlainDate } from '../domain/plain-date.js';
import type { UnitLifetime } from '../domain/unit-lifetime.js';
import { Report } from '../domain/report.js';
import type { Store } from './dynamo-client.js';
import { fromItem } from './item-codec.js';
import { fyPartition, prefixes, yearRange } from './keys.js';
import { planFromItems, readWholePlan } from './plan-repository.js';

export interface FiscalYearData {
  plan: StoredPlan | undefined;
  /** latest report per obligation id */
  reports: Map<string, Report>;
  /** Query pages read (for the benchmarks' request counts) */
  pages: number;
}

/**
 * The year's plan, measures and latest reports. The plan is whole (never a new header with part of
 * its measures: `readWholePlan`); UnavailableError (503) when a save keeps it torn.
 */
export function loadFiscalYear(store: Store, orgId: string, fy: number): Promise<FiscalYearData> {
  return readWholePlan(fy, (consistent) => readFiscalYear(store, orgId, fy, consistent));
}

async function readFiscalYear(store: Store, orgId: string, fy: number, consistent: boolean): Promise<FiscalYearData> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  let pages = 0;
  do {
    const out = await store.doc.send(
      new QueryCommand({
        TableName: store.tableName,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': fyPartition(orgId, fy), ':from': yearRange.from, ':to': yearRange.to },
        ...(start ? { ExclusiveStartKey: start } : {}),
        ...(consistent ? { ConsistentRead: true } : {}),
      }),
    );
    pages++;
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  const header = items.find((i) => i.sk === 'PLAN');
  const reports = new Map<string, Report>();
  for (const item of items) {
    if (String(item.sk).startsWith(prefixes.report)) {
      const r = fromItem(Report, item);
      reports.set(r.obligationId, r);
    }
  }
  const plan: StoredPlan | undefined = header ? planFromItems(header, items) : undefined;
  return { plan, reports, pages };
}

/**
 * The one loader of an org's year: one paginated Query (loadFiscalYear), then assembleOrgYear.
 * Undefined when the year has no plan.
 */
export async function loadOrgYear(
  store: Store,
  org: Pick<Org, 'orgId' | 'dueRules'>,
  units: readonly UnitLifetime[],
  fy: number,
  asOf: PlainDate,
): Promise<OrgYear | undefined> {
  const { plan, reports } = await loadFiscalYear(store, org.orgId, fy);
  if (!plan) return undefined;
  return assembleOrgYear({ plan, reports, units, dueRules: org.dueRules, asOf });
}
