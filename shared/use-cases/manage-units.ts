// "The coordinator keeps the org's units: adds, renames, records other spellings, deactivates."
import { randomBytes } from 'node:crypto';
import type { CreateUnitBody, UpdateUnitBody } from '../api/coordinator-schemas.js';
import { assertCanManagePeople, assertCanReadUnits, type Caller } from '../domain/access.js';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors.js';
import { leftWithoutUnit } from '../domain/active-units.js';
import { FIELD_LABELS, planPlace } from '../domain/field-labels.js';
import { fiscalYearOf } from '../domain/fiscal-calendar.js';
import type { Unit } from '../domain/organisation.js';
import { bangkokDate } from '../domain/plain-date.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { unitNameKey } from '../store/keys.js';
import { isClaimTaken, isConditionFailure, isMembershipChanged, unitNameHolders } from '../store/org-repository.js';
import type { DirectoryPorts } from './directory-ports.js';
import { retriedOnChange } from './retried-on-change.js';

/** What adding and changing units use (the admin CLI gives these too): adding asks the plans whether the org has one yet. */
export type UnitPorts = Pick<DirectoryPorts, 'orgs' | 'clock' | 'forget' | 'plans'>;
/** What changing a unit uses: also the plans, to refuse leaving a measure with nobody (S16-7). */
export type UnitUpdatePorts = UnitPorts;

/** The fiscal years looked at for an org's plans when a unit is added: these before the running one, and the next. */
const PLAN_YEARS_BEFORE = 10;

export const unitView = (u: Unit) => ({
  unitId: u.unitId,
  name: u.name,
  aliases: u.aliases,
  active: u.active !== false,
});

/** The org's units, for admins, coordinators and executives (403 for staff: canReadUnits). */
export async function listUnits(ports: DirectoryPorts, caller: Caller) {
  assertCanReadUnits(caller);
  const units = await ports.orgs.listUnits(caller.orgId);
  return { items: units.map(unitView) };
}

/**
 * The audit entry's details: the unit as it is now, what changed, and for a changed name or aliases
 * what they were (`previousName`, `previousAliases`), so the history says "from what to what".
 */
const unitDetails = (u: Unit, changed: string[], previous?: Unit) => ({
  name: u.name,
  aliases: u.aliases.join(' | '),
  active: u.active !== false,
  changed: changed.join(','),
  ...(previous && changed.includes('name') ? { previousName: previous.name } : {}),
  ...(previous && changed.includes('aliases') ? { previousAliases: previous.aliases.join(' | ') } : {}),
});

/**
 * Adds an active unit, owing the year's periods that end from today on (unit-lifetime.ts), unless
 * the org has no saved plan of any year yet (the running one, the next, or the 10 before): then it is
 * one of the org's first units, as create-org's are, and owes every year's whole plan (tester s43b
 * F8: an อบต. that adds its own units, then imports last year's plan to publish its results, had a
 * year of no obligations, unwarned). 409 if the id is taken (field `unitId`), or if its name or an alias is, as
 * the plan importer reads names (unitNameKey), another active unit's name or alias (field `name` or
 * `aliases.N`, naming that unit): an alias must not take another unit's place in plan imports.
 */
export async function createUnit(ports: UnitPorts, caller: Caller, body: CreateUnitBody) {
  assertCanManagePeople(caller);
  const now = ports.clock();
  const fy = fiscalYearOf(bangkokDate(now));
  const years = Array.from({ length: PLAN_YEARS_BEFORE + 2 }, (_, i) => fy + 1 - i);
  const [units, planned] = await Promise.all([
    ports.orgs.listUnits(caller.orgId),
    ports.plans.fiscalYearsWithPlans(caller.orgId, years),
  ]);
  const unit: Unit = {
    orgId: caller.orgId,
    unitId: body.unitId ?? `unit-${randomBytes(4).toString('hex')}`,
    name: body.name.trim(),
    aliases: body.aliases.map((a) => a.trim()),
    active: true,
    // once the org has a plan, it owes the periods from today on (unit-lifetime.ts)
    ...(planned.length > 0 ? { addedAt: now.toISOString() } : {}),
  };
  assertDistinctNames(unit);
  assertNamesFree(units, unit);
  try {
    await ports.orgs.putUnit(unit, write(ports, caller), {
      expect: 'new',
      action: 'unit.add',
      details: unitDetails(unit, ['name']),
    });
  } catch (error) {
    // the read above is only a fast path: two adds of one name at once meet at the name claims
    if (isClaimTaken(error) && !isConditionFailure(error)) throw await claimTaken(ports, unit, error);
    if (!isConditionFailure(error)) throw error;
    throw new ConflictError('มีรหัสหน่วยงานนี้แล้ว', 'a unit with this id exists', [
      { path: 'body.unitId', message_th: `มีหน่วยงานรหัส "${unit.unitId}" แล้ว`, message_en: 'this unit id is taken' },
    ]);
  }
  ports.forget?.({ orgId: caller.orgId });
  return unitView(unit);
}

/**
 * Renames, sets aliases, deactivates or reactivates a unit (PUT /v1/units/{unitId}); deactivating
 * records when (its unreported obligations leave the year from that day), reactivating brings them
 * back (unit-lifetime.ts). 404 for an
 * unknown unit; 409 for a name or alias another active unit has (as createUnit); 409 (field `active`)
 * when deactivating a unit that still has active people, saying how many: they would be left
 * reporting for a unit nobody can choose (move or deactivate them first); 409 (field `active`) when
 * deactivating the only active unit of a measure or follow-up in this or next fiscal year's plan,
 * naming them (assertPlansKeepAUnit).
 */
export async function updateUnit(ports: UnitUpdatePorts, caller: Caller, unitId: string, body: UpdateUnitBody) {
  assertCanManagePeople(caller);
  // written by someone else between our read and write (the unit's revision moved): the body is
  // applied again to the unit as it is then, up to 3 reads, then 409 (break s60-E: two renames at
  // once left the losing name claimed by nobody, for good)
  return retriedOnChange((attempt) => updateUnitOnce(ports, caller, unitId, body, attempt > 1), isConditionFailure, {
    th: 'หน่วยงานนี้',
    en: 'this unit',
  });
}

/** One read and write of updateUnit; `again`: a retry, which reads the unit consistently. */
async function updateUnitOnce(
  ports: UnitUpdatePorts,
  caller: Caller,
  unitId: string,
  body: UpdateUnitBody,
  again: boolean,
) {
  const [listed, fresh] = await Promise.all([
    ports.orgs.listUnits(caller.orgId),
    again ? ports.orgs.getUnit(caller.orgId, unitId) : undefined,
  ]);
  const units = fresh ? listed.map((u) => (u.unitId === unitId ? fresh : u)) : listed;
  const current = units.find((u) => u.unitId === unitId);
  if (!current) throw new NotFoundError('ไม่พบหน่วยงานนี้', 'no such unit');
  const next: Unit = {
    ...current,
    ...(body.name !== undefined ? { name: body.name.trim() } : {}),
    ...(body.aliases !== undefined ? { aliases: body.aliases.map((a) => a.trim()) } : {}),
    ...(body.active !== undefined ? { active: body.active } : {}),
  };
  // renamed to one of its aliases, aliases not sent: the old name takes that alias's place (tester s51)
  if (body.aliases === undefined) {
    const key = unitNameKey(next.name);
    next.aliases = next.aliases.map((a) => (unitNameKey(a) === key ? current.name : a));
  }
  // from the day it is deactivated its unreported obligations leave the year (unit-lifetime.ts)
  if (current.active !== false && next.active === false) next.deactivatedAt = ports.clock().toISOString();
  if (next.active !== false) delete next.deactivatedAt;
  if (body.name !== undefined || body.aliases !== undefined) assertDistinctNames(next);
  const changed = (['name', 'aliases', 'active'] as const).filter(
    (k) =>
      JSON.stringify(next[k] ?? (k === 'active' ? true : null)) !==
      JSON.stringify(current[k] ?? (k === 'active' ? true : null)),
  );
  if (changed.length === 0) return unitView(current);
  const deactivating = current.active !== false && next.active === false;
  const peopleUnchangedSince = deactivating ? await assertNoActivePeople(ports, current) : undefined;
  if (deactivating) await assertPlansKeepAUnit(ports, units, current);
  // a reactivated unit takes its names back: refused if an active unit has one now
  assertNamesFree(units, next);
  try {
    await ports.orgs.putUnit(next, write(ports, caller), {
      expect: 'existing',
      action: 'unit.update',
      details: unitDetails(next, changed, current),
      previous: current,
      ...(peopleUnchangedSince !== undefined ? { peopleUnchangedSince } : {}),
    });
  } catch (error) {
    // someone joined the unit after the count: count again (409 with the number)
    if (isMembershipChanged(error)) {
      await assertNoActivePeople(ports, current);
      throw joinedMeanwhile();
    }
    if (!isClaimTaken(error) || isConditionFailure(error)) throw error;
    throw await claimTaken(ports, next, error);
  }
  ports.forget?.({ orgId: caller.orgId });
  return unitView(next);
}

/**
 * Resolves to the membership revision when the unit has no active people, nobody acts as its head
 * and nobody of another unit is its staff as well; else one 409 naming them all (field `body.active`
 * once for each of these groups, with what to do: at most PEOPLE_NAMED names, then "และอีก N คน").
 */
async function assertNoActivePeople(ports: UnitPorts, unit: Unit): Promise<number> {
  const { revision, ...groups } = await ports.orgs.activePeopleIn(unit.orgId, unit.unitId);
  const fields = (['members', 'actingHeadOf', 'alsoStaffOf'] as const).flatMap((group) => {
    const n = groups[group].length;
    if (n === 0) return [];
    const names = groups[group].map((p) => p.name).sort((a, b) => a.localeCompare(b, 'th'));
    const more = n - PEOPLE_NAMED;
    const [th, en] = [names.slice(0, PEOPLE_NAMED).join(', '), ` (${names.slice(0, PEOPLE_NAMED).join(', ')}`];
    const [thN, named] = [
      `${toThaiDigits(n)} คน: ${th}${more > 0 ? ` และอีก ${toThaiDigits(more)} คน` : ''} กรุณา`,
      `${en}${more > 0 ? ` and ${more} more` : ''})`,
    ];
    const label = FIELD_LABELS[group];
    const [message_th, message_en] = label
      ? [
          `${group === 'actingHeadOf' ? `ผู้${label.th}นี้` : 'เจ้าหน้าที่หน่วยงานอื่นที่ปฏิบัติงานในหน่วยงานนี้ด้วย'} ${thN}เอาหน่วยงานนี้ออกจาก "${label.th}" ของผู้ใช้งานดังกล่าวก่อน`,
          `${n} ${n === 1 ? 'person is' : 'people are'} ${label.en} this unit${named}: take it off their "${label.en}" first`,
        ]
      : [
          `ผู้ใช้งานที่ใช้งานอยู่ในหน่วยงานนี้ ${thN}ย้ายไปหน่วยงานอื่นหรือปิดการใช้งานก่อน`,
          `${n} active ${n === 1 ? 'person belongs' : 'people belong'} to this unit${named}: move them to another unit or deactivate them first`,
        ];
    return [{ path: 'body.active', message_th, message_en }];
  });
  if (fields.length === 0) return revision;
  const count = new Set(Object.values(groups).flatMap((g) => g.map((p) => p.personId))).size;
  throw new ConflictError(
    `หน่วยงาน "${unit.name}" ยังมีผู้ใช้งานที่ใช้งานอยู่ ${toThaiDigits(count)} คน`,
    `the unit "${unit.name}" still has ${count} active ${count === 1 ? 'person' : 'people'}`,
    fields,
  );
}

/** At most this many people of each group are named in a close refusal. */
const PEOPLE_NAMED = 5;

/** At most this many measures are named in the refusal (then "and N more"). */
const NAMED_AT_MOST = 10;

/**
 * 409 (field `body.active`) when deactivating `unit` would leave a measure, or a follow-up with its
 * own units, of this or next fiscal year's plan with no active unit to report on it (review 17 s16,
 * S16-7): a state the plan save refuses. Reads the two plans by key (no Scan); past years' plans
 * keep their reports as they are.
 */
async function assertPlansKeepAUnit(ports: UnitUpdatePorts, units: readonly Unit[], unit: Unit): Promise<void> {
  const fy = fiscalYearOf(bangkokDate(ports.clock()));
  const years = [fy, fy + 1];
  const plans = await Promise.all(years.map((y) => ports.plans.getPlan(unit.orgId, y)));
  const left = years.flatMap((year, i) => {
    const plan = plans[i];
    if (!plan) return [];
    return leftWithoutUnit(plan, units, unit.unitId).map((l) => ({
      year,
      place: planPlace(
        ['measures', l.measureIndex, ...(l.followUpIndex !== undefined ? ['followUps', l.followUpIndex] : [])],
        plan,
      )!,
      measureId: l.measureId,
      followUp: l.followUpIndex !== undefined,
    }));
  });
  if (left.length === 0) return;
  const named = left.slice(0, NAMED_AT_MOST);
  const more = left.length - named.length;
  const th = named.map((l) => `ปีงบประมาณ ${toThaiDigits(l.year)} ${l.place.th}`).join(', ');
  const en = named.map((l) => `fiscal year ${l.year} ${l.place.en}`).join('; ');
  // a measure moves to another unit; a follow-up with its own units gets others chosen (re-check s47)
  const ids = [...new Set(left.filter((l) => !l.followUp).map((l) => l.measureId))].join(', ');
  const followUps = left.some((l) => l.followUp);
  const todo = {
    th: [
      ...(ids ? [`ย้ายมาตรการ ${ids} ไปหน่วยงานอื่น`] : []),
      ...(followUps ? ['เลือกหน่วยงานอื่นให้การติดตามผลดังกล่าว'] : []),
    ].join(' และ'),
    en: [
      ...(ids ? [`move measure ${ids} to another unit`] : []),
      ...(followUps ? ['choose other units for those follow-ups'] : []),
    ].join(' and '),
  };
  const moreTh = more > 0 ? ` และอีก ${toThaiDigits(more)} รายการ` : '';
  const moreEn = more > 0 ? ` and ${more} more` : '';
  throw new ConflictError(
    `หน่วยงาน "${unit.name}" เป็นหน่วยงานเดียวที่ใช้งานอยู่ซึ่งรายงานผลมาตรการในแผนปีนี้หรือปีหน้า`,
    `the unit "${unit.name}" is the only active unit reporting on measures of this or next year's plan`,
    [
      {
        path: 'body.active',
        message_th: `ยังปิดการใช้งานหน่วยงานนี้ไม่ได้ เพราะจะไม่มีหน่วยงานใดรายงานผล ${th}${moreTh} กรุณา${todo.th}ก่อน (ในหน้าแผนมาตรการ)`,
        message_en: `this unit cannot be deactivated yet: no unit would report on ${en}${moreEn}; ${todo.en} first (on the plan page)`,
      },
    ],
  );
}

const joinedMeanwhile = () => {
  const [th, en] = ['มีผู้ใช้งานเข้าหน่วยงานนี้ระหว่างปิดการใช้งาน กรุณาลองอีกครั้ง', 'someone joined the unit meanwhile; try again'];
  return new ConflictError(th, en, [{ path: 'body.active', message_th: th, message_en: en }]);
};

/** Where a unit's names are in the body: `name`, then `aliases.N`. */
const namesOf = (unit: Unit) => [
  { text: unit.name, path: 'body.name' },
  ...unit.aliases.map((text, i) => ({ text, path: `body.aliases.${i}` })),
];

/**
 * 400 (fields `body.aliases.N`) for an alias that is the unit's own name or an earlier alias, as
 * plan imports read names (unitNameKey: any letter case, width or spacing): an alias is another
 * spelling, so a repeat is a slip to point at, not to keep. Also `npm run admin -- add-unit`.
 */
export function assertDistinctNames(unit: Pick<Unit, 'name' | 'aliases'>) {
  const first = new Map<string, number>([[unitNameKey(unit.name), -1]]);
  const fields = unit.aliases.flatMap((alias, i) => {
    const key = unitNameKey(alias);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, i);
      return [];
    }
    return [
      earlier < 0
        ? {
            path: `body.aliases.${i}`,
            message_th: `ชื่ออื่น "${alias}" ซ้ำกับชื่อหน่วยงาน กรุณาลบออก`,
            message_en: `the alias "${alias}" is the unit's own name; remove it`,
          }
        : {
            path: `body.aliases.${i}`,
            message_th: `ชื่ออื่น "${alias}" ซ้ำกับชื่ออื่นลำดับที่ ${toThaiDigits(earlier + 1)} กรุณาลบออก`,
            message_en: `the alias "${alias}" repeats alias ${earlier + 1}; remove it`,
          },
    ];
  });
  if (fields.length > 0) {
    throw new ValidationError('ชื่ออื่นของหน่วยงานซ้ำกัน กรุณาตรวจสอบช่องที่ระบุ', 'an alias is repeated; see the fields', fields);
  }
}

/**
 * 409 (ConflictError, fields `body.name` / `body.aliases.N` naming the other unit) if an active
 * unit's name or alias has the same unitNameKey as one of `unit`'s (when active). Also `npm run admin`.
 */
export function assertNamesFree(units: Unit[], unit: Unit) {
  if (unit.active === false) return;
  const holders = new Map<string, { other: Unit; isName: boolean }>();
  for (const other of units) {
    if (other.unitId === unit.unitId || other.active === false) continue;
    for (const [i, name] of [other.name, ...other.aliases].entries()) {
      const key = unitNameKey(name);
      if (!holders.has(key)) holders.set(key, { other, isName: i === 0 });
    }
  }
  const clashes = namesOf(unit).flatMap(({ text, path }) => {
    const held = holders.get(unitNameKey(text));
    return held ? [clash(text, path, held.other, held.isName)] : [];
  });
  if (clashes.length > 0) throw namesTaken(clashes);
}

function clash(text: string, path: string, other: Unit, isName: boolean) {
  return isName
    ? {
        path,
        message_th: `มีหน่วยงานชื่อ "${other.name}" แล้ว`,
        message_en: `"${text}" is the name of the unit "${other.name}" (${other.unitId})`,
      }
    : {
        path,
        message_th: `มีหน่วยงานชื่อ "${text}" แล้ว (ชื่ออื่นของหน่วยงาน "${other.name}")`,
        message_en: `"${text}" is an alias of the unit "${other.name}" (${other.unitId})`,
      };
}

const namesTaken = (fields: ReturnType<typeof clash>[]) =>
  new ConflictError(
    'ชื่อหรือชื่ออื่นซ้ำกับหน่วยงานที่ใช้งานอยู่ (การนำเข้าแผนจะแยกหน่วยงานไม่ได้)',
    'a name or alias is taken by another active unit (plan imports could not tell them apart)',
    fields,
  );

/** A write refused at the name claims (a concurrent add or rename): the conflicts as they are now. */
async function claimTaken(ports: UnitPorts, unit: Unit, error: unknown): Promise<ConflictError> {
  const units = await ports.orgs.listUnits(unit.orgId);
  try {
    assertNamesFree(units, unit);
  } catch (conflict) {
    if (conflict instanceof ConflictError) return conflict;
    throw conflict;
  }
  const holder = unitNameHolders(error)[0];
  const other = units.find((u) => u.unitId === holder?.unitId);
  return namesTaken([
    {
      path: 'body.name',
      message_th: `ชื่อนี้ถูกใช้โดยหน่วยงาน "${other?.name ?? holder?.unitId ?? ''}" กรุณาลองใหม่`,
      message_en: `a name is held by the unit "${other?.name ?? holder?.unitId ?? ''}"; try again`,
    },
  ]);
}

const write = (ports: UnitPorts, caller: Caller) => ({
  actor: caller.personId,
  actorName: caller.name,
  now: ports.clock(),
});
