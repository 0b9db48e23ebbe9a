// "The coordinator keeps the org's units: adds, renames, records other spellings, deactivates."
import { randomBytes } from 'node:crypto';
import type { CreateUnitBody, UpdateUnitBody } from '../api/coordinator-schemas.js';
import { assertCanManagePeople, type Caller } from '../domain/access.js';
import { ConflictError, NotFoundError } from '../domain/errors.js';
import type { Unit } from '../domain/organisation.js';
import { isClaimTaken, isConditionFailure } from '../store/org-repository.js';
import type { DirectoryPorts } from './directory-ports.js';

export const unitView = (u: Unit) => ({
  unitId: u.unitId,
  name: u.name,
  aliases: u.aliases,
  active: u.active !== false,
});

/** Anyone in the org reads its units (the page names units everywhere). */
export async function listUnits(ports: DirectoryPorts, caller: Caller) {
  const units = await ports.orgs.listUnits(caller.orgId);
  return { items: units.map(unitView) };
}

const unitDetails = (u: Unit, changed: string[]) => ({
  name: u.name,
  aliases: u.aliases.join(' | '),
  active: u.active !== false,
  changed: changed.join(','),
});

/** 409 if the id is taken or an active unit already has the name (field `unitId` / `name`). */
export async function createUnit(ports: DirectoryPorts, caller: Caller, body: CreateUnitBody) {
  assertCanManagePeople(caller);
  const units = await ports.orgs.listUnits(caller.orgId);
  assertNameFree(units, body.name);
  const unit: Unit = {
    orgId: caller.orgId,
    unitId: body.unitId ?? `unit-${randomBytes(4).toString('hex')}`,
    name: body.name.trim(),
    aliases: body.aliases.map((a) => a.trim()),
    active: true,
  };
  try {
    await ports.orgs.putUnit(unit, write(ports, caller), {
      expect: 'new',
      action: 'unit.add',
      details: unitDetails(unit, ['name']),
    });
  } catch (error) {
    // the read above is only a fast path: two adds of one name at once meet at the name claim
    if (isClaimTaken(error) && !isConditionFailure(error)) throw nameTaken(unit.name);
    if (!isConditionFailure(error)) throw error;
    throw new ConflictError('มีรหัสหน่วยงานนี้แล้ว', 'a unit with this id exists', [
      { path: 'body.unitId', message_th: `มีหน่วยงานรหัส "${unit.unitId}" แล้ว`, message_en: 'this unit id is taken' },
    ]);
  }
  ports.forget?.({ orgId: caller.orgId });
  return unitView(unit);
}

export async function updateUnit(ports: DirectoryPorts, caller: Caller, unitId: string, body: UpdateUnitBody) {
  assertCanManagePeople(caller);
  const units = await ports.orgs.listUnits(caller.orgId);
  const current = units.find((u) => u.unitId === unitId);
  if (!current) throw new NotFoundError('ไม่พบหน่วยงานนี้', 'no such unit');
  const next: Unit = {
    ...current,
    ...(body.name !== undefined ? { name: body.name.trim() } : {}),
    ...(body.aliases !== undefined ? { aliases: body.aliases.map((a) => a.trim()) } : {}),
    ...(body.active !== undefined ? { active: body.active } : {}),
  };
  const renamed = next.name !== current.name;
  const reactivated = current.active === false && next.active !== false;
  // a reactivated unit takes its name back: refused if an active unit has it now
  if (next.active !== false && (renamed || reactivated)) {
    assertNameFree(
      units.filter((u) => u.unitId !== unitId),
      next.name,
    );
  }
  const changed = (['name', 'aliases', 'active'] as const).filter(
    (k) =>
      JSON.stringify(next[k] ?? (k === 'active' ? true : null)) !==
      JSON.stringify(current[k] ?? (k === 'active' ? true : null)),
  );
  if (changed.length === 0) return unitView(current);
  try {
    await ports.orgs.putUnit(next, write(ports, caller), {
      expect: 'existing',
      action: 'unit.update',
      details: unitDetails(next, changed),
      previous: current,
    });
  } catch (error) {
    if (!isClaimTaken(error) || isConditionFailure(error)) throw error;
    throw nameTaken(next.name);
  }
  ports.forget?.({ orgId: caller.orgId });
  return unitView(next);
}

function assertNameFree(units: Unit[], name: string) {
  const wanted = name.trim();
  if (units.some((u) => u.active !== false && (u.name === wanted || u.aliases.includes(wanted)))) {
    throw nameTaken(wanted);
  }
}

const nameTaken = (name: string) =>
  new ConflictError('มีหน่วยงานชื่อนี้แล้ว', 'a unit with this name exists', [
    { path: 'body.name', message_th: `มีหน่วยงานชื่อ "${name}" แล้ว`, message_en: 'this name is taken' },
  ]);

const write = (ports: DirectoryPorts, caller: Caller) => ({ actor: caller.personId, now: ports.clock() });
