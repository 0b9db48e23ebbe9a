// "The administrator sets up an org, its units and its people."
import { ConflictError, NotFoundError } from '../domain/errors.js';
import { MUNICIPAL_UNITS } from '../domain/municipal-units.js';
import type { Caller } from '../domain/access.js';
import type { Cadence, DueRule } from '../domain/due-rules.js';
import type { Role } from '../domain/organisation.js';
import type { PlainDate } from '../domain/plain-date.js';
import type { IdentityProvider } from '../identity/identity-provider.js';
import type { CalendarFeedRepository } from '../store/calendar-feed-repository.js';
import { isConditionFailure, type OrgRepository } from '../store/org-repository.js';
import { createPerson, updatePerson } from './manage-people.js';
import { createUnit } from './manage-units.js';
import { type InvitationPorts, resendInvitation } from './person-invitation.js';

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
 * `npm run admin -- create-org`: the org, and with `withMunicipalUnits` the five usual units (they
 * owe the whole year). 409 if the org id exists, also when two creates of one id race (the org is
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
  if (input.withMunicipalUnits) {
    for (const u of MUNICIPAL_UNITS)
      await orgs.putUnit({ orgId: input.orgId, unitId: u.unitId, name: u.name, aliases: u.aliases }, w, {
        expect: 'new',
      });
  }
}

/**
 * `npm run admin -- add-unit`: createUnit (POST /v1/units) as an admin, so the API's rules apply:
 * 409 if the unit id exists (active or not: the unit, its obligations and reports stay as they
 * are), 409 for a name or alias an active unit has, 400 for a repeated alias; 404 for an unknown
 * org. The unit owes the periods from today on. Returns the unit as the API shows it.
 */
export async function addUnit(
  ctx: AdminContext,
  input: { orgId: string; unitId: string; name: string; aliases: string[] },
) {
  await requireOrg(ctx, input.orgId);
  const { orgId, ...body } = input;
  const { ports, caller } = asAdmin(ctx, orgId);
  return createUnit(ports, caller, body);
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
  input: { orgId: string; email: string; name: string; roles: Role[]; unitId?: string | null; headOfUnit: boolean },
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

const noSuchOrg = (orgId: string) => new NotFoundError(`ไม่พบองค์กร "${orgId}"`, `no organisation "${orgId}"`);

async function requireOrg(ctx: AdminContext, orgId: string) {
  const org = await ctx.orgs.getOrg(orgId);
  if (!org) throw noSuchOrg(orgId);
  return org;
}

/**
 * Set (or, with rule `default`, remove) the org's due rule for one cadence (docs/domain.md): the
 * reminders, statuses and documents follow it from the next read. Returns the org's rules.
 */
export async function setDueRule(ctx: AdminContext, input: { orgId: string; cadence: Cadence; rule: DueRule }) {
  const org = await ctx.orgs.updateOrg(
    input.orgId,
    (stored) => {
      const dueRules = { ...stored.dueRules };
      if (input.rule.kind === 'default') delete dueRules[input.cadence];
      else dueRules[input.cadence] = input.rule;
      return { ...stored, dueRules };
    },
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
