// Who may do what. The caller's org, unit and roles come from the table, never from the request.
import { ForbiddenError } from './errors.js';
import type { Role } from './organisation.js';

export interface Caller {
  personId: string;
  orgId: string;
  unitId?: string;
  roles: Role[];
  headOfUnit: boolean;
}

const has = (caller: Caller, role: Role) => caller.roles.includes(role);
export const seesWholeOrg = (caller: Caller) => has(caller, 'coordinator') || has(caller, 'executive');

export function canReadUnit(caller: Caller, unitId: string): boolean {
  return seesWholeOrg(caller) || (has(caller, 'staff') && caller.unitId === unitId);
}

export function canReportFor(caller: Caller, unitId: string): boolean {
  return has(caller, 'coordinator') || (has(caller, 'staff') && caller.unitId === unitId);
}

function deny(th: string, en: string): never {
  throw new ForbiddenError(th, en);
}

export function assertCanReadUnit(caller: Caller, unitId: string): void {
  if (!canReadUnit(caller, unitId)) {
    deny('คุณดูข้อมูลได้เฉพาะของหน่วยงานตนเอง', 'you can only see your own unit');
  }
}

export function assertCanReportFor(caller: Caller, unitId: string): void {
  if (!canReportFor(caller, unitId)) {
    if (has(caller, 'executive') && !has(caller, 'staff')) {
      deny('ผู้บริหารดูข้อมูลได้อย่างเดียว ไม่สามารถส่งรายงาน', 'executives can read but not submit reports');
    }
    deny('คุณส่งรายงานได้เฉพาะของหน่วยงานตนเอง', 'you can only report for your own unit');
  }
}

/** The ITA working group: manages the plan (import, edit, last year's scores) and reviews reports. */
export const isCoordinator = (caller: Caller) => has(caller, 'coordinator');

export function assertCoordinator(caller: Caller): void {
  if (!isCoordinator(caller)) {
    deny('เฉพาะคณะทำงาน ITA (ผู้ประสานงาน) เท่านั้น', 'only coordinators (the ITA working group) can do this');
  }
}

export function assertCanReadOrgWide(caller: Caller): void {
  if (!seesWholeOrg(caller)) deny('เฉพาะผู้ประสานงานและผู้บริหารเท่านั้น', 'only coordinators and executives can do this');
}

/**
 * Generating documents (the plan document, the results report) is for coordinators: executives read
 * only (issue 19), staff report for their unit. The schedule generates without a caller.
 */
export function assertCanGenerateDocuments(caller: Caller): void {
  if (!has(caller, 'coordinator')) {
    if (has(caller, 'executive')) {
      deny('ผู้บริหารดูเอกสารได้อย่างเดียว ไม่สามารถสั่งจัดทำเอกสาร', 'executives can read documents but not generate them');
    }
    deny('เฉพาะคณะทำงาน ITA (ผู้ประสานงาน) เท่านั้นที่สั่งจัดทำเอกสารได้', 'only coordinators can generate documents');
  }
}

/**
 * Unpublished generations (drafts: report.json holds every unit's report text) are for coordinators
 * and executives; everyone else in the org sees only the generation published at the public address.
 */
export const canReadUnpublishedDocuments = seesWholeOrg;

/** Admins and coordinators manage the org's units and people (issue 18). */
export const canManagePeople = (caller: Caller) => has(caller, 'admin') || has(caller, 'coordinator');

export function assertCanManagePeople(caller: Caller): void {
  if (!canManagePeople(caller)) {
    deny(
      'เฉพาะผู้ดูแลระบบและคณะทำงาน ITA เท่านั้นที่จัดการผู้ใช้งานและหน่วยงานได้',
      'only admins and coordinators manage units and people',
    );
  }
}

/** Only an admin grants or removes the admin role (a coordinator cannot), or changes an admin. */
export const canChangeAdmin = (caller: Caller) => has(caller, 'admin');

export function assertCanChangeAdmin(caller: Caller): void {
  if (!canChangeAdmin(caller)) {
    deny('เฉพาะผู้ดูแลระบบเท่านั้นที่กำหนดหรือถอนสิทธิ์ผู้ดูแลระบบได้', 'only an admin can grant or remove the admin role');
  }
}
