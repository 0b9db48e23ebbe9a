// Who signs people in: Cognito in AWS, the local token issuer on one machine.
import { randomUUID } from 'node:crypto';
import {
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  type CognitoIdentityProviderClient,
  UsernameExistsException,
  AdminGetUserCommand,
} from '@aws-sdk/client-cognito-identity-provider';

export interface IdentityProvider {
  /** Creates the sign-in account (Cognito emails a temporary password) and returns its subject. */
  createUser(email: string): Promise<string>;
  disableUser(email: string): Promise<void>;
}

export function cognitoIdentityProvider(client: CognitoIdentityProviderClient, userPoolId: string): IdentityProvider {
  const sub = (attributes: { Name?: string; Value?: string }[] | undefined) =>
    attributes?.find((a) => a.Name === 'sub')?.Value;
  return {
    async createUser(email) {
      try {
        const out = await client.send(
          new AdminCreateUserCommand({
            UserPoolId: userPoolId,
            Username: email,
            UserAttributes: [
              { Name: 'email', Value: email },
              { Name: 'email_verified', Value: 'true' },
            ],
            DesiredDeliveryMediums: ['EMAIL'],
          }),
        );
        return sub(out.User?.Attributes)!;
      } catch (error) {
        if (!(error instanceof UsernameExistsException)) throw error;
        const existing = await client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: email }));
        return sub(existing.UserAttributes)!;
      }
    },
    async disableUser(email) {
      await client.send(new AdminDisableUserCommand({ UserPoolId: userPoolId, Username: email }));
    },
  };
}

/** On one machine the local issuer signs tokens for any subject: the subject is just a new id. */
export const localIdentityProvider: IdentityProvider = {
  createUser: () => Promise.resolve(randomUUID()),
  disableUser: () => Promise.resolve(),
};
