// "Every publish and withdrawal of the year is in its documents history": the upgrade step for
// generate, publish and withdraw entries written before GET /v1/fiscal-years/{fy}/documents/audit
// existed (session 29), which are only in their org's monthly audit trail. A read path cannot find
// them (they are in no index and the months they lie in have no bound but the clock), so
// `npm run admin -- repair-documents-history` indexes them once: by key paths only (the org
// registry's Query, one Query per org and month), a dry run unless told to apply, idempotent.
import { FISCAL_YEAR_MIN } from '../domain/id-patterns.js';
import { indexDocumentEntry, unindexedDocumentEntries } from '../store/audit-reindex.js';
import type { Store } from '../store/dynamo-client.js';
import type { Repositories } from '../store/repositories.js';
import { allOrgIds } from './every-org.js';

/**
 * The first audit month read by default: October of the year before the first fiscal year the API
 * takes (FY2560 begins in October 2016; a plan document may be made the year before its year).
 */
export const FIRST_AUDIT_MONTH = new Date(Date.UTC(FISCAL_YEAR_MIN - 543 - 2, 9, 1));

/** How many months of one org are read at once. */
const MONTHS_AT_ONCE = 12;

/** One entry found outside the documents history, and what was done. */
export interface DocumentsHistoryFinding {
  orgId: string;
  at: string;
  action: string;
  target: string;
  /** 'dry-run' (nothing written), 'indexed', or 'indexed-meanwhile' (another run did it) */
  outcome: 'dry-run' | 'indexed' | 'indexed-meanwhile';
}

/** The first instant of every UTC month (audit partitions are UTC months) from `from` to `to`, both included. */
export function auditMonths(from: Date, to: Date): Date[] {
  const months: Date[] = [];
  for (
    let m = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1));
    m <= to;
    m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1))
  )
    months.push(m);
  return months;
}

/**
 * The document entries (generate, publish, withdraw, both kinds, every fiscal year) of `orgIds`
 * (default every org in the registry) in the audit months from `from` to `to` that no history
 * holds, each indexed into its year's documents history with `apply`. Oldest first per org.
 */
export async function repairDocumentsHistory(
  ports: { store: Store; repos: Pick<Repositories, 'orgs'> },
  request: { orgIds?: readonly string[]; from: Date; to: Date; apply: boolean },
): Promise<DocumentsHistoryFinding[]> {
  const months = auditMonths(request.from, request.to);
  const findings: DocumentsHistoryFinding[] = [];
  for (const orgId of request.orgIds ?? (await allOrgIds(ports.repos))) {
    for (let k = 0; k < months.length; k += MONTHS_AT_ONCE) {
      const found = await Promise.all(
        months.slice(k, k + MONTHS_AT_ONCE).map((month) => unindexedDocumentEntries(ports.store, orgId, month)),
      );
      for (const entry of found.flat()) {
        const outcome = !request.apply
          ? 'dry-run'
          : (await indexDocumentEntry(ports.store, entry))
            ? 'indexed'
            : 'indexed-meanwhile';
        findings.push({ orgId, at: entry.at, action: entry.action, target: entry.target, outcome });
      }
    }
  }
  return findings;
}
