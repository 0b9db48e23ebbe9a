// Cognito at the SDK level: a real CognitoIdentityProviderClient whose requests are answered by an
// in-memory user pool (a middleware at the front of the stack), so our code runs unchanged.
import { randomUUID } from 'node:crypto';
import {
  CognitoIdentityProviderClient,
  UserNotFoundException,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';

export interface StubUser {
  username: string;
  sub: string;
  enabled: boolean;
  /** FORCE_CHANGE_PASSWORD until the person sets their own (CONFIRMED) */
  status?: 'FORCE_CHANGE_PASSWORD' | 'CONFIRMED';
  /** the temporary password Cognito holds (ours with SUPPRESS, else one Cognito would make) */
  temporaryPassword?: string;
}

export interface CognitoStub {
  client: CognitoIdentityProviderClient;
  users: Map<string, StubUser>;
  /** every command sent: name and input */
  calls: { command: string; input: Record<string, unknown> }[];
}

export function cognitoStub(): CognitoStub {
  const users = new Map<string, StubUser>();
  const calls: CognitoStub['calls'] = [];
  const client = new CognitoIdentityProviderClient({
    region: 'ap-southeast-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  const meta = { $metadata: {} };
  const find = (username: string) => {
    const user = users.get(username);
    if (!user) throw new UserNotFoundException({ message: 'User does not exist.', ...meta });
    return user;
  };
  const attributes = (u: StubUser) => [
    { Name: 'sub', Value: u.sub },
    { Name: 'email', Value: u.username },
  ];
  client.middlewareStack.add(
    (_next, context) => (args) =>
      Promise.resolve().then(() => {
        const input = args.input as Record<string, unknown>;
        const command = String(context.commandName ?? '').replace(/Command$/, '');
        calls.push({ command, input });
        const username = String(input.Username);
        switch (command) {
          case 'AdminCreateUser': {
            if (users.has(username)) throw new UsernameExistsException({ message: 'exists', ...meta });
            const user: StubUser = {
              username,
              sub: randomUUID(),
              enabled: true,
              status: 'FORCE_CHANGE_PASSWORD',
              temporaryPassword: typeof input.TemporaryPassword === 'string' ? input.TemporaryPassword : 'cognito-made',
            };
            users.set(username, user);
            return {
              output: { User: { Username: username, Attributes: attributes(user), Enabled: true }, ...meta },
              response: {},
            };
          }
          case 'AdminGetUser': {
            const user = find(username);
            return {
              output: {
                Username: username,
                UserAttributes: attributes(user),
                Enabled: user.enabled,
                UserStatus: user.status ?? 'CONFIRMED',
                ...meta,
              },
              response: {},
            };
          }
          case 'AdminSetUserPassword': {
            const user = find(username);
            if (input.Permanent) Object.assign(user, { status: 'CONFIRMED', temporaryPassword: undefined });
            else Object.assign(user, { status: 'FORCE_CHANGE_PASSWORD', temporaryPassword: String(input.Password) });
            return { output: meta, response: {} };
          }
          case 'AdminDeleteUser':
            find(username);
            users.delete(username);
            return { output: meta, response: {} };
          case 'AdminEnableUser':
            find(username).enabled = true;
            return { output: meta, response: {} };
          case 'AdminDisableUser':
            find(username).enabled = false;
            return { output: meta, response: {} };
          default:
            throw new Error(`the Cognito stub does not know ${command}`);
        }
      }),
    { step: 'initialize', name: 'cognitoStub', priority: 'high' },
  );
  return { client, users, calls };
}

/** Puts a sign-in that was invited and never used (FORCE_CHANGE_PASSWORD) in the stub's pool. */
export function addInvitedUser(stub: CognitoStub, email: string, sub: string): void {
  stub.users.set(email, { username: email, sub, enabled: true, status: 'FORCE_CHANGE_PASSWORD' });
}
