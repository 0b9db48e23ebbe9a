// "The administrator sets up an org, its units and its people."
import { ConflictError, NotFoundError } from '../domain/errors.js';
import { MUNICIPAL_UNITS } from '../domain/municipal-units.js';
import type { Caller } from '../domain/access.js';
import type { Cadence, DueRule } from '../domain/due-rules.js';
import type { Role } from '../domain/organisation.js';
import type { PlainDate } from '../domain/plain-date.js';
import type { IdentityProvider } from '../identity/identity-provider.js';
import type { OrgRepository } from '../store/org-repository.js';
import { createPerson, updatePerson } from './manage-people.js';
import { assertDistinctNames, assertNamesFree } from './manage-units.js';

export interface AdminContext {
  orgs: OrgRepository;
  identity: IdentityProvider;
  actor: string;
  now: Date;
}

export async function createOrg(
  ctx: AdminContext,
  input: { orgId: string; name: string; withMunicipalUnits: boolean },
) {
  const orgs = ctx.orgs;
  if (await orgs.getOrg(input.orgId))
    throw new ConflictError(`มีองค์กร "${input.orgId}" แล้ว`, `org "${input.orgId}" already exists`);
  const w = { actor: ctx.actor, now: ctx.now };
  await orgs.putOrg({ orgId: input.orgId, name: input.name, dueRules: {}, createdAt: ctx.now.toISOString() }, w);
  if (input.withMunicipalUnits) {
    for (const u of MUNICIPAL_UNITS)
      await orgs.putUnit({ orgId: input.orgId, unitId: u.unitId, name: u.name, aliases: u.aliases }, w);
  }
}

export async function addUnit(
  ctx: AdminContext,
  input: { orgId: string; unitId: string; name: string; aliases: string[] },
) {
  await requireOrg(ctx, input.orgId);
  // the API's rule: no name or alias another active unit has (any letter case or width)
  assertDistinctNames(input);
  assertNamesFree(await ctx.orgs.listUnits(input.orgId), { ...input, active: true });
  // as POST /v1/units: it owes the periods from today on (the org's first units, create-org, owe all)
  await ctx.orgs.putUnit({ ...input, addedAt: ctx.now.toISOString() }, { actor: ctx.actor, now: ctx.now });
}

/** The CLI acts as an admin of the org: the API's own rules for people (manage-people.ts) apply. */
const asAdmin = (ctx: AdminContext, orgId: string) => ({
  ports: { orgs: ctx.orgs, identity: ctx.identity, clock: () => ctx.now },
  caller: { personId: ctx.actor, orgId, roles: ['admin'], headOfUnit: false } satisfies Caller,
});

/**
 * `npm run admin -- add-person`: createPerson as an admin. 409 if the email is already someone's in
 * the org (active or not: reactivate-person brings an inactive one back), 400 for an unknown or
 * inactive unit, 404 for an unknown org. Returns the person as the API shows them.
 */
export async function addPerson(
  ctx: AdminContext,
  input: { orgId: string; email: string; name: string; roles: Role[]; unitId?: string; headOfUnit: boolean },
) {
  await requireOrg(ctx, input.orgId);
  const { orgId, ...body } = input;
  const { ports, caller } = asAdmin(ctx, orgId);
  return createPerson(ports, caller, body);
}

/**
 * `remove-person` / `reactivate-person`: updatePerson `{active}` as an admin. People are never deleted
 * (the audit trail names them). 404 for an email not in the org; 409 for the org's last active
 * coordinator. The sign-in is disabled only if no other org has the person active.
 */
export async function setPersonActive(ctx: AdminContext, input: { orgId: string; email: string; active: boolean }) {
  await requireOrg(ctx, input.orgId);
  const email = input.email.trim().toLowerCase();
  const person = (await ctx.orgs.findByEmail(email)).find((p) => p.orgId === input.orgId);
  if (!person) throw new NotFoundError('ไม่พบผู้ใช้งานอีเมลนี้ในองค์กร', 'no person with this email in this organisation');
  const { ports, caller } = asAdmin(ctx, input.orgId);
  return updatePerson(ports, caller, person.personId, { active: input.active });
}

async function requireOrg(ctx: AdminContext, orgId: string) {
  const org = await ctx.orgs.getOrg(orgId);
  if (!org) throw new NotFoundError(`ไม่พบองค์กร "${orgId}"`, `no organisation "${orgId}"`);
  return org;
}

/**
 * Set (or, with rule `default`, remove) the org's due rule for one cadence (docs/domain.md): the
 * reminders, statuses and documents follow it from the next read. Returns the org's rules.
 */
export async function setDueRule(ctx: AdminContext, input: { orgId: string; cadence: Cadence; rule: DueRule }) {
  const org = await requireOrg(ctx, input.orgId);
  const dueRules = { ...org.dueRules };
  if (input.rule.kind === 'default') delete dueRules[input.cadence];
  else dueRules[input.cadence] = input.rule;
  await ctx.orgs.putOrg({ ...org, dueRules }, { actor: ctx.actor, now: ctx.now });
  return dueRules;
}

/** Replace the org's own closure days (no reminder email goes out on them; docs/reminders.md). */
export async function setClosureDays(ctx: AdminContext, input: { orgId: string; days: PlainDate[] }) {
  const org = await requireOrg(ctx, input.orgId);
  const closureDays = [...new Set(input.days)].sort();
  await ctx.orgs.putOrg({ ...org, closureDays }, { actor: ctx.actor, now: ctx.now });
  return closureDays;
}
