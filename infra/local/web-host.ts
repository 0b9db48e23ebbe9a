// The web page on the local server: the built files, /config.json, and the demo sign-in that stands
// in for Cognito's managed login (a list of the org's people, and a token for the one chosen).
import { buildWebSync } from '../../web/build-web.js';
import { contentSecurityPolicy } from '../../web/content-security-policy.js';
import type { WebConfig } from '../../web/src/web-config.js';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { ROLE_LABELS } from '../../shared/domain/status-labels.js';
import type { Person } from '../../shared/domain/organisation.js';
import type { ExtraResponse } from './api-gateway-server.js';

export interface LocalWebHostOptions {
  /** the active people of the demo org */
  people: () => Promise<Person[]>;
  issueToken: (person: Person) => Promise<string>;
  /** origins the page uploads evidence to (the S3 emulator) */
  uploadOrigins: string[];
}

export function describePerson(p: Person): string {
  const unit = MUNICIPAL_UNITS.find((u) => u.unitId === p.unitId)?.name;
  const roles = p.roles.map((r) => ROLE_LABELS[r]).join(', ');
  return [unit, p.headOfUnit ? 'หัวหน้าหน่วยงาน' : roles].filter(Boolean).join(' · ');
}

export function localWebHost(options: LocalWebHostOptions) {
  const files = new Map(buildWebSync().map((f) => [f.path, f]));
  const config: WebConfig = { apiUrl: '', auth: { kind: 'demo' } };
  const security = {
    'content-security-policy': contentSecurityPolicy(options.uploadOrigins),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-cache',
  };
  const json = (status: number, body: unknown): ExtraResponse => ({
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    body: JSON.stringify(body),
  });

  return async ({ method, url }: { method: string; url: URL }): Promise<ExtraResponse | undefined> => {
    const path = url.pathname;
    if (path === '/local/people' && method === 'GET') {
      // staff first (the usual demo), then the working group, heads, executives, admins
      const rank = (p: Person) =>
        p.roles.includes('admin')
          ? 4
          : p.roles.includes('executive')
            ? 3
            : p.headOfUnit
              ? 2
              : p.roles.includes('coordinator')
                ? 1
                : 0;
      const people = (await options.people()).filter((p) => p.active).sort((a, b) => rank(a) - rank(b));
      return json(
        200,
        people.map((p) => ({ email: p.email, name: p.name, description: describePerson(p) })),
      );
    }
    if (path === '/local/token' && method === 'POST') {
      const email = url.searchParams.get('email') ?? '';
      const person = (await options.people()).find((p) => p.active && p.email === email);
      return person ? json(200, { token: await options.issueToken(person) }) : json(404, { message: 'no such person' });
    }
    if (method !== 'GET' && method !== 'HEAD') return undefined;
    if (path === '/config.json') return json(200, config);
    const file = files.get(path === '/' ? '/index.html' : path);
    if (!file) return undefined;
    return { status: 200, headers: { 'content-type': file.contentType, ...security }, body: file.body };
  };
}
