// "The administrator sets up an org, its units and its people."
import { ConflictError, NotFoundError } from '../domain/errors.js';
import { MUNICIPAL_UNITS } from '../domain/municipal-units.js';
import type { Cadence, DueRule } from '../domain/due-rules.js';
import type { Person, Role } from '../domain/organisation.js';
import type { PlainDate } from '../domain/plain-date.js';
import type { IdentityProvider } from '../identity/identity-provider.js';
import type { OrgRepository } from '../store/org-repository.js';
import { assertNamesFree } from './manage-units.js';
import { existingSubject, syncSignIn } from './sign-in-access.js';

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
    throw new ConflictError(`มีหน่วยงาน "${input.orgId}" แล้ว`, `org "${input.orgId}" already exists`);
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
  assertNamesFree(await ctx.orgs.listUnits(input.orgId), { ...input, active: true });
  await ctx.orgs.putUnit(input, { actor: ctx.actor, now: ctx.now });
}

export async function addPerson(
  ctx: AdminContext,
  input: { orgId: string; email: string; name: string; roles: Role[]; unitId?: string; headOfUnit: boolean },
): Promise<Person> {
  await requireOrg(ctx, input.orgId);
  const orgs = ctx.orgs;
  if (input.unitId && !(await orgs.listUnits(input.orgId)).some((u) => u.unitId === input.unitId)) {
    throw new NotFoundError(`ไม่มีหน่วยงานย่อย "${input.unitId}"`, `no unit "${input.unitId}" in "${input.orgId}"`);
  }
  const existing = (await orgs.findByEmail(input.email)).find((p) => p.orgId === input.orgId);
  const personId =
    existing?.personId ?? (await existingSubject(orgs, input.email)) ?? (await ctx.identity.createUser(input.email));
  const person: Person = {
    orgId: input.orgId,
    personId,
    email: input.email,
    name: input.name,
    roles: input.roles,
    headOfUnit: input.headOfUnit,
    active: true,
    ...(input.unitId ? { unitId: input.unitId } : {}),
  };
  await orgs.putPerson(person, { actor: ctx.actor, now: ctx.now });
  await syncSignIn(orgs, ctx.identity, person);
  return person;
}

/**
 * People are never deleted (the audit trail names them); they are made inactive here, and lose
 * their sign-in only if no other org has them active.
 */
export async function removePerson(ctx: AdminContext, input: { orgId: string; email: string }) {
  const orgs = ctx.orgs;
  const person = (await orgs.findByEmail(input.email)).find((p) => p.orgId === input.orgId);
  if (!person) throw new NotFoundError('ไม่พบบุคคลนี้ในหน่วยงาน', 'no such person in this org');
  const inactive = { ...person, active: false };
  await orgs.putPerson(inactive, { actor: ctx.actor, now: ctx.now });
  await syncSignIn(orgs, ctx.identity, inactive);
}

async function requireOrg(ctx: AdminContext, orgId: string) {
  const org = await ctx.orgs.getOrg(orgId);
  if (!org) throw new NotFoundError(`ไม่พบหน่วยงาน "${orgId}"`, `no organisation "${orgId}"`);
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
