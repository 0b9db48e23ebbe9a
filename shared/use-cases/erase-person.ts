// "A person who left asks us to forget them": their name and email go from the person item and
// from every audit entry that held them (PDPA erasure, docs/privacy.md "Removing a person's data").
import { createHash } from 'node:crypto';
import { ConflictError, NotFoundError, personNotFound } from '../domain/errors.js';
import { isConditionFailure } from '../store/org-repository.js';
import type { AdminContext } from './administer-org.js';

/** 8 hex digits of the person id's SHA-256: tells erased people apart, says nothing of them. */
const tag = (personId: string) => createHash('sha256').update(personId).digest('hex').slice(0, 8);

/** The name an erased person goes by in the history: the same on every run, one per person. */
export const erasedName = (personId: string) => `ผู้ใช้งานที่ลบข้อมูลแล้ว ${tag(personId)}`;

/** The erased person's email: a reserved domain (RFC 2606 `.invalid`), so nothing is ever sent to it. */
export const erasedEmail = (personId: string) => `erased-${tag(personId)}@erased.invalid`;

export interface ErasedPerson {
  personId: string;
  name: string;
  /** audit entries that held the name and now hold `name` */
  entries: number;
  /** false when the person still signs in to another organisation (their sign-in stays) */
  signInDeleted: boolean;
}

/**
 * `npm run admin -- erase-person`: a deactivated person (found by `email`, or by `personId` to
 * run it again) gets the pseudonym erasedName and the email erasedEmail on their person item and in
 * every audit entry that held their name (OrgRepository.erasePerson); their sign-in is deleted
 * unless another org has them. Reports keep the person id (a random id). Errors: NotFoundError
 * (no such org or person), ConflictError (the person is active: deactivate first, remove-person;
 * or was reactivated meanwhile). Running it again changes nothing more.
 */
export async function erasePerson(
  ctx: AdminContext,
  input: { orgId: string } & ({ email: string } | { personId: string }),
): Promise<ErasedPerson> {
  if (!(await ctx.orgs.getOrg(input.orgId))) {
    throw new NotFoundError(`ไม่พบองค์กร "${input.orgId}"`, `no organisation "${input.orgId}"`);
  }
  const person =
    'personId' in input
      ? await ctx.orgs.getPerson(input.orgId, input.personId)
      : (await ctx.orgs.findByEmail(input.email.trim().toLowerCase())).find((p) => p.orgId === input.orgId);
  if (!person) throw personNotFound();
  const stillActive = () =>
    new ConflictError(
      'ผู้ใช้งานนี้ยังใช้งานอยู่ กรุณาปิดการใช้งานก่อน (npm run admin -- remove-person) แล้วจึงลบข้อมูล',
      'the person is still active: deactivate them first (npm run admin -- remove-person), then erase',
    );
  if (person.active) throw stillActive();
  const name = erasedName(person.personId);
  const email = erasedEmail(person.personId);
  let entries: number;
  // a new email: the old one's "undeliverable" mark is not about it
  const { undeliverable: _mark, ...kept } = person;
  try {
    entries = await ctx.orgs.erasePerson(person, { ...kept, name, email }, { actor: ctx.actor, now: ctx.now });
  } catch (error) {
    if (isConditionFailure(error)) throw stillActive();
    throw error;
  }
  const elsewhere = (await ctx.orgs.findBySubject(person.personId)).some((p) => p.orgId !== person.orgId);
  if (!elsewhere && person.email !== email) await ctx.identity.deleteUser(person.email);
  return { personId: person.personId, name, entries, signInDeleted: !elsewhere };
}
