// The local stand-in for Cognito: an ES256 key pair kept under the data folder, a JWKS, and tokens
// with the same claims the API reads (sub, email).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLocalJWKSet, exportJWK, generateKeyPair, importJWK, type JWK, jwtVerify, SignJWT } from 'jose';
import type { LocalConfig } from './local-config.js';

interface KeyFile {
  privateJwk: JWK;
  publicJwk: JWK;
}

const KID = 'ita-local-1';

export async function loadOrCreateKeys(config: LocalConfig): Promise<KeyFile> {
  const file = join(config.dataDir, 'jwt-keys.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const keys = {
    privateJwk: { ...(await exportJWK(privateKey)), kid: KID, alg: 'ES256' },
    publicJwk: { ...(await exportJWK(publicKey)), kid: KID, alg: 'ES256', use: 'sig' },
  };
  mkdirSync(config.dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
  return keys;
}

export function jwks(keys: KeyFile) {
  return { keys: [keys.publicJwk] };
}

export async function issueToken(
  config: LocalConfig,
  keys: KeyFile,
  claims: { sub: string; email: string },
  ttlSeconds = 12 * 3600,
): Promise<string> {
  const key = await importJWK(keys.privateJwk, 'ES256');
  return new SignJWT({ email: claims.email, token_use: 'id' })
    .setProtectedHeader({ alg: 'ES256', kid: KID })
    .setSubject(claims.sub)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key);
}

/** Verify as API Gateway's JWT authorizer would: signature, issuer, audience, expiry. */
export function tokenVerifier(config: LocalConfig, keys: KeyFile) {
  const keySet = createLocalJWKSet(jwks(keys));
  return async (token: string) => {
    const { payload } = await jwtVerify(token, keySet, { issuer: config.issuer, audience: config.audience });
    return payload;
  };
}
