// "The coordinator adds a new staff member, moves someone to another unit, removes someone who left."
// People are never deleted (the audit trail names them): they are deactivated and reactivated.
import { createHash } from 'node:crypto';
import type { CreatePersonBody, UpdatePersonBody } from '../api/coordinator-schemas.js';
import {
  type AdminChange,
  assertCanChangeAdmin,
  assertCanEditPerson,
  assertCanManagePeople,
  type Caller,
  type PersonField,
} from '../domain/access.js';
import { ConflictError, fieldsInvalid, personNotFound, PreconditionFailedError } from '../domain/errors.js';
import type { Person, Role, Unit } from '../domain/organisation.js';
import {
  closedUnitIds,
  isConditionFailure,
  isEmailTaken,
  isGuardFailed,
  isPersonChanged,
  isUnitClosed,
} from '../store/org-repository.js';
import type { DirectoryPorts } from './directory-ports.js';
import { retriedOnChange } from './retried-on-change.js';
import { accessEndedMeanwhile, newInvitationSignIn, sendInvitation } from './person-invitation.js';
import { syncSignInAfterWrite } from './sign-in-access.js';
import { bangkokDate } from '../domain/plain-date.js';
import { FIELD_LABELS } from '../domain/field-labels.js';
import { actingHeadDays, joinsUnitStaff } from '../domain/unit-backlog.js';
import { CLOSED_UNIT_WORDS, noSuchUnit } from '../domain/active-units.js';

/** What adding and changing people use (the admin CLI gives these too). */
export type PeoplePorts = Pick<DirectoryPorts, 'orgs' | 'identity' | 'feeds' | 'clock' | 'forget' | 'invitations'>;

/**
 * The person's entity tag (RFC 9110 §8.8.3), quoted: a hash of what a coordinator edits on the
 * person page (name, roles, unit, head of unit, acting appointments, active). Not the undeliverable
 * mark or the revision: a bounce changes those, and an edit made meanwhile is still the coordinator's.
 */
export const personEtag = (p: Person) =>
  `"${createHash('sha256')
    .update(
      // the other units only when there are any: etags from before the list stay the same
      JSON.stringify([
        p.name,
        p.roles,
        p.unitId ?? null,
        p.headOfUnit,
        p.actingHeadOf ?? [],
        p.active,
        ...(p.alsoStaffOf?.length ? [p.alsoStaffOf] : []),
      ]),
    )
    .digest('base64url')
    .slice(0, 22)}"`;

/** If-Match (RFC 9110 §13.1.1): `*`, or one of its strong entity tags is the person's (weak ones never match). */
const ifMatches = (ifMatch: string, etag: string) =>
  ifMatch.trim() === '*' || ifMatch.split(',').some((tag) => tag.trim() === etag);

export const personView = (p: Person) => ({
  personId: p.personId,
  email: p.email,
  name: p.name,
  roles: p.roles,
  unitId: p.unitId ?? null,
  headOfUnit: p.headOfUnit,
  actingHeadOf: p.actingHeadOf ?? [],
  alsoStaffOf: p.alsoStaffOf ?? [],
  active: p.active,
  ...(p.undeliverable ? { undeliverable: p.undeliverable } : {}),
  etag: personEtag(p),
});

export async function listPeople(ports: DirectoryPorts, caller: Caller) {
  assertCanManagePeople(caller);
  const people = await ports.orgs.listPeople(caller.orgId);
  return { items: people.map(personView).sort((a, b) => a.name.localeCompare(b.name, 'th')) };
}

/**
 * The audit entry's details: the person as they are now, what changed, and for a changed name,
 * roles or unit what it was (`previousName`, `previousRoles`, `previousUnitId`: '' for no unit),
 * so the history says "from what to what" (audit-summary.ts). Units also by the name they have
 * now (`unitName`, `previousUnitName`), so renaming a unit later does not rewrite the entry (break 18 F11).
 */
const personDetails = (p: Person, changed: string[], units: Unit[], previous?: Person) => {
  const nameOf = (unitId: string | undefined) => units.find((u) => u.unitId === unitId)?.name;
  const unitName = nameOf(p.unitId);
  const previousUnitName = previous && changed.includes('unitId') ? nameOf(previous.unitId) : undefined;
  // the other units (acting appointments, staff as well) by the names units have now, so the history
  // reads as it was: `actingHeadOf`, `previousActingHeadOf`, `alsoStaffOf`, `previousAlsoStaffOf`
  const lists: Record<string, string> = {};
  for (const field of UNIT_LISTS) {
    const named = (q: Person | undefined) => (q?.[field] ?? []).map((u) => nameOf(u) ?? u).join(' | ');
    if (p[field]?.length) lists[field] = named(p);
    if (previous && changed.includes(field))
      lists[`previous${field[0]!.toUpperCase()}${field.slice(1)}`] = named(previous);
  }
  return {
    name: p.name,
    roles: p.roles.join(','),
    unitId: p.unitId ?? '',
    ...(unitName ? { unitName } : {}),
    headOfUnit: p.headOfUnit,
    ...lists,
    active: p.active,
    changed: changed.join(','),
    ...(previous && changed.includes('name') ? { previousName: previous.name } : {}),
    ...(previous && changed.includes('roles') ? { previousRoles: previous.roles.join(',') } : {}),
    ...(previous && changed.includes('unitId') ? { previousUnitId: previous.unitId ?? '' } : {}),
    ...(previousUnitName ? { previousUnitName } : {}),
  };
};

/**
 * Adds a person and their sign-in, and emails a new sign-in the Thai invitation naming the org and
 * the page (person-invitation.ts; 503 InvitationNotSentError, saved, if that email fails). An email
 * already signed in for another org keeps its one sign-in and gets no email (`invited: false`). 403 if a coordinator grants admin; 400 for an unknown or
 * inactive unit; 409 if the email is already someone's in this org (a conditional write of the
 * email claim, keys.personEmail, so also when two adds race). Nothing is written on refusal.
 * 503 SignInNotSyncedError if the person was saved but the sign-in could not be enabled.
 */
export async function createPerson(ports: PeoplePorts, caller: Caller, body: CreatePersonBody) {
  assertCanManagePeople(caller);
  assertCanChangeAdmin(caller, body.roles.includes('admin') ? ['grant'] : []);
  const email = body.email.trim().toLowerCase();
  const [units, sameEmail, claimed] = await Promise.all([
    ports.orgs.listUnits(caller.orgId),
    ports.orgs.findByEmail(email),
    ports.orgs.emailClaimed(caller.orgId, email),
  ]);
  const unitId = body.unitId ?? undefined;
  assertPlacement(units, body.roles, unitId, body.headOfUnit);
  const actingHeadOf = body.actingHeadOf ?? [];
  const alsoStaffOf = body.alsoStaffOf ?? [];
  assertUnitLists(units, { unitId, roles: body.roles, actingHeadOf, alsoStaffOf });
  // the claim is read consistently (the email index may lag a person added a moment ago)
  if (claimed || sameEmail.some((p) => p.orgId === caller.orgId)) throw duplicateEmail();
  // every check the caller can fail is above: only now may a sign-in be created
  const linked = sameEmail[0]?.personId;
  // with our own invitation (the API, the admin CLI), the password is ours to email (none locally);
  // else Cognito emails its own
  const invitation = ports.invitations && !linked ? newInvitationSignIn(ports.identity) : undefined;
  const signIn = linked
    ? { subject: linked, created: false }
    : await ports.identity.createUser(
        email,
        invitation?.kind === 'password' ? invitation.temporaryPassword : undefined,
      );
  const personId = signIn.subject;
  const person: Person = {
    orgId: caller.orgId,
    personId,
    email,
    name: body.name.trim(),
    roles: body.roles,
    headOfUnit: body.headOfUnit,
    active: true,
    ...(unitId ? { unitId } : {}),
    ...(actingHeadOf.length ? { actingHeadOf } : {}),
    ...(alsoStaffOf.length ? { alsoStaffOf } : {}),
  };
  // the daily pass tells a newcomer once of the unit's overdue backlog (unit-backlog.ts)
  if (joinsUnitStaff(undefined, person)) person.joinedUnitOn = bangkokDate(ports.clock());
  // an acting head likewise, of each unit they act for (actingHeadBacklog)
  const since = actingHeadDays(undefined, person, bangkokDate(ports.clock()));
  if (since) person.actingHeadSince = since;
  try {
    await ports.orgs.putPerson(person, write(ports, caller), {
      expect: 'new',
      action: 'person.add',
      details: personDetails(
        person,
        ['roles', 'unitId', ...UNIT_LISTS.filter((field) => person[field]), 'active'],
        units,
      ),
    });
  } catch (error) {
    const taken = isConditionFailure(error) || isEmailTaken(error);
    // a sign-in made for this add goes again, unless the email is someone's now (a concurrent add
    // of it, here or in another org, linked to the sign-in just made)
    if (signIn.created && !taken) await dropSignIn(ports, email);
    if (isUnitClosed(error)) throw closedAtWrite(error, units, person);
    // the read above is only a fast path: two adds of one email at once meet at the email claim
    if (!taken) throw error;
    throw duplicateEmail();
  }
  ports.forget?.({ subject: personId });
  await syncSignInAfterWrite(ports.orgs, ports.identity, person, true);
  // a linked sign-in gets no email (docs/api.md "Known limit"): `invited` tells the page which
  if (signIn.created && invitation && ports.invitations)
    await sendInvitation({ ...ports, invitations: ports.invitations }, person, invitation);
  return { ...personView(person), invited: signIn.created };
}

/**
 * Changes roles, unit, head of unit, name, or active. A move to another unit (or to none) ends
 * being head of unit unless the body states `headOfUnit` (the history then says both). 403 if a coordinator grants or removes admin
 * (or deactivates an admin), or changes anything of an admin's record (access.ts); 400 for an unknown unit; 409 if it would leave the org without an
 * active coordinator. Deactivating disables the sign-in only if no other org has the person active;
 * deactivating and reactivating revoke the person's calendar feeds in this org. Every PUT stating
 * `active` syncs the sign-in, also with nothing changed (the retry after a 503 SignInNotSyncedError).
 * The body's fields are applied to the person as stored when the write commits: a person written by
 * someone else meanwhile (another coordinator, a bounce marked) is read again and the body applied
 * again, up to three times with a short random pause between, then 409 (retriedOnChange);
 * found deactivated on such a re-read (and the body does not state `active`), 409
 * accessEndedMeanwhile, nothing written.
 * Every read is consistent (on AWS a plain read may miss the write that just refused ours).
 * `ifMatch` (the page's If-Match): the person's etag when the caller drew the form; if what a
 * coordinator edits changed since (also between a refused write and its re-read), 412 and nothing is
 * written, since the page sends its stale view of the other fields too. Without it (the admin CLI,
 * scripts) the body's fields simply win.
 */
export async function updatePerson(
  ports: PeoplePorts,
  caller: Caller,
  personId: string,
  body: UpdatePersonBody,
  ifMatch?: string,
) {
  // whether the first attempt found them active (a later one that does not: deactivated meanwhile)
  const seen: { active?: boolean } = {};
  return retriedOnChange(() => updatePersonOnce(ports, caller, personId, body, ifMatch, seen), isPersonChanged, {
    th: 'ข้อมูลของผู้ใช้งานนี้',
    en: 'this person',
  });
}

const editedMeanwhile = () =>
  new PreconditionFailedError(
    'ข้อมูลของผู้ใช้งานนี้ถูกแก้ไขโดยผู้อื่นหลังจากท่านเปิดหน้านี้ การเปลี่ยนแปลงของท่านยังไม่ได้บันทึก กรุณาตรวจสอบข้อมูลล่าสุดแล้วแก้ไขและบันทึกอีกครั้ง',
    'this person was changed by someone else after you opened the page; nothing was saved. Check the current data, then make your change again',
  );

/** An If-Match with no tag of a person's form ("7", a report's version): no edit to speak of (tester s38). */
const isPersonEtagList = (ifMatch: string) =>
  ifMatch.split(',').some((tag) => /^"[A-Za-z0-9_-]{22}"$/.test(tag.trim()));

const notAPersonEtag = () => {
  const th =
    'If-Match ของผู้ใช้งานคือค่า etag ที่ได้จากการอ่านข้อมูลผู้ใช้งาน (GET /v1/people) ค่าที่ส่งมาไม่ใช่ etag ของผู้ใช้งาน การเปลี่ยนแปลงจึงยังไม่ได้บันทึก';
  const en =
    "a person's If-Match is the etag read with them (GET /v1/people); this is no person's etag, so nothing was saved";
  return new PreconditionFailedError(th, en, [{ path: 'headers.if-match', message_th: th, message_en: en }]);
};

async function updatePersonOnce(
  ports: PeoplePorts,
  caller: Caller,
  personId: string,
  body: UpdatePersonBody,
  ifMatch: string | undefined,
  seen: { active?: boolean },
) {
  assertCanManagePeople(caller);
  const [current, units] = await Promise.all([
    ports.orgs.getPerson(caller.orgId, personId, { consistent: true }),
    ports.orgs.listUnits(caller.orgId),
  ]);
  if (!current) throw personNotFound();
  // deactivated between an attempt and this one: the change was asked of a person with access, and
  // is not applied to them now (not the acting list's 400, nor If-Match's 412); 409 saying so
  if (seen.active && !current.active && body.active === undefined) throw accessEndedMeanwhile('saved');
  seen.active ??= current.active;
  if (ifMatch !== undefined && !ifMatches(ifMatch, personEtag(current)))
    throw isPersonEtagList(ifMatch) ? editedMeanwhile() : notAPersonEtag();
  const next: Person = {
    ...current,
    ...(body.name !== undefined ? { name: body.name.trim() } : {}),
    ...(body.roles !== undefined ? { roles: body.roles } : {}),
    ...(body.headOfUnit !== undefined ? { headOfUnit: body.headOfUnit } : {}),
    ...(body.active !== undefined ? { active: body.active } : {}),
  };
  if (body.unitId === null) delete next.unitId;
  else if (body.unitId !== undefined) next.unitId = body.unitId;
  // a head moved to another unit (or to none) is not head there unless the move says so (break 18 F7)
  if (next.unitId !== current.unitId && body.headOfUnit === undefined) next.headOfUnit = false;
  // moved in, reactivated or made staff: told once of the unit's overdue backlog (unit-backlog.ts)
  if (joinsUnitStaff(current, next)) next.joinedUnitOn = bangkokDate(ports.clock());
  for (const field of UNIT_LISTS) {
    // a list the body does not state: a person deactivated acts for nobody and is staff of no other
    // unit (reactivating does not bring them back); the unit they move into leaves it, as on the page
    next[field] = body[field] ?? (next.active ? (next[field] ?? []).filter((u) => u !== next.unitId) : []);
    if (next[field].length === 0) delete next[field];
  }
  // the day of each acting appointment: a new one is told once of the unit's escalated backlog
  const since = actingHeadDays(current, next, bangkokDate(ports.clock()));
  if (since) next.actingHeadSince = since;
  else delete next.actingHeadSince;

  // a list of units or roles is a set: the same ones in another order change nothing (s46 re-check 2:
  // the page's own order wrote "เปลี่ยน … จาก ก, ข เป็น ข, ก" into the history)
  for (const k of ['roles', ...UNIT_LISTS] as const) {
    const [was, now] = [current[k], next[k]];
    if (was && now && was.length === now.length && now.every((x) => (was as readonly string[]).includes(x)))
      (next as Record<string, unknown>)[k] = was;
  }
  assertCanChangeAdmin(caller, adminChanges(current, next));
  const changed = PERSON_FIELDS.filter((k) => JSON.stringify(next[k] ?? null) !== JSON.stringify(current[k] ?? null));
  assertCanEditPerson(caller, current, changed);
  if (body.unitId !== undefined || body.roles !== undefined || body.headOfUnit !== undefined) {
    const unitChanged = next.unitId !== current.unitId;
    assertPlacement(
      unitChanged ? units : units.map((u) => (u.unitId === current.unitId ? { ...u, active: true } : u)),
      next.roles,
      next.unitId,
      next.headOfUnit,
    );
  }
  if (Object.keys(body).some((k) => k !== 'name' && k !== 'headOfUnit'))
    assertUnitLists(
      units,
      {
        unitId: next.unitId,
        roles: next.roles,
        actingHeadOf: body.actingHeadOf ?? next.actingHeadOf ?? [],
        alsoStaffOf: body.alsoStaffOf ?? next.alsoStaffOf ?? [],
      },
      { active: next.active, stated: body },
    );
  const isCoordinator = (p: Person) => p.active && p.roles.includes('coordinator');
  const lastCoordinator = () =>
    new ConflictError(
      'ต้องมีคณะทำงาน ITA ที่ใช้งานอยู่อย่างน้อยหนึ่งคน',
      'the organisation must keep at least one active coordinator',
      [
        {
          path: next.active ? 'body.roles' : 'body.active',
          message_th: 'นี่คือคณะทำงาน ITA คนสุดท้ายที่ใช้งานอยู่ กรุณาเพิ่มผู้อื่นก่อน',
          message_en: 'this is the last active coordinator; add another one first',
        },
      ],
    );
  // stepping down: another active coordinator must remain, checked again when the write commits
  let keepsCoordinator: string | undefined;
  if (isCoordinator(current) && !isCoordinator(next)) {
    const others = (await ports.orgs.listPeople(caller.orgId)).filter(
      (p) => p.personId !== personId && isCoordinator(p),
    );
    if (others.length === 0) throw lastCoordinator();
    // always the greatest id: coordinators stepping down together then check the same one
    keepsCoordinator = others
      .map((p) => p.personId)
      .sort()
      .at(-1);
  }
  if (changed.length === 0) {
    // a retry after a sign-in sync failed: the table already says so, the sign-in may not
    if (body.active !== undefined) await syncSignInAfterWrite(ports.orgs, ports.identity, current);
    return personView(current);
  }
  try {
    await ports.orgs.putPerson(next, write(ports, caller), {
      expect: 'existing',
      action: 'person.update',
      details: personDetails(next, changed, units, current),
      ...(keepsCoordinator ? { keepsCoordinator } : {}),
      previous: current,
    });
  } catch (error) {
    if (isGuardFailed(error)) throw lastCoordinator();
    if (isUnitClosed(error)) throw closedAtWrite(error, units, next);
    throw error;
  }
  if (changed.includes('active')) {
    // calendar URLs made before a deactivation never open again, also after a reactivation (the
    // person makes new ones); revoked both ways, so one missed on deactivation goes on reactivation
    await ports.feeds.revokeAll(caller.orgId, personId);
  }
  ports.forget?.({ subject: personId });
  // every PUT stating `active` syncs the sign-in (idempotent), so a retry mends a failed one
  if (body.active !== undefined) await syncSignInAfterWrite(ports.orgs, ports.identity, next);
  return personView(next);
}

/** Deletes the sign-in a refused add created, if no org has a person with the email by now. */
async function dropSignIn(ports: PeoplePorts, email: string): Promise<void> {
  if ((await ports.orgs.findByEmail(email)).length === 0) await ports.identity.deleteUser(email);
}

const PERSON_FIELDS: readonly PersonField[] = [
  'name',
  'roles',
  'unitId',
  'headOfUnit',
  'actingHeadOf',
  'alsoStaffOf',
  'active',
];

/** A person's lists of other units: acting head of them, staff of them as well. */
const UNIT_LISTS = ['actingHeadOf', 'alsoStaffOf'] as const;
type UnitList = (typeof UNIT_LISTS)[number];

/** What `next` does to the admin role of `current`: granted or removed, an admin (de)activated. */
function adminChanges(current: Person, next: Person): AdminChange[] {
  const was = current.roles.includes('admin');
  const is = next.roles.includes('admin');
  const changes: AdminChange[] = [];
  if (!was && is) changes.push('grant');
  if (was && !is) changes.push('remove');
  if ((was || is) && current.active !== next.active) changes.push(next.active ? 'reactivate' : 'deactivate');
  return changes;
}

const unitField = (th: string, en: string) => listField('unitId', undefined, th, en);

/** A closed unit chosen, [Thai, English]: written once for the four places that refuse it. */
const closedUnit = (name: string, id = ''): [string, string] => [
  `หน่วยงาน "${name}" ${CLOSED_UNIT_WORDS}`,
  `the unit "${id}" is inactive`,
];

/** The unit was deactivated between the read and the write (the write's condition said so). */
const unitClosed = (units: Unit[], unitId: string | undefined) => {
  const name = units.find((u) => u.unitId === unitId)?.name ?? unitId ?? '';
  return unitField(...closedUnit(name, unitId ?? ''));
};

/** The unit a failed write found closed: the person's own, else one on their lists of other units. */
const closedAtWrite = (error: unknown, units: Unit[], next: Person) => {
  const closed = closedUnitIds(error);
  const unitId = next.unitId;
  if (unitId === undefined || (closed.length > 0 && !closed.includes(unitId))) {
    const name = units.find((u) => u.unitId === closed[0])?.name ?? closed[0] ?? '';
    const field = UNIT_LISTS.find((f) => next[f]?.includes(closed[0] ?? '')) ?? 'actingHeadOf';
    return listField(field, 0, ...closedUnit(name, closed[0] ?? ''));
  }
  return unitClosed(units, unitId);
};

const listField = (field: UnitList | 'unitId' | 'roles', i: number | undefined, th: string, en: string) =>
  fieldsInvalid([{ path: `body.${field}${i === undefined ? '' : `.${i}`}`, message_th: th, message_en: en }]);

/** Empty the list: what the refusals of a deactivated person's list and of one without the staff role say. */
const ALL_OFF = ['กรุณาเอาหน่วยงานออกทั้งหมด', 'take every unit off the list'];

/**
 * Each unit on a person's lists of other units (acting head of, staff of as well) is an active unit
 * of the org, not their own (400 naming the list's entry, `body.unitId` when a move the body did not
 * state the list with made it their own). A deactivated person has neither: a non-empty list sent
 * with `active: false` is refused. Staff of other units must have the staff role (`body.roles` when
 * the body took it away without stating the list). `stated`: the body (undefined: every list stated).
 */
function assertUnitLists(
  units: Unit[],
  p: {
    unitId: string | undefined;
    roles: readonly Role[];
    actingHeadOf: readonly string[];
    alsoStaffOf: readonly string[];
  },
  options: { active?: boolean; stated?: Partial<Record<UnitList, unknown>> } = {},
) {
  const { active = true } = options;
  for (const field of UNIT_LISTS) {
    const listed = p[field];
    const stated = !options.stated || options.stated[field] !== undefined;
    const label = FIELD_LABELS[field]!;
    if (!active && listed.length > 0)
      throw listField(
        field,
        0,
        `ผู้ใช้งานที่ปิดการใช้งาน${label.th}ไม่ได้ ${ALL_OFF[0]}`,
        `a deactivated person cannot be ${label.en} a unit; ${ALL_OFF[1]}`,
      );
    if (field === 'alsoStaffOf' && listed.length > 0 && !p.roles.includes('staff'))
      throw listField(
        stated ? field : 'roles',
        stated ? 0 : undefined,
        // two ways out: the role, or no units (s47 re-check P3)
        `"${label.th}" ได้เฉพาะผู้ที่มีบทบาทเจ้าหน้าที่ กรุณา${stated ? 'เลือกบทบาทเจ้าหน้าที่ด้วย หรือเอาหน่วยงาน' : 'คงบทบาทเจ้าหน้าที่ไว้ หรือเอาหน่วยงานในรายการนั้น'}ออกทั้งหมด`,
        `only staff can be ${label.en} a unit; ${stated ? 'give the staff role too' : 'keep the staff role'}, or ${ALL_OFF[1]}`,
      );
    listed.forEach((id, i) => {
      const unit = units.find((u) => u.unitId === id);
      if (!unit) throw listField(field, i, ...noSuchUnit(id, units));
      if (unit.active === false) throw listField(field, i, ...closedUnit(unit.name, id));
      // (a list the body does not state has lost the unit moved into: updatePersonOnce)
      if (id === p.unitId) {
        const acting = field === 'actingHeadOf';
        throw listField(
          field,
          i,
          `"${unit.name}" เป็นหน่วยงานที่สังกัดเอง จึงอยู่ใน "${label.th}" ไม่ได้${acting ? ' การเป็นหัวหน้าหน่วยงานของตนเองให้เลือก "หัวหน้าหน่วยงาน" แทน' : ''}`,
          `"${id}" is their own unit, so it cannot be on "${label.en}"${acting ? '; mark them head of unit instead' : ''}`,
        );
      }
      // one unit on both lists: its acting head reads and reports for it already (s46 re-check P3);
      // said as a rule, true of lists stored and of one body's (s47 re-check P3)
      const j = p.actingHeadOf.indexOf(id);
      if (field === 'alsoStaffOf' && j >= 0) {
        const acting = FIELD_LABELS.actingHeadOf!;
        throw listField(
          stated ? field : 'actingHeadOf',
          stated ? i : j,
          `"${unit.name}" อยู่ทั้งใน "${acting.th}" และ "${label.th}" ไม่ได้ ผู้รักษาราชการแทนหัวหน้าหน่วยงานดูและส่งรายงานของหน่วยงานนั้นได้อยู่แล้ว กรุณาเลือกรายการเดียว`,
          `"${id}" cannot be on both "${acting.en}" and "${label.en}": an acting head reads and reports for it already; choose one`,
        );
      }
    });
  }
}

/** Staff and unit heads belong to an active unit of this org. */
function assertPlacement(units: Unit[], roles: Role[], unitId: string | undefined, headOfUnit: boolean) {
  const field = unitField;
  if (unitId !== undefined) {
    const unit = units.find((u) => u.unitId === unitId);
    if (!unit) throw field(...noSuchUnit(unitId, units));
    if (unit.active === false) throw field(...closedUnit(unit.name, unitId));
  } else if (roles.includes('staff') || headOfUnit) {
    // staff first: a head of unit without the role is the rarer slip
    const [th, en] = roles.includes('staff') ? ['เจ้าหน้าที่', 'staff'] : ['หัวหน้าหน่วยงาน', 'a head of unit'];
    throw field(`${th}ต้องสังกัดหน่วยงาน กรุณาเลือกหน่วยงาน`, `${en} must belong to a unit`);
  }
}

const duplicateEmail = () =>
  new ConflictError('มีผู้ใช้งานอีเมลนี้ในองค์กรแล้ว', 'a person with this email exists in this organisation', [
    {
      path: 'body.email',
      message_th: 'อีเมลนี้มีอยู่แล้ว (หากปิดการใช้งานไว้ ให้เปิดใช้งานอีกครั้งแทนการเพิ่มใหม่)',
      message_en: 'this email is taken (if the person is inactive, reactivate them instead)',
    },
  ]);

const write = (ports: PeoplePorts, caller: Caller) => ({
  actor: caller.personId,
  actorName: caller.name,
  now: ports.clock(),
});
