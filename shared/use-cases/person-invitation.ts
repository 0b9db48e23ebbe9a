// The invitation email: sent when a coordinator adds someone new, and again on request while the
// person has never signed in (break 18 F3: a 3-day invitation nobody but an engineer could resend).
import { assertCanManagePeople, canEditPerson, type Caller } from '../domain/access.js';
import { ConflictError, ForbiddenError, personNotFound, UnavailableError } from '../domain/errors.js';
import type { Person } from '../domain/organisation.js';
import { INVITATION_VALID_DAYS } from '../identity/invitation-validity.js';
import { newTemporaryPassword } from '../identity/temporary-password.js';
import type { IdentityProvider } from '../identity/identity-provider.js';
import { type InvitationSignIn, renderInvitation } from '../mail/invitation-email.js';
import { type Mailer, senderNameOf } from '../mail/outgoing-mail.js';
import type { DirectoryPorts } from './directory-ports.js';

/** Where invitations go out from: the SES sender and the page's address (FORM_URL). */
export interface InvitationPorts {
  mailer: Mailer;
  pageUrl: string;
}

/** 503: the person is saved and their sign-in made, but the email did not go (resend it). */
export class InvitationNotSentError extends UnavailableError {
  override name = 'InvitationNotSentError';
  constructor(personId: string) {
    super(
      'บันทึกแล้ว แต่ส่งอีเมลเชิญไม่สำเร็จ กรุณากด "ส่งอีเมลเชิญอีกครั้ง" ที่หน้าของผู้ใช้งานนี้',
      'saved, but the invitation email could not be sent; send it again from the person’s screen',
      [
        {
          path: 'invitation',
          message_th: `ส่งอีเมลเชิญไม่สำเร็จ (POST /v1/people/${personId}/invitation เพื่อส่งอีกครั้ง)`,
          message_en: `the invitation email was not sent (POST /v1/people/${personId}/invitation to send it again)`,
        },
      ],
      { saved: true, invitationSent: false, personId },
    );
  }
}

/** A new invitation's sign-in: a fresh temporary password, or none where the provider has no passwords (local). */
export function newInvitationSignIn(identity: IdentityProvider): InvitationSignIn {
  return identity.signInBy === 'password'
    ? { kind: 'password', temporaryPassword: newTemporaryPassword(), validDays: INVITATION_VALID_DAYS }
    : { kind: 'choose-name' };
}

/**
 * Emails `person` their invitation (Thai, naming the org and linking the page) with `signIn` (its
 * temporary password, or the local system's "choose your name"). A failed send is
 * InvitationNotSentError (503, saved: true). `beforeSend`, if given, runs last before the email
 * goes: what it throws is thrown and nothing is sent.
 */
export async function sendInvitation(
  ports: Pick<DirectoryPorts, 'orgs' | 'clock'> & { invitations: InvitationPorts },
  person: Person,
  signIn: InvitationSignIn,
  beforeSend?: () => Promise<void>,
): Promise<{ email: string; validDays: number }> {
  const org = await ports.orgs.getOrg(person.orgId);
  const mail = renderInvitation({
    orgName: org?.name ?? person.orgId,
    name: person.name,
    pageUrl: ports.invitations.pageUrl,
    email: person.email,
    signIn,
    sentAt: ports.clock(),
  });
  await beforeSend?.();
  try {
    await ports.invitations.mailer.send({
      to: [person.email],
      tags: { orgId: person.orgId, kind: 'invitation' },
      // from "ITA <org name>", as the reminders are (tester s44: the bare address)
      ...senderNameOf(org?.name),
      ...mail,
    });
  } catch {
    throw new InvitationNotSentError(person.personId);
  }
  return { email: person.email, validDays: INVITATION_VALID_DAYS };
}

/**
 * POST /v1/people/{personId}/invitation: a new temporary password (valid INVITATION_VALID_DAYS
 * from now) and the invitation email again, for an active person who has never signed in. 404 for
 * no such person; 403 for an admin's record asked by a coordinator (canEditPerson, the rule the page
 * offers the button by); 409 for an inactive person (reactivate first), also one deactivated while
 * the password was renewed (read again, consistently, last before the email goes: nothing is sent
 * or recorded), for one who has signed in already (they use "ลืมรหัสผ่าน"), or one with no sign-in
 * of their own; 503 if the email failed.
 * Once sent, a `person.invite` entry (the caller, the person's name) goes to the person's history;
 * nothing is recorded for a refused or failed resend. Answers `{email, validDays}`.
 */
export async function resendInvitation(
  ports: Pick<DirectoryPorts, 'orgs' | 'identity' | 'clock'> & { invitations?: InvitationPorts },
  caller: Caller,
  personId: string,
): Promise<{ email: string; validDays: number }> {
  assertCanManagePeople(caller);
  const person = await ports.orgs.getPerson(caller.orgId, personId);
  if (!person) throw personNotFound();
  if (!canEditPerson(caller, person))
    throw new ForbiddenError(
      'เฉพาะผู้ดูแลระบบเท่านั้นที่ส่งอีเมลเชิญให้ผู้ดูแลระบบได้',
      'only an admin can send an admin their invitation',
      [
        {
          path: 'params.personId',
          message_th: 'คณะทำงาน ITA ส่งอีเมลเชิญให้ผู้ดูแลระบบไม่ได้ กรุณาขอให้ผู้ดูแลระบบดำเนินการ',
          message_en: 'a coordinator cannot send an admin their invitation; ask an admin',
        },
      ],
    );
  if (!person.active)
    throw personConflict(
      'ผู้ใช้งานนี้ถูกปิดการใช้งานอยู่ กรุณาเปิดใช้งานอีกครั้งก่อนส่งอีเมลเชิญ',
      'this person is inactive; reactivate them before sending the invitation',
    );
  const invitations = ports.invitations;
  if (!invitations) throw new UnavailableError('ระบบนี้ยังไม่ได้ตั้งค่าการส่งอีเมลเชิญ', 'invitations are not configured here');
  const signIn = newInvitationSignIn(ports.identity);
  // locally (no passwords) there is nothing to renew: the email says to choose one's name
  const renewed =
    signIn.kind === 'password'
      ? await ports.identity.renewTemporaryPassword(person.email, signIn.temporaryPassword)
      : 'renewed';
  if (renewed === 'signed-in')
    throw personConflict(
      'ผู้ใช้งานนี้ตั้งรหัสผ่านและเข้าสู่ระบบแล้ว หากลืมรหัสผ่าน ให้ใช้ "ลืมรหัสผ่าน" ที่หน้าเข้าสู่ระบบ',
      'this person has signed in already; if they forgot the password they use "forgot password" on the sign-in page',
    );
  if (renewed === 'no-sign-in')
    throw personConflict(
      'ผู้ใช้งานนี้ยังไม่มีบัญชีเข้าสู่ระบบ กรุณาติดต่อผู้ดูแลระบบ',
      'this person has no sign-in of their own; ask an admin',
    );
  // a deactivation that landed meanwhile (while the password was renewed) ends it: no email after it
  const sent = await sendInvitation({ ...ports, invitations }, person, signIn, async () => {
    const now = await ports.orgs.getPerson(caller.orgId, personId, { consistent: true });
    if (!now?.active) throw accessEndedMeanwhile('sent');
  });
  // the person's history says who sent it again and when (the name only: no email, no password)
  await ports.orgs.recordAboutPerson(
    caller.orgId,
    person.personId,
    { actor: caller.personId, ...(caller.name ? { actorName: caller.name } : {}), now: ports.clock() },
    'person.invite',
    // validDays only with a password (none locally)
    { name: person.name, ...(signIn.kind === 'password' ? { validDays: sent.validDays } : {}) },
  );
  return sent;
}

/** 409 about the person asked for, with the same words on `params.personId`. */
const personConflict = (th: string, en: string) =>
  new ConflictError(th, en, [{ path: 'params.personId', message_th: th, message_en: en }]);

/**
 * 409: the person was deactivated while a change of them (`saved`) or their invitation (`sent`) was
 * under way, so it was not made: their access ended meanwhile. Names `params.personId`.
 */
export const accessEndedMeanwhile = (what: 'saved' | 'sent') =>
  personConflict(
    `ผู้ใช้งานนี้ถูกปิดการใช้งานในระหว่างนั้น สิทธิ์เข้าใช้งานสิ้นสุดแล้ว ${
      what === 'saved' ? 'การเปลี่ยนแปลงของท่านจึงยังไม่ได้บันทึก' : 'จึงไม่ได้ส่งอีเมลเชิญ'
    } หากยังต้องการ กรุณาเปิดใช้งานอีกครั้งก่อน`,
    `this person was deactivated meanwhile, so their access has ended; ${
      what === 'saved' ? 'nothing was saved' : 'the invitation was not sent'
    }. Reactivate them first if you still mean to`,
  );
