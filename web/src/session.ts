// The signed-in person's token: the demo picker locally, Cognito managed login (code + PKCE) in AWS.
import type { WebConfig } from './web-config.js';

const TOKEN = 'ita.token';
const PKCE = 'ita.pkce';
const ORG = 'ita.org';
/** The page address asked for while signed out (an email link): opened after the sign-in. */
const ASKED = 'ita.asked';

function base64url(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function expiresAt(token: string): number {
  try {
    const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    return (payload.exp ?? 0) * 1000;
  } catch {
    return 0;
  }
}

export function currentToken(): string | undefined {
  const token = sessionStorage.getItem(TOKEN) ?? undefined;
  if (token && expiresAt(token) > Date.now() + 30_000) return token;
  if (token) sessionStorage.removeItem(TOKEN);
  return undefined;
}

export function keepToken(token: string): void {
  sessionStorage.setItem(TOKEN, token);
  // a new sign-in chooses its org again (people in several orgs)
  sessionStorage.removeItem(ORG);
}

/** The org a person in several orgs chose for this tab (sent as X-Org-Id), if any. */
export const chosenOrg = () => sessionStorage.getItem(ORG) ?? undefined;

export function chooseOrg(orgId: string | undefined): void {
  if (orgId) sessionStorage.setItem(ORG, orgId);
  else sessionStorage.removeItem(ORG);
}

/** Keeps the address a signed-out person asked for, across the sign-in (and Cognito's redirect). */
export function keepAskedAddress(hash: string): void {
  sessionStorage.setItem(ASKED, hash);
}

/** The address kept by keepAskedAddress, once: it is forgotten as it is read. */
export function takeAskedAddress(): string | undefined {
  const hash = sessionStorage.getItem(ASKED) ?? undefined;
  sessionStorage.removeItem(ASKED);
  return hash;
}

export interface DemoPerson {
  email: string;
  name: string;
  description: string;
  /** the org they are listed under (the demo org first) and its Thai name */
  orgId: string;
  orgName: string;
}

export async function demoPeople(): Promise<DemoPerson[]> {
  const response = await fetch('/local/people');
  if (!response.ok) throw new Error(`demo people: ${response.status}`);
  return (await response.json()) as DemoPerson[];
}

export async function signInAsDemoPerson(email: string): Promise<void> {
  const response = await fetch(`/local/token?email=${encodeURIComponent(email)}`, { method: 'POST' });
  if (!response.ok) throw new Error(`demo token: ${response.status}`);
  keepToken(((await response.json()) as { token: string }).token);
}

type Cognito = Extract<WebConfig['auth'], { kind: 'cognito' }>;

export async function startCognitoSignIn(auth: Cognito): Promise<void> {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const state = base64url(crypto.getRandomValues(new Uint8Array(16)));
  const challenge = base64url(
    new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))),
  );
  sessionStorage.setItem(PKCE, JSON.stringify({ verifier, state }));
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: auth.clientId,
    redirect_uri: auth.redirectUri,
    scope: 'openid email',
    code_challenge_method: 'S256',
    code_challenge: challenge,
    state,
    lang: 'th',
  });
  location.assign(`${auth.domain}/oauth2/authorize?${query}`);
}

/** Back from managed login with ?code=…: trade it for tokens. Returns whether it did. */
export async function finishCognitoSignIn(auth: Cognito): Promise<boolean> {
  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  const saved = JSON.parse(sessionStorage.getItem(PKCE) ?? 'null') as { verifier: string; state: string } | null;
  if (!code || !saved || params.get('state') !== saved.state) return false;
  sessionStorage.removeItem(PKCE);
  const response = await fetch(`${auth.domain}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: auth.clientId,
      code,
      redirect_uri: auth.redirectUri,
      code_verifier: saved.verifier,
    }),
  });
  history.replaceState(null, '', location.pathname + location.hash);
  if (!response.ok) return false;
  keepToken(((await response.json()) as { id_token: string }).id_token);
  return true;
}

export function signOut(auth: WebConfig['auth']): void {
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(ORG);
  if (auth.kind === 'cognito') {
    const query = new URLSearchParams({ client_id: auth.clientId, logout_uri: auth.redirectUri });
    location.assign(`${auth.domain}/logout?${query}`);
  } else {
    location.hash = '#/sign-in';
  }
}
