// Who may do what. The caller's org, unit and roles come from the table, never from the request.
import { type FieldMessage, ForbiddenError } from './errors.js';
import type { Person, Role } from './organisation.js';
import { ROLE_LABELS } from './status-labels.js';

export interface Caller {
  personId: string;
  /** the person's name as the directory read it (at most DIRECTORY_TTL_MS old): audit entries keep it */
  name?: string;
  orgId: string;
  unitId?: string;
  roles: Role[];
  headOfUnit: boolean;
  /** the other units the person is acting head of (Person.actingHeadOf) */
  actingHeadOf?: readonly string[];
  /** the other units the person is staff of as well (Person.alsoStaffOf) */
  alsoStaffOf?: readonly string[];
  /**
   * the revision of the person item this was built from (absent: an item written before revisions):
   * a write may check the item is still it (shared/store/caller-check.ts), the caller being cached
   */
  revision?: number;
}

/** A person of the table as the caller they act as: their org, unit, roles and acting appointments. */
export function callerOf(person: Person): Caller {
  return {
    personId: person.personId,
    name: person.name,
    orgId: person.orgId,
    roles: person.roles,
    headOfUnit: person.headOfUnit,
    ...(person.actingHeadOf?.length ? { actingHeadOf: person.actingHeadOf } : {}),
    ...(person.alsoStaffOf?.length ? { alsoStaffOf: person.alsoStaffOf } : {}),
    ...(person.unitId ? { unitId: person.unitId } : {}),
    ...(person.revision === undefined ? {} : { revision: person.revision }),
  };
}

const has = (caller: Caller, role: Role) => caller.roles.includes(role);
export const seesWholeOrg = (caller: Caller) => has(caller, 'coordinator') || has(caller, 'executive');

/** Acting head (รักษาราชการแทนหัวหน้า) of `unitId`: its head's access to it, nothing else. */
const actsFor = (caller: Caller, unitId: string) => caller.actingHeadOf?.includes(unitId) ?? false;

/** Staff of `unitId`: their own unit, or one they are staff of as well (Person.alsoStaffOf). */
const staffOf = (caller: Caller, unitId: string) =>
  has(caller, 'staff') && (caller.unitId === unitId || (caller.alsoStaffOf?.includes(unitId) ?? false));

/**
 * Reading a unit's obligations and reports: the whole org, its staff, and its acting heads (the
 * unit-head emails they get link to them).
 */
export function canReadUnit(caller: Caller, unitId: string): boolean {
  return seesWholeOrg(caller) || staffOf(caller, unitId) || actsFor(caller, unitId);
}

/** Reporting for a unit: coordinators, its staff (its head among them), and its acting heads. */
export function canReportFor(caller: Caller, unitId: string): boolean {
  return has(caller, 'coordinator') || staffOf(caller, unitId) || actsFor(caller, unitId);
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
    deny(`เฉพาะ${ROLE_LABELS.coordinator} เท่านั้น`, 'only coordinators (the ITA working group) can do this');
  }
}

export function assertCanReadOrgWide(caller: Caller): void {
  if (!seesWholeOrg(caller))
    deny(`เฉพาะ${ROLE_LABELS.coordinator} และผู้บริหารเท่านั้น`, 'only coordinators and executives can do this');
}

/**
 * Generating documents (the plan document, the results report) is for coordinators: executives read
 * only (issue 19), staff report for their unit. The schedule generates without a caller.
 */
/** Coordinators generate the plan document and the results report (the page shows its buttons by it). */
export const canGenerateDocuments = (caller: Caller) => has(caller, 'coordinator');

/** Coordinators publish and withdraw documents (the publish routes assert it; the page's buttons follow it). */
export const canPublishDocuments = isCoordinator;

export function assertCanGenerateDocuments(caller: Caller): void {
  if (!canGenerateDocuments(caller)) {
    if (has(caller, 'executive')) {
      deny('ผู้บริหารดูเอกสารได้อย่างเดียว ไม่สามารถสั่งจัดทำเอกสาร', 'executives can read documents but not generate them');
    }
    deny(`เฉพาะ${ROLE_LABELS.coordinator} เท่านั้นที่สั่งจัดทำเอกสารได้`, 'only coordinators can generate documents');
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

/**
 * The org's unit list: those who manage units (admins, coordinators) and executives, who see the
 * whole org. Staff get 403 (issue 18's acceptance: "staff get 403 on every people and units route");
 * their screens take unit names from /v1/me and the obligations (docs/api.md).
 */
export const canReadUnits = (caller: Caller) => canManagePeople(caller) || seesWholeOrg(caller);

export function assertCanReadUnits(caller: Caller): void {
  if (!canReadUnits(caller)) {
    deny(
      'เฉพาะผู้ดูแลระบบ คณะทำงาน ITA และผู้บริหารเท่านั้นที่ดูรายชื่อหน่วยงานได้',
      'only admins, coordinators and executives can list the units',
    );
  }
}

/** Only an admin grants or removes the admin role (a coordinator cannot), or (de)activates an admin. */
export const canChangeAdmin = (caller: Caller) => has(caller, 'admin');

/** What a person change does to the admin role: each is for admins only. */
export type AdminChange = 'grant' | 'remove' | 'deactivate' | 'reactivate';

/** What a coordinator who tries `what` of an admin's is told: it is for an admin. */
const onlyAnAdmin = (what: string) => `คณะทำงาน ITA ${what}ไม่ได้ กรุณาขอให้ผู้ดูแลระบบดำเนินการ`;

/** The field each admin change is made in, and what a coordinator who tries it is told. */
const ADMIN_CHANGE_FIELDS: Record<AdminChange, FieldMessage> = {
  grant: {
    path: 'body.roles',
    message_th: 'คณะทำงาน ITA กำหนดบทบาทผู้ดูแลระบบไม่ได้ กรุณาเอา "ผู้ดูแลระบบ" ออก หรือขอให้ผู้ดูแลระบบดำเนินการ',
    message_en: 'a coordinator cannot grant the admin role; leave "admin" out or ask an admin',
  },
  remove: {
    path: 'body.roles',
    message_th: onlyAnAdmin('ถอนบทบาทผู้ดูแลระบบ'),
    message_en: 'a coordinator cannot remove the admin role; ask an admin',
  },
  deactivate: {
    path: 'body.active',
    message_th: onlyAnAdmin('ปิดการใช้งานผู้ดูแลระบบ'),
    message_en: 'a coordinator cannot deactivate an admin; ask an admin',
  },
  reactivate: {
    path: 'body.active',
    message_th: onlyAnAdmin('เปิดการใช้งานผู้ดูแลระบบอีกครั้ง'),
    message_en: 'a coordinator cannot reactivate an admin; ask an admin',
  },
};

/**
 * 403 (ForbiddenError) when a caller who is not an admin makes any of `changes`, with one field
 * message per change (body.roles, body.active) in Thai and English. No changes: allowed.
 */
export function assertCanChangeAdmin(caller: Caller, changes: readonly AdminChange[]): void {
  if (changes.length === 0 || canChangeAdmin(caller)) return;
  throw new ForbiddenError(
    'เฉพาะผู้ดูแลระบบเท่านั้นที่กำหนดหรือถอนสิทธิ์ผู้ดูแลระบบได้',
    'only an admin can grant or remove the admin role',
    changes.map((c) => ADMIN_CHANGE_FIELDS[c]),
  );
}

/** The fields of a person's record a change can touch (UpdatePersonBody). */
export type PersonField = 'name' | 'roles' | 'unitId' | 'headOfUnit' | 'actingHeadOf' | 'alsoStaffOf' | 'active';

/**
 * Whether `caller` may change `target`'s record at all (edit, deactivate, resend the invitation):
 * admins any record, coordinators anyone but an admin. The page offers the forms by this rule and
 * the API asserts it (assertCanEditPerson), so the page never offers what the API refuses.
 */
export const canEditPerson = (caller: Caller, target: { roles: readonly Role[] }) =>
  canManagePeople(caller) && (canChangeAdmin(caller) || !target.roles.includes('admin'));

/**
 * 403 (ForbiddenError) when a caller who is not an admin changes any field of an admin's record
 * (name, unit, head of unit, as well as the role and active state assertCanChangeAdmin covers): a
 * coordinator manages staff, executives and coordinators, never an admin. One field message per
 * changed field (`body.<field>`), Thai and English. Nothing changed: allowed.
 */
export function assertCanEditPerson(
  caller: Caller,
  target: { roles: readonly Role[] },
  changed: readonly PersonField[],
): void {
  if (changed.length === 0 || canEditPerson(caller, target)) return;
  throw new ForbiddenError(
    'เฉพาะผู้ดูแลระบบเท่านั้นที่แก้ไขข้อมูลของผู้ดูแลระบบได้',
    "only an admin can change an admin's record",
    changed.map((field) => ({
      path: `body.${field}`,
      message_th: onlyAnAdmin('แก้ไขข้อมูลของผู้ดูแลระบบ'),
      message_en: "a coordinator cannot change an admin's record; ask an admin",
    })),
  );
}
