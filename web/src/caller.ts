// The signed-in person as the domain's access rules see them: the page asks the same rules the API enforces.
import {
  canChangeAdmin,
  canReadUnit,
  canGenerateDocuments,
  canPublishDocuments,
  canEditPerson,
  canManagePeople,
  canReportFor,
  type Caller,
  isCoordinator,
  seesWholeOrg,
} from '../../shared/domain/access.js';
import { countedUnitName } from '../../shared/domain/active-units.js';
import type { Me } from './api-types.js';
import type { Role } from '../../shared/domain/organisation.js';

export function callerOf(me: Me): Caller {
  return {
    personId: me.personId,
    orgId: me.org.orgId,
    ...(me.unit ? { unitId: me.unit.unitId } : {}),
    roles: me.roles,
    headOfUnit: me.headOfUnit,
    actingHeadOf: me.actingHeadOf.map((u) => u.unitId),
    alsoStaffOf: me.alsoStaffOf.map((u) => u.unitId),
  };
}

export const mayReportFor = (me: Me, unitId: string) => canReportFor(callerOf(me), unitId);
/** GET …/obligations/{id} of the unit asserts assertCanReadUnit */
export const mayReadUnit = (me: Me, unitId: string) => canReadUnit(callerOf(me), unitId);
export const seesWholeOrgOf = (me: Me) => seesWholeOrg(callerOf(me));
/** the ITA working group manages the plan (PUT /plan, /plan-imports and /ita-scores assert it) */
export const managesPlan = (me: Me) => isCoordinator(callerOf(me));
export const managesPeople = (me: Me) => canManagePeople(callerOf(me));
export const canChangeAdminOf = (me: Me) => canChangeAdmin(callerOf(me));
/** the documents' buttons follow the API's rules (access.ts): generate, publish and withdraw */
export const mayGenerateDocuments = (me: Me) => canGenerateDocuments(callerOf(me));
export const mayPublishDocuments = (me: Me) => canPublishDocuments(callerOf(me));
/** ประวัติเอกสาร: GET …/documents/audit asserts assertCanReadOrgWide, which is seesWholeOrg */
export const mayReadDocumentsHistory = (me: Me) => seesWholeOrg(callerOf(me));
/** edit, deactivate or re-invite this person (a coordinator: anyone but an admin) */
export const mayEditPerson = (me: Me, person: { roles: readonly Role[] }) => canEditPerson(callerOf(me), person);

/**
 * A unit of /me by id as the page's lists name it: "กองการศึกษา (ปิดการใช้งานแล้ว)" for a closed
 * one, as the summaries and the results report do (countedUnitName); the id for no such unit.
 */
export function unitNameIn(me: Me, unitId: string): string {
  const unit = me.units.find((u) => u.unitId === unitId);
  return unit ? countedUnitName(unit) : unitId;
}
