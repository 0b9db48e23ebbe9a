// The local server answers only this machine: a page on another site (DNS rebinding, a
// cross-site form, a preflight) gets no demo token and no CORS grant.
import { mkdtempSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from '../../infra/local/api-gateway-server.js';
import { localConfig } from '../../infra/local/local-config.js';
import { isLocalHost } from '../../infra/local/local-origins.js';
import { issueToken, loadOrCreateKeys, tokenVerifier } from '../../infra/local/token-issuer.js';
import { localWebHost } from '../../infra/local/web-host.js';
import { localOrgPeople } from '../../infra/local/local-people.js';
import { OrgRepository } from '../../shared/store/org-repository.js';
import { createApiFixture, type ApiFixture } from '../support/api-fixture.js';
import { freePort } from '../support/free-port.js';

let f: ApiFixture;
let server: Server;
let port: number;
let email: string;

beforeAll(async () => {
  f = await createApiFixture();
  const config = localConfig({ ITA_DATA_DIR: mkdtempSync(join(tmpdir(), 'origins-')) });
  const keys = await loadOrCreateKeys(config);
  const people = () => new OrgRepository(f.store).listPeople('demo');
  email = (await people()).find((p) => p.active)!.email;
  port = await freePort();
  const web = localWebHost({
    orgs: () => localOrgPeople({ orgs: new OrgRepository(f.store) }),
    issueToken: (p) => issueToken(config, keys, { sub: p.personId, email: p.email }),
    uploadOrigins: [],
  });
  server = await startGateway({ port, handler: f.handler, verify: tokenVerifier(config, keys), extra: web });
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  await f?.close();
});

/** A raw request, so that Host and Origin can be anything a browser might send. */
function send(method: string, path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
const tokenPath = () => `/local/token?email=${encodeURIComponent(email)}`;

describe('the local token endpoint', () => {
  it.each(['localhost', '127.0.0.1', '[::1]'])('issues a demo token to the page on %s', async (host) => {
    const res = await send('POST', tokenPath(), { host: `${host}:${port}`, origin: `http://${host}:${port}` });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).token).toMatch(/^ey/);
  });

  it.each([
    ['a rebinding DNS name', 'attacker.example:80'],
    ['a name that starts with localhost', 'localhost.attacker.example'],
    ['a LAN address', '192.168.1.20'],
    ['a public address', '93.184.216.34:80'],
  ])('refuses a token when the Host is %s (421, no token)', async (_name, host) => {
    const res = await send('POST', tokenPath(), { host, origin: `http://${host}` });
    expect(res.status).toBe(421);
    expect(res.body).not.toContain('token');
  });

  it.each([
    ['another site', 'https://attacker.example'],
    ['a sandboxed page', 'null'],
    ['localhost on another port', 'http://localhost:1'],
  ])('refuses a token to a page from %s even with a local Host (403)', async (_name, origin) => {
    const res = await send('POST', tokenPath(), { host: `localhost:${port}`, origin });
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('token');
  });
});

describe('preflight on the local server', () => {
  it('OPTIONS /v1/me from another site gets no access-control-allow-origin', async () => {
    const res = await send('OPTIONS', '/v1/me', {
      host: `localhost:${port}`,
      origin: 'https://attacker.example',
      'access-control-request-method': 'GET',
    });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('OPTIONS /v1/me with a foreign Host is refused, whatever the Origin', async () => {
    const res = await send('OPTIONS', '/v1/me', {
      host: 'attacker.example',
      origin: 'http://attacker.example',
      'access-control-request-method': 'GET',
    });
    expect(res.status).toBe(421);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it("OPTIONS /v1/me from the page's own origin is allowed for that origin only", async () => {
    const origin = `http://localhost:${port}`;
    const res = await send('OPTIONS', '/v1/me', { host: `localhost:${port}`, origin });
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(origin);
  });
});

describe('which Host headers are this machine', () => {
  it.each([
    ['localhost:3000', true],
    ['127.0.0.1', true],
    ['[::1]:8080', true],
    ['LOCALHOST:3000', true],
    ['127.0.0.2', false],
    ['localhost.evil.example', false],
    ['evil.example#@localhost', false],
    [undefined, false],
  ])('%j is local: %s', (host, local) => {
    expect(isLocalHost(host)).toBe(local);
  });
});
