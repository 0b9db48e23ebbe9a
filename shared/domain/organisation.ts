// Orgs (tenants), their units and people.
import * as z from 'zod';
import { OrgId, PlainDateSchema, UnitId } from './ids.js';
import { DueRules } from './due-rules.js';

export const Org = z.object({
  orgId: OrgId,
  name: z.string().min(1).max(200),
  nameEn: z.string().max(200).optional(),
  dueRules: DueRules.default({}),
  /** the org's own closure days: no reminder email goes out on them (docs/reminders.md) */
  closureDays: z.array(PlainDateSchema).max(366).optional(),
  /** who signs the documents (นายกเทศมนตรี…); position absent: the one the org's kind implies */
  chiefExecutive: z
    .object({ name: z.string().min(1).max(120), position: z.string().min(1).max(200).optional() })
    .optional(),
  createdAt: z.iso.datetime(),
});
export type Org = z.infer<typeof Org>;

export const Unit = z.object({
  orgId: OrgId,
  unitId: UnitId,
  name: z.string().min(1).max(200),
  /** other spellings found in documents, e.g. "สำนักปลัด" for "สำนักปลัดเทศบาล" */
  aliases: z.array(z.string().min(1).max(200)).default([]),
  /** false: inactive (keeps its history, takes no new people); absent means active */
  active: z.boolean().optional(),
  /** when it was added to a running org (absent: one of the org's first units); unit-lifetime.ts */
  addedAt: z.iso.datetime().optional(),
  /** when it was last deactivated (absent while active); unit-lifetime.ts */
  deactivatedAt: z.iso.datetime().optional(),
  /** one more each write (absent: written before units had one); an edit writes only over the one it read */
  revision: z.number().int().optional(),
});
export type Unit = z.infer<typeof Unit>;
/** a unit as written (active defaults to true) */
export type UnitInput = z.input<typeof Unit>;

export const Role = z.enum(['staff', 'coordinator', 'executive', 'admin']);
export type Role = z.infer<typeof Role>;

/**
 * The other units a person is acting head of (รักษาราชการแทนหัวหน้า): they get those units'
 * unit-head emails as the unit's own head does (docs/reminders.md). Never their own unit, no
 * duplicates, only active units (manage-people.ts checks; closing a unit it names is refused).
 */
export const ActingHeadOf = z.array(UnitId).max(20);

export const Person = z.object({
  orgId: OrgId,
  /** the identity provider's subject (Cognito sub, or the local issuer's) */
  personId: z.string().min(1).max(128),
  email: z.email(),
  name: z.string().min(1).max(200),
  unitId: UnitId.optional(),
  roles: z.array(Role).min(1),
  /** heads a unit: receives its escalations */
  headOfUnit: z.boolean().default(false),
  /** acting head of these other units (absent: none) */
  actingHeadOf: ActingHeadOf.optional(),
  /**
   * other units they are staff of as well (ปฏิบัติงานในหน่วยงานอื่นด้วย; absent: none): those units'
   * staff reminders, reading and reporting as their staff do, nothing of their heads'. Staff role
   * only; the same checks as actingHeadOf (manage-people.ts)
   */
  alsoStaffOf: ActingHeadOf.optional(),
  active: z.boolean().default(true),
  /**
   * The Bangkok day they last joined a unit's staff (added, moved, reactivated, given the staff
   * role) through the API or the admin CLI; absent for people who never did. The daily pass tells
   * them once of the unit's overdue reports they missed (shared/domain/unit-backlog.ts).
   */
  joinedUnitOn: PlainDateSchema.optional(),
  /**
   * The Bangkok day each unit of `actingHeadOf` was given to them through the API or the admin CLI
   * (a unit dropped from the list, or a deactivation, loses its day; appointments from before session
   * 48 have none). The daily pass tells them once of that unit's reports whose unit-head escalation
   * went out before (shared/domain/unit-backlog.ts, actingHeadBacklog).
   */
  actingHeadSince: z.record(z.string(), PlainDateSchema).optional(),
  /**
   * SES could not deliver to their email (a permanent bounce, a complaint, a rejection), as the
   * mail-events function recorded it from SES's notification: why, when (ISO UTC) and which email
   * (MailKind). Cleared by an invitation sent again and by a change of the email (docs/operations.md).
   */
  undeliverable: z
    .object({ reason: z.enum(['bounced', 'complained', 'rejected']), at: z.iso.datetime(), kind: z.string().max(40) })
    .optional(),
  /** when the mark was last cleared: an older notification arriving late does not mark again */
  deliverableSince: z.iso.datetime().optional(),
  /**
   * How many times the item was written (each write adds one; absent on items written before
   * revisions): an edit writes only over the revision it read (optimistic concurrency), so a
   * concurrent edit or mark is not lost (OrgRepository.putPerson, isPersonChanged).
   */
  revision: z.number().int().min(0).optional(),
});
export type Person = z.infer<typeof Person>;
