// "The administrator sets up an org, its units and its people."
import { ConflictError, DomainError, NotFoundError } from '../domain/errors.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { usualUnits } from '../domain/municipal-units.js';
import { chiefExecutivePosition } from '../domain/local-government-kinds.js';
import type { Caller } from '../domain/access.js';
import type { Cadence, DueRule, DueRules } from '../domain/due-rules.js';
import { fiscalYearOf } from '../domain/fiscal-calendar.js';
import { markLateAdditions } from '../domain/mid-year-additions.js';
import type { Role } from '../domain/organisation.js';
import { bangkokDate, type PlainDate } from '../domain/plain-date.js';
import type { IdentityProvider } from '../identity/identity-provider.js';
import type { CalendarFeedRepository } from '../store/calendar-feed-repository.js';
import { isConditionFailure, type OrgRepository } from '../store/org-repository.js';
import type { Repositories } from '../store/repositories.js';
import { createPerson, updatePerson } from './manage-people.js';
import { createUnit, type UnitPorts } from './manage-units.js';
import { type InvitationPorts, resendInvitation } from './person-invitation.js';
import { replaceOrgPlan } from './replace-plan.js';

export interface AdminContext {
  orgs: OrgRepository;
  identity: IdentityProvider;
  feeds: CalendarFeedRepository;
  /** the invitation emails (the API's sender and page address); add-person and resend-invitation need them */
  invitations?: InvitationPorts;
  actor: string;
  now: Date;
}

/**
 * `npm run admin -- create-org`: the org, and with `withMunicipalUnits` the usual units of its kind
 * (usualUnits; they owe the whole year). Returns those units (`usual`), made or not. 409 if the org id exists, also when two creates of one id race (the org is
 * written only if absent); nothing of the existing org is changed.
 */
export async function createOrg(
  ctx: AdminContext,
  input: { orgId: string; name: string; withMunicipalUnits: boolean },
) {
  const orgs = ctx.orgs;
  const exists = () => new ConflictError(`มีองค์กร "${input.orgId}" แล้ว`, `org "${input.orgId}" already exists`);
  if (await orgs.getOrg(input.orgId)) throw exists();
  const w = { actor: ctx.actor, now: ctx.now };
  const org = { orgId: input.orgId, name: input.name, dueRules: {}, createdAt: ctx.now.toISOString() };
  try {
    await orgs.putOrg(org, w, { expect: 'new' });
  } catch (error) {
    if (isConditionFailure(error)) throw exists();
    throw error;
  }
  const usual = usualUnits(input.name);
  if (input.withMunicipalUnits) {
    for (const u of usual.units)
      await orgs.putUnit({ orgId: input.orgId, unitId: u.unitId, name: u.name, aliases: u.aliases }, w, {
        expect: 'new',
      });
  }
  return { usual };
}

/**
 * `npm run admin -- add-unit`: createUnit (POST /v1/units) as an admin, so the API's rules apply:
 * 409 if the unit id exists (active or not: the unit, its obligations and reports stay as they
 * are), 409 for a name or alias an active unit has, 400 for a repeated alias; 404 for an unknown
 * org. The unit owes the periods from today on once the org has a plan (createUnit). Returns the unit as the API shows it.
 */
export async function addUnit(
  ctx: AdminContext & Pick<UnitPorts, 'plans'>,
  input: { orgId: string; unitId: string; name: string; aliases: string[] },
) {
  await requireOrg(ctx, input.orgId);
  const { orgId, ...body } = input;
  const { ports, caller } = asAdmin(ctx, orgId);
  return createUnit({ ...ports, plans: ctx.plans }, caller, body);
}

/** The CLI acts as an admin of the org: the API's own rules for people (manage-people.ts) apply. */
const asAdmin = (ctx: AdminContext, orgId: string) => ({
  ports: {
    orgs: ctx.orgs,
    identity: ctx.identity,
    feeds: ctx.feeds,
    clock: () => ctx.now,
    ...(ctx.invitations ? { invitations: ctx.invitations } : {}),
  },
  caller: { personId: ctx.actor, orgId, roles: ['admin'], headOfUnit: false } satisfies Caller,
});

/**
 * `npm run admin -- add-person`: createPerson as an admin. 409 if the email is already someone's in
 * the org (active or not: reactivate-person brings an inactive one back), 400 for an unknown or
 * inactive unit, 404 for an unknown org. With `ctx.invitations` a new sign-in gets the API's Thai
 * invitation (503 InvitationNotSentError, saved, if it fails). Returns the person as the API shows
 * them, with `invited`.
 */
export async function addPerson(
  ctx: AdminContext,
  input: {
    orgId: string;
    email: string;
    name: string;
    roles: Role[];
    unitId?: string | null;
    headOfUnit: boolean;
    actingHeadOf?: string[];
    alsoStaffOf?: string[];
  },
) {
  await requireOrg(ctx, input.orgId);
  const { orgId, ...body } = input;
  const { ports, caller } = asAdmin(ctx, orgId);
  return createPerson(ports, caller, body);
}

/**
 * `npm run admin -- resend-invitation`: resendInvitation (POST /v1/people/{personId}/invitation) as
 * an admin, for the person of the org with `email`: a new temporary password and the invitation
 * again, in the person's history. 404 for an email not in the org; 409 for an inactive person or
 * one who has signed in; 503 InvitationNotSentError if the email failed.
 */
export async function resendPersonInvitation(ctx: AdminContext, input: { orgId: string; email: string }) {
  await requireOrg(ctx, input.orgId);
  const person = await personByEmail(ctx, input.orgId, input.email);
  const { ports, caller } = asAdmin(ctx, input.orgId);
  return resendInvitation(ports, caller, person.personId);
}

/** The person of `orgId` with `email` (any case, spaces trimmed); NotFoundError if none. */
async function personByEmail(ctx: AdminContext, orgId: string, email: string) {
  const normal = email.trim().toLowerCase();
  const person = (await ctx.orgs.findByEmail(normal)).find((p) => p.orgId === orgId);
  if (!person) throw new NotFoundError('ไม่พบผู้ใช้งานอีเมลนี้ในองค์กร', 'no person with this email in this organisation');
  return person;
}

/**
 * `remove-person` / `reactivate-person`: updatePerson `{active}` as an admin. People are never deleted
 * (the audit trail names them). 404 for an email not in the org; 409 for the org's last active
 * coordinator. The sign-in is disabled only if no other org has the person active.
 */
export async function setPersonActive(ctx: AdminContext, input: { orgId: string; email: string; active: boolean }) {
  await requireOrg(ctx, input.orgId);
  const person = await personByEmail(ctx, input.orgId, input.email);
  const { ports, caller } = asAdmin(ctx, input.orgId);
  return updatePerson(ports, caller, person.personId, { active: input.active });
}

/** The rule would make reports due today in a plan the plan path refuses to save (e.g. BE-year dates). */
const planNotSaved = (fy: number, cause: DomainError) =>
  new ConflictError(
    `ยังไม่เปลี่ยนกำหนดส่ง: กำหนดส่งใหม่ทำให้รายงานในแผนปีงบประมาณ ${toThaiDigits(fy)} ถึงกำหนดทันที แต่บันทึกแผนนั้นไม่ได้ (${cause.message_th}) กรุณาแก้แผนก่อน (npm run admin -- repair-plan-dates --apply หรือหน้าแผนมาตรการ) แล้วลองอีกครั้ง`,
    `the due rule was not changed: it makes reports of the FY${fy} plan due at once, but that plan cannot be saved (${cause.message_en}); fix the plan first (npm run admin -- repair-plan-dates --apply, or the plan page), then run again`,
    cause.fields,
  );

const noSuchOrg = (orgId: string) => new NotFoundError(`ไม่พบองค์กร "${orgId}"`, `no organisation "${orgId}"`);

async function requireOrg(ctx: AdminContext, orgId: string) {
  const org = await ctx.orgs.getOrg(orgId);
  if (!org) throw noSuchOrg(orgId);
  return org;
}

/** The plans a due-rule change may save (its late additions: setDueRule). */
export type DueRuleContext = AdminContext & Pick<Repositories, 'plans' | 'reports'>;

const withRule = (rules: DueRules, cadence: Cadence, rule: DueRule): DueRules => {
  const next = { ...rules };
  if (rule.kind === 'default') delete next[cadence];
  else next[cadence] = rule;
  return next;
};

/**
 * Set (or, with rule `default`, remove) the org's due rule for one cadence (docs/domain.md): the
 * reminders, statuses and documents follow it from the next read. Returns the org's rules.
 * A rule that moves due dates earlier makes reports due today that were not: before the org is
 * written, each plan the jobs may still read (this fiscal year and the last) in which it does so is
 * saved through the plan path with those periods marked as added today (markLateAdditions with
 * the old rules as the saved plan's: `periodsAddedOn`), so they are reminded from the next working
 * day, not escalated at once (break s32-d; docs/reminders.md "Added late"). A plan the save
 * refuses (a BE-year date stored before B14, a save racing) leaves the rule as it was: ConflictError
 * naming the plan and the save's fields.
 */
export async function setDueRule(ctx: DueRuleContext, input: { orgId: string; cadence: Cadence; rule: DueRule }) {
  const before = (await requireOrg(ctx, input.orgId)).dueRules;
  await markPlansMadeDueByRules(ctx, input.orgId, before, withRule(before, input.cadence, input.rule));
  const org = await ctx.orgs.updateOrg(
    input.orgId,
    (stored) => ({ ...stored, dueRules: withRule(stored.dueRules, input.cadence, input.rule) }),
    {
      actor: ctx.actor,
      now: ctx.now,
      action: 'org.dueRule',
      details: { cadence: input.cadence, rule: input.rule.kind },
    },
  );
  if (!org) throw noSuchOrg(input.orgId);
  return org.dueRules;
}

/**
 * Saves each plan of the org's last and current fiscal year (a year's reports may fall due 120 days
 * after it) in which `after` makes a report due by today that `before` did not, as it is, with the
 * day marked (replaceOrgPlan: markLateAdditions, audit, the version replaced kept). Returns the
 * fiscal years saved.
 */
async function markPlansMadeDueByRules(
  ctx: DueRuleContext,
  orgId: string,
  before: DueRules,
  after: DueRules,
): Promise<number[]> {
  const fy = fiscalYearOf(bangkokDate(ctx.now));
  const years = (await ctx.plans.fiscalYearsWithPlans(orgId, [fy - 1, fy])).sort((a, b) => a - b);
  if (years.length === 0) return [];
  const units = await ctx.orgs.listUnits(orgId);
  const orgUnitIds = units.map((u) => u.unitId);
  const saved: number[] = [];
  for (const year of years) {
    const plan = await ctx.plans.getPlan(orgId, year);
    if (!plan) continue;
    const { version: _v, updatedAt: _a, updatedBy: _b, ...asPlan } = structuredClone(plan);
    if (markLateAdditions(asPlan, plan, ctx.now, orgUnitIds, after, before) === 0) continue;
    try {
      await replaceOrgPlan(ctx, {
        orgId,
        fy: year,
        plan: { title: plan.title, measures: plan.measures },
        units,
        actor: ctx.actor,
        now: ctx.now,
        expectedVersion: plan.version,
        replaced: plan,
        dueRules: after,
        savedDueRules: before,
        path: 'plan',
      });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      throw planNotSaved(year, error);
    }
    saved.push(year);
  }
  return saved;
}

/** Replace the org's own closure days (no reminder email goes out on them; docs/reminders.md). */
export async function setClosureDays(ctx: AdminContext, input: { orgId: string; days: PlainDate[] }) {
  const closureDays = [...new Set(input.days)].sort();
  const org = await ctx.orgs.updateOrg(input.orgId, (stored) => ({ ...stored, closureDays }), {
    actor: ctx.actor,
    now: ctx.now,
    action: 'org.closureDays',
    details: { days: closureDays.length },
  });
  if (!org) throw noSuchOrg(input.orgId);
  return closureDays;
}

/**
 * Who signs the org's documents (the plan document's announcement, the results report's
 * acknowledgement; docs/publishing.md): the chief executive's name and, when the org's name does not
 * imply it (chiefExecutivePosition) or differs (ปลัด… acting: "ปลัดเทศบาล ปฏิบัติหน้าที่นายกเทศมนตรี…"),
 * the position. An empty name clears it (the documents then print dotted lines). Returns what the
 * documents print: the name and the position (undefined: dotted lines).
 */
export async function setChiefExecutive(ctx: AdminContext, input: { orgId: string; name: string; position?: string }) {
  const name = input.name.trim();
  const position = input.position?.trim();
  const chief = name ? { name, ...(position ? { position } : {}) } : undefined;
  const org = await ctx.orgs.updateOrg(
    input.orgId,
    ({ chiefExecutive: _old, ...stored }) => (chief ? { ...stored, chiefExecutive: chief } : stored),
    {
      actor: ctx.actor,
      now: ctx.now,
      action: 'org.chiefExecutive',
      // the position, not the name: the name is on the org itself
      details: { set: chief !== undefined, position: position ?? (chief ? 'from the org name' : '') },
    },
  );
  if (!org) throw noSuchOrg(input.orgId);
  return { name: org.chiefExecutive?.name, position: org.chiefExecutive?.position ?? chiefExecutivePosition(org.name) };
}
