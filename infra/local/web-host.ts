// The web page on the local server: the built files, /config.json, and the demo sign-in that stands
// in for Cognito's managed login (a list of every org's people, and a token for the one chosen).
import { buildWebSync } from '../../web/build-web.js';
import { contentSecurityPolicy } from '../../web/content-security-policy.js';
import type { WebConfig } from '../../web/src/web-config.js';
import { roleLabelsOf } from '../../shared/domain/status-labels.js';
import type { Person, Unit } from '../../shared/domain/organisation.js';
import type { ExtraResponse } from './api-gateway-server.js';
import type { LocalOrgPeople } from './local-people.js';
import { byCodeUnits } from '../../shared/domain/code-unit-order.js';
import { byThaiText } from '../../shared/domain/thai-order.js';

export interface LocalWebHostOptions {
  /** every org's people (inactive ones too: the host lists the active), the demo org first */
  orgs: () => Promise<LocalOrgPeople[]>;
  issueToken: (person: Person) => Promise<string>;
  /** origins the page uploads evidence to (the S3 emulator) */
  uploadOrigins: string[];
}

/**
 * One entry of the picker: a person in one org (someone in two orgs has two entries, one under each;
 * the page groups by the org and signs in to it).
 */
export interface LocalPickerPerson {
  email: string;
  name: string;
  description: string;
  orgId: string;
  orgName: string;
}

export function describePerson(p: Person, units: readonly Pick<Unit, 'unitId' | 'name'>[]): string {
  const unit = units.find((u) => u.unitId === p.unitId)?.name;
  return [unit, roleLabelsOf(p)].filter(Boolean).join(' · ');
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
  /**
   * The active people of every org, org by org (demo first), each org's by rank, then by Thai name
   * (as the people list), then by email. Someone in several orgs is listed under each org they are
   * active in; the entry names its org, and the page signs them in to it (no question which org).
   */
  const picker = async () =>
    (await options.orgs()).flatMap((org) =>
      org.people
        .filter((x) => x.active)
        .sort((a, b) => rank(a) - rank(b) || byThaiText(a.name, b.name) || byCodeUnits(a.email, b.email))
        .map((p) => ({
          person: p,
          entry: {
            email: p.email,
            name: p.name,
            description: describePerson(p, org.units),
            orgId: org.orgId,
            orgName: org.orgName,
          } satisfies LocalPickerPerson,
        })),
    );

  return async ({ method, url }: { method: string; url: URL }): Promise<ExtraResponse | undefined> => {
    const path = url.pathname;
    if (path === '/local/people' && method === 'GET') {
      return json(
        200,
        (await picker()).map((p) => p.entry),
      );
    }
    if (path === '/local/token' && method === 'POST') {
      // one sign-in (sub, email) for all of a person's orgs: the page names the org (X-Org-Id)
      const email = url.searchParams.get('email') ?? '';
      const person = (await picker()).find((p) => p.entry.email === email)?.person;
      return person ? json(200, { token: await options.issueToken(person) }) : json(404, { message: 'no such person' });
    }
    if (method !== 'GET' && method !== 'HEAD') return undefined;
    if (path === '/config.json') return json(200, config);
    const file = files.get(path === '/' ? '/index.html' : path);
    if (!file) return undefined;
    return { status: 200, headers: { 'content-type': file.contentType, ...security }, body: file.body };
  };
}
