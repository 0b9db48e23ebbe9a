// Who signs people in: Cognito in AWS, the local token issuer on one machine.
// One sign-in (one email, one subject) may belong to people in several orgs: whether it is enabled
// follows ALL its memberships (see sign-in-access.ts), never one org's.
import { randomUUID } from 'node:crypto';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';

export interface IdentityProvider {
  /**
   * How an invited person signs in: 'password' (Cognito: the invitation carries a temporary
   * password), or 'choose-name' (the local issuer: no passwords, they choose their name on the local
   * sign-in page; the invitation says so and no password is made).
   */
  readonly signInBy: 'password' | 'choose-name';
  /**
   * The subject (token `sub`) of the sign-in for this email: the existing one (linked, `created:
   * false`), or a new one (`created: true`). With `temporaryPassword` the new sign-in gets it and
   * Cognito sends nothing (MessageAction SUPPRESS: the API and the admin CLI email their own
   * invitation naming the org, invitation-email.ts); without it Cognito emails the pool's generic
   * Thai invitation.
   */
  createUser(email: string, temporaryPassword?: string): Promise<{ subject: string; created: boolean }>;
  /**
   * Gives a sign-in that was invited but never used a new temporary password, valid for the pool's
   * TemporaryPasswordValidityDays from now (AdminSetUserPassword, not permanent). 'signed-in': the
   * person already set their own password (they use "ลืมรหัสผ่าน"); 'no-sign-in': no such user.
   */
  renewTemporaryPassword(email: string, temporaryPassword: string): Promise<'renewed' | 'signed-in' | 'no-sign-in'>;
  /**
   * Deletes a sign-in this process just created (`created: true`) for an add that was then
   * refused, so a refused add leaves no user behind. No error if it is gone.
   */
  deleteUser(email: string): Promise<void>;
  enableUser(email: string): Promise<void>;
  disableUser(email: string): Promise<void>;
}

type Attributes = { Name?: string; Value?: string }[] | undefined;
const sub = (attributes: Attributes) => attributes?.find((a) => a.Name === 'sub')?.Value;

/** Cognito admin API calls (the API function's role allows exactly these). The SDK loads on first use. */
export function cognitoIdentityProvider(
  client: CognitoIdentityProviderClient | (() => Promise<CognitoIdentityProviderClient>),
  userPoolId: string,
): IdentityProvider {
  const get = async () => (typeof client === 'function' ? client() : client);
  const sdk = () => import('@aws-sdk/client-cognito-identity-provider');
  return {
    signInBy: 'password',
    async createUser(email, temporaryPassword) {
      const cognito = await sdk();
      try {
        const out = await (
          await get()
        ).send(
          new cognito.AdminCreateUserCommand({
            UserPoolId: userPoolId,
            Username: email,
            UserAttributes: [
              { Name: 'email', Value: email },
              { Name: 'email_verified', Value: 'true' },
            ],
            // our own invitation (names the org and the page), or the pool's generic one
            ...(temporaryPassword
              ? { TemporaryPassword: temporaryPassword, MessageAction: 'SUPPRESS' as const }
              : { DesiredDeliveryMediums: ['EMAIL' as const] }),
          }),
        );
        const subject = sub(out.User?.Attributes);
        if (!subject) throw new Error('AdminCreateUser returned no sub');
        return { subject, created: true };
      } catch (error) {
        if (!(error instanceof cognito.UsernameExistsException)) throw error;
        const existing = await (
          await get()
        ).send(new cognito.AdminGetUserCommand({ UserPoolId: userPoolId, Username: email }));
        const subject = sub(existing.UserAttributes);
        if (!subject) throw new Error('AdminGetUser returned no sub', { cause: error });
        return { subject, created: false };
      }
    },
    async renewTemporaryPassword(email, temporaryPassword) {
      const cognito = await sdk();
      const client = await get();
      let status: string | undefined;
      try {
        status = (await client.send(new cognito.AdminGetUserCommand({ UserPoolId: userPoolId, Username: email })))
          .UserStatus;
      } catch (error) {
        if (error instanceof cognito.UserNotFoundException) return 'no-sign-in';
        throw error;
      }
      // RESET_REQUIRED too: a password the person never chose
      if (status !== 'FORCE_CHANGE_PASSWORD' && status !== 'RESET_REQUIRED') return 'signed-in';
      await client.send(
        new cognito.AdminSetUserPasswordCommand({
          UserPoolId: userPoolId,
          Username: email,
          Password: temporaryPassword,
          Permanent: false,
        }),
      );
      return 'renewed';
    },
    async deleteUser(email) {
      const cognito = await sdk();
      await ignoreMissingUser(cognito.UserNotFoundException, () =>
        get().then((c) => c.send(new cognito.AdminDeleteUserCommand({ UserPoolId: userPoolId, Username: email }))),
      );
    },
    // A person with no sign-in (seeded or imported without Cognito) has nothing to enable or disable.
    async enableUser(email) {
      const cognito = await sdk();
      await ignoreMissingUser(cognito.UserNotFoundException, () =>
        get().then((c) => c.send(new cognito.AdminEnableUserCommand({ UserPoolId: userPoolId, Username: email }))),
      );
    },
    async disableUser(email) {
      const cognito = await sdk();
      await ignoreMissingUser(cognito.UserNotFoundException, () =>
        get().then((c) => c.send(new cognito.AdminDisableUserCommand({ UserPoolId: userPoolId, Username: email }))),
      );
    },
  };
}

async function ignoreMissingUser(notFound: abstract new (...args: never[]) => Error, send: () => Promise<unknown>) {
  try {
    await send();
  } catch (error) {
    if (!(error instanceof notFound)) throw error;
  }
}

/**
 * On one machine the local issuer signs in whoever the table says is active: the subject is a new
 * id, or the one the email already has in another org (passed in by the caller).
 */
export const localIdentityProvider: IdentityProvider = {
  // nobody signs in with a password locally: the invitation (to the mail viewer) says to choose one's name
  signInBy: 'choose-name',
  createUser: () => Promise.resolve({ subject: randomUUID(), created: true }),
  // never asked (signInBy 'choose-name' makes no password): nothing to renew
  renewTemporaryPassword: () => Promise.resolve('renewed'),
  deleteUser: () => Promise.resolve(),
  enableUser: () => Promise.resolve(),
  disableUser: () => Promise.resolve(),
};
