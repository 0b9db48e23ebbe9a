// "Who did what, and when?": the history of an obligation's reports, a plan, or a person.
import { BAD_CURSOR_TH } from './page-cursor.js';
import type { AuditQuery } from '../api/coordinator-schemas.js';
import { assertCanManagePeople, assertCanReadOrgWide, type Caller } from '../domain/access.js';
import { auditSummary } from '../domain/audit-summary.js';
import { NotFoundError, personNotFound, ValidationError } from '../domain/errors.js';
import { formatThaiDateTime } from '../domain/thai-format.js';
import { DOCUMENTS_HISTORY } from '../store/audit-entry.js';
import { BadCursorError, type AuditHistoryPage } from '../store/audit-log.js';
import type { DirectoryPorts } from './directory-ports.js';
import { assertCanReadObligation, type ObligationToRead } from './obligation-to-read.js';

type AuditPorts = Pick<DirectoryPorts, 'orgs' | 'audit'>;

/** Those who may read the obligation read its history (an unknown obligation: NotFoundError). */
export async function obligationAudit(
  ports: AuditPorts,
  caller: Caller,
  obligation: ObligationToRead,
  query: AuditQuery,
) {
  await assertCanReadObligation(caller, obligation);
  return readHistory(ports, caller, `report:${obligation.obligationId}`, query, obligation.fy);
}

/** Anyone in the org reads the plan's history. */
export async function planAudit(ports: AuditPorts, caller: Caller, fy: number, query: AuditQuery) {
  return readHistory(ports, caller, `plan:${fy}`, query);
}

/**
 * GET /v1/fiscal-years/{fy}/documents/audit (coordinators, executives): who generated, published
 * and withdrew which generation of the year's plan document and results report, newest first
 * (break 19 s28, F8). Entries written before session 29 are in it once `npm run admin --
 * repair-documents-history` has indexed them (shared/use-cases/repair-documents-history.ts).
 */
export async function documentsAudit(ports: AuditPorts, caller: Caller, fy: number, query: AuditQuery) {
  assertCanReadOrgWide(caller);
  return readHistory(ports, caller, DOCUMENTS_HISTORY, query, fy);
}

/**
 * The name shown for an audit actor or a publication's `publishedBy`: a person by name (`names`:
 * person id -> name), scheduled jobs as the system ("ระบบอัตโนมัติ", not the job's id), the operator CLIs (`npm run admin`, `import`)
 * as the administrator, anything else as written.
 */
export function actorName(names: ReadonlyMap<string, string>, actor: string): string {
  return (
    names.get(actor) ??
    (actor.startsWith('system:')
      ? 'ระบบอัตโนมัติ'
      : actor.startsWith('cli:')
        ? `ผู้ดูแลระบบ (คำสั่ง npm run ${actor.slice(4)})`
        : actor)
  );
}

/** Admins and coordinators read a person's history (roles, unit, active). */
export async function personAudit(ports: AuditPorts, caller: Caller, personId: string, query: AuditQuery) {
  assertCanManagePeople(caller);
  if (!(await ports.orgs.getPerson(caller.orgId, personId))) {
    throw personNotFound();
  }
  return readHistory(ports, caller, `person:${personId}`, query);
}

/**
 * GET /v1/units/{unitId}/audit (admins, coordinators): the unit's changes, newest first, a page of
 * `query.limit` (default 20) with a cursor. Errors: ForbiddenError, NotFoundError (no such unit).
 */
export async function unitAudit(ports: AuditPorts, caller: Caller, unitId: string, query: AuditQuery) {
  assertCanManagePeople(caller);
  if (!(await ports.orgs.getUnit(caller.orgId, unitId))) {
    throw new NotFoundError('ไม่พบหน่วยงานนี้', 'no such unit in this organisation');
  }
  return readHistory(ports, caller, `unit:${unitId}`, query);
}

async function readHistory(ports: AuditPorts, caller: Caller, target: string, query: AuditQuery, fy?: number) {
  let page: AuditHistoryPage;
  try {
    page = await ports.audit.history(caller.orgId, target, {
      ...(fy !== undefined ? { fy } : {}),
      ...(query.cursor ? { cursor: query.cursor } : {}),
      limit: query.limit ?? 20,
    });
  } catch (error) {
    if (!(error instanceof BadCursorError)) throw error;
    throw new ValidationError(BAD_CURSOR_TH, 'the cursor is not valid here', [
      { path: 'query.cursor', message_th: `${BAD_CURSOR_TH} กรุณาเริ่มจากหน้าแรก`, message_en: 'bad cursor; start again' },
    ]);
  }
  const [people, units] = await Promise.all([ports.orgs.listPeople(caller.orgId), ports.orgs.listUnits(caller.orgId)]);
  const names = new Map(people.map((p) => [p.personId, p.name]));
  const unitNames = new Map(units.map((u) => [u.unitId, u.name]));
  return {
    items: page.items.map((e) => {
      const summary = auditSummary(e, (id) => unitNames.get(id) ?? id);
      return {
        at: e.at,
        atBangkok: formatThaiDateTime(new Date(e.at)),
        // the name they had when they wrote it; older entries (no actorName) show today's name
        actor: { personId: e.actor, name: e.actorName ?? actorName(names, e.actor) },
        action: e.action,
        summary_th: summary.th,
        summary_en: summary.en,
        ...(e.action === 'plan.save' && typeof e.details?.version === 'number' ? { version: e.details.version } : {}),
      };
    }),
    ...(page.cursor ? { cursor: page.cursor } : {}),
  };
}
