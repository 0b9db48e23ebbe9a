// Who a token's subject is in the table (org, unit, roles), cached in memory for at most 60 s for
// reads; writes ask for it fresh (callerFor's `fresh`) or check it in their transaction (submit).
import { callerOf, type Caller } from '../domain/access.js';
import { ForbiddenError, ValidationError } from '../domain/errors.js';
import type { Org, Person, Unit } from '../domain/organisation.js';
import type { OrgRepository } from '../store/org-repository.js';
import { byCodeUnits } from '../domain/code-unit-order.js';

/** 403: the caller is no (longer a) member of the org asked for; `en` says how. */
const notMember = (en: string) => new ForbiddenError('คุณไม่ได้เป็นสมาชิกขององค์กรที่เลือก', en);

interface Cached<T> {
  value: T;
  until: number;
}

export const DIRECTORY_TTL_MS = 60_000;

/**
 * How a request's caller is read: `cached` (reads: up to DIRECTORY_TTL_MS old), `refusal-rechecked`
 * (a write that checks its caller in its own transaction, PUT …/report: cached, but a refusal read
 * again), `fresh` (every other write: the person item read strongly consistent too).
 */
export type CallerRead = 'cached' | 'refusal-rechecked' | 'fresh';

export class CallerDirectory {
  private readonly callers = new Map<string, Cached<Caller[]>>();
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

  /** The active memberships of a verified token subject (one per org). */
  async memberships(subject: string): Promise<Caller[]> {
    return this.cached(this.callers, subject, async () =>
      (await this.repo.findBySubject(subject))
        .filter((p) => p.active)
        .map(callerOf)
        .sort((a, b) => byCodeUnits(a.orgId, b.orgId)),
    );
  }

  /**
   * The caller for a verified token subject in the org the request names (header X-Org-Id), or in
   * their only org. 403 if they belong to no org (or not to the named one); 400 (in Thai, with the
   * choices in `details.memberships`) if they belong to several and named none. `read` (CallerRead):
   * `fresh` (a write's caller) chooses the org from the cached memberships and reads that person
   * item strongly consistent, one GetItem (its rights as they are now); a write's refusal by the
   * cached memberships (a person added or made active meanwhile) reads them again first.
   */
  async callerFor(subject: string, orgId?: string, { read = 'cached' }: { read?: CallerRead } = {}): Promise<Caller> {
    if (read === 'cached') return this.chosen(subject, orgId);
    // a refusal by the cached memberships (none; not the org named; several and none named) is
    // read again: a person made active again or added elsewhere (tester s39z: PUT …/report stayed
    // "belongs to no organisation" for a minute after a reactivation)
    const chosen = await this.chosen(subject, orgId).catch((error: unknown) => {
      if (!(error instanceof ForbiddenError || error instanceof ValidationError)) throw error;
      this.callers.delete(subject);
      return this.chosen(subject, orgId);
    });
    return read === 'fresh' ? this.confirmed(chosen) : chosen;
  }

  private async chosen(subject: string, orgId?: string): Promise<Caller> {
    const memberships = await this.memberships(subject);
    if (memberships.length === 0) {
      throw (
        (await this.accessEnded(subject)) ??
        new ForbiddenError(
          'บัญชีนี้ยังไม่ได้เป็นสมาชิกขององค์กรใด กรุณาติดต่อผู้ดูแลระบบ',
          'this account belongs to no organisation; ask your administrator',
        )
      );
    }
    if (orgId !== undefined) {
      const chosen = memberships.find((m) => m.orgId === orgId);
      if (!chosen) {
        throw (
          (await this.accessEnded(subject, orgId)) ??
          notMember('you are not a member of the organisation named in X-Org-Id')
        );
      }
      return chosen;
    }
    if (memberships.length === 1) return memberships[0]!;
    const choices = await Promise.all(
      memberships.map(async (m) => ({ orgId: m.orgId, name: (await this.orgWithUnits(m.orgId)).org?.name ?? '' })),
    );
    throw new ValidationError(
      'คุณเป็นสมาชิกหลายองค์กร กรุณาเลือกองค์กรที่จะใช้งาน',
      'you belong to several organisations; choose one with the X-Org-Id header',
      [
        {
          path: 'headers.x-org-id',
          message_th: `กรุณาเลือกองค์กร: ${choices.map((c) => c.name || c.orgId).join(', ')}`,
          message_en: `choose one of: ${choices.map((c) => c.orgId).join(', ')}`,
        },
      ],
      { memberships: choices },
    );
  }

  /** `chosen` as its person item is now (strongly consistent), kept in the cache too; 403 if it ended. */
  private async confirmed(chosen: Caller): Promise<Caller> {
    const person = await this.repo.getPerson(chosen.orgId, chosen.personId, { consistent: true });
    if (!person?.active) {
      this.callers.delete(chosen.personId);
      throw (person && (await this.endedIn([person]))) ?? notMember('you are not a member of this organisation');
    }
    const caller = callerOf(person);
    const hit = this.callers.get(chosen.personId);
    if (hit) hit.value = hit.value.map((m) => (m.orgId === caller.orgId ? caller : m));
    return caller;
  }

  /**
   * A deactivated person (in `orgId`, or in every org they had) is told their access was ended,
   * naming the org, not that they never joined. Read only on this refusal path (uncached).
   */
  private async accessEnded(subject: string, orgId?: string): Promise<ForbiddenError | undefined> {
    return this.endedIn(
      (await this.repo.findBySubject(subject)).filter((p) => !p.active && (orgId === undefined || p.orgId === orgId)),
    );
  }

  private async endedIn(ended: Person[]): Promise<ForbiddenError | undefined> {
    if (ended.length === 0) return undefined;
    const names = await Promise.all(ended.map(async (p) => (await this.orgWithUnits(p.orgId)).org?.name ?? p.orgId));
    return new ForbiddenError(
      `สิทธิ์ใช้งานของบัญชีนี้ใน${names.join(', ')}ถูกยกเลิกแล้ว หากยังต้องใช้งาน กรุณาติดต่อคณะทำงาน ITA หรือผู้ดูแลระบบขององค์กร`,
      `your access to ${ended.map((p) => p.orgId).join(', ')} was ended; ask the organisation's ITA coordinator or administrator if you still need it`,
    );
  }

  /** Forget cached memberships (after a person changes) or an org's units (after a unit changes). */
  forget(what: { subject?: string; orgId?: string }): void {
    if (what.subject) this.callers.delete(what.subject);
    if (what.orgId) this.orgs.delete(what.orgId);
  }

  async orgWithUnits(orgId: string): Promise<{ org: Org | undefined; units: Unit[] }> {
    return this.cached(this.orgs, orgId, async () => ({
      org: await this.repo.getOrg(orgId),
      units: await this.repo.listUnits(orgId),
    }));
  }
}
