// Who a token's subject is in the table (org, unit, roles), cached in memory for at most 60 s.
import type { Caller } from '../domain/access.js';
import { ForbiddenError } from '../domain/errors.js';
import type { Org, Unit } from '../domain/organisation.js';
import type { OrgRepository } from '../store/org-repository.js';

interface Cached<T> {
  value: T;
  until: number;
}

export const DIRECTORY_TTL_MS = 60_000;

export class CallerDirectory {
  private readonly callers = new Map<string, Cached<Caller | undefined>>();
  private readonly orgs = new Map<string, Cached<{ org: Org | undefined; units: Unit[] }>>();

  constructor(
    private readonly repo: OrgRepository,
    private readonly clock: () => Date,
  ) {}

  private async cached<T>(map: Map<string, Cached<T>>, key: string, load: () => Promise<T>): Promise<T> {
    const now = this.clock().getTime();
    const hit = map.get(key);
    if (hit && hit.until > now) return hit.value;
    const value = await load();
    map.set(key, { value, until: now + DIRECTORY_TTL_MS });
    return value;
  }

  /** The caller for a verified token subject; 403 if they belong to no org. */
  async callerFor(subject: string): Promise<Caller> {
    const caller = await this.cached(this.callers, subject, async () => {
      const person = (await this.repo.findBySubject(subject)).find((p) => p.active);
      if (!person) return undefined;
      return {
        personId: person.personId,
        orgId: person.orgId,
        roles: person.roles,
        headOfUnit: person.headOfUnit,
        ...(person.unitId ? { unitId: person.unitId } : {}),
      } satisfies Caller;
    });
    if (!caller) {
      throw new ForbiddenError(
        'บัญชีนี้ยังไม่ได้เป็นสมาชิกของหน่วยงานใด กรุณาติดต่อผู้ดูแลระบบ',
        'this account belongs to no organisation; ask your administrator',
      );
    }
    return caller;
  }

  async orgWithUnits(orgId: string): Promise<{ org: Org | undefined; units: Unit[] }> {
    return this.cached(this.orgs, orgId, async () => ({
      org: await this.repo.getOrg(orgId),
      units: await this.repo.listUnits(orgId),
    }));
  }
}
