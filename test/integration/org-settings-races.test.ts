// Org settings changed at the same moment (two administrators, or a script run twice): each change
// stays. setDueRule and setClosureDays read the org and write it back whole, under its revision.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localIdentityProvider } from '../../shared/identity/identity-provider.js';
import { auditTrail } from '../../shared/store/audit-log.js';
import { auditSummary } from '../../shared/domain/audit-summary.js';
import { CalendarFeedRepository } from '../../shared/store/calendar-feed-repository.js';
import { OrgRepository } from '../../shared/store/org-repository.js';
import { PlanRepository } from '../../shared/store/plan-repository.js';
import { ReportRepository } from '../../shared/store/report-repository.js';
import { createOrg, setClosureDays, setDueRule, type DueRuleContext } from '../../shared/use-cases/administer-org.js';
import { createTestStore, type TestStore } from '../support/test-store.js';

let store: TestStore;
let ctx: DueRuleContext;
beforeAll(async () => {
  store = await createTestStore();
  ctx = {
    orgs: new OrgRepository(store),
    identity: localIdentityProvider,
    feeds: new CalendarFeedRepository(store),
    plans: new PlanRepository(store),
    reports: new ReportRepository(store),
    actor: 'cli:admin',
    now: new Date('2026-12-01T03:00:00Z'),
  };
});
afterAll(async () => store?.drop());

const org = async (orgId: string) => (await ctx.orgs.getOrg(orgId))!;

describe('org settings changed at the same moment', () => {
  it('keeps every due rule when rules for four cadences are set at once', async () => {
    await createOrg(ctx, { orgId: 'race-a', name: 'เทศบาลตำบลแข่ง', withMunicipalUnits: false });
    await Promise.all([
      setDueRule(ctx, { orgId: 'race-a', cadence: 'monthly', rule: { kind: 'day-of-next-month', day: 5 } }),
      setDueRule(ctx, { orgId: 'race-a', cadence: 'quarterly', rule: { kind: 'days-after', days: 10 } }),
      setDueRule(ctx, { orgId: 'race-a', cadence: 'semiannual', rule: { kind: 'days-after', days: 7 } }),
      setDueRule(ctx, { orgId: 'race-a', cadence: 'annual', rule: { kind: 'days-after', days: 3 } }),
    ]);
    expect((await org('race-a')).dueRules).toEqual({
      monthly: { kind: 'day-of-next-month', day: 5 },
      quarterly: { kind: 'days-after', days: 10 },
      semiannual: { kind: 'days-after', days: 7 },
      annual: { kind: 'days-after', days: 3 },
    });
  });

  it('keeps the due rule set while the closure days are replaced, and the closure days too', async () => {
    await createOrg(ctx, { orgId: 'race-b', name: 'เทศบาลตำบลแข่งสอง', withMunicipalUnits: false });
    await Promise.all([
      setClosureDays(ctx, { orgId: 'race-b', days: ['2027-01-04', '2027-04-16'] }),
      setDueRule(ctx, { orgId: 'race-b', cadence: 'monthly', rule: { kind: 'day-of-next-month', day: 10 } }),
      setDueRule(ctx, { orgId: 'race-b', cadence: 'once', rule: { kind: 'days-after', days: 2 } }),
    ]);
    const after = await org('race-b');
    expect(after.closureDays).toEqual(['2027-01-04', '2027-04-16']);
    expect(after.dueRules).toEqual({
      monthly: { kind: 'day-of-next-month', day: 10 },
      once: { kind: 'days-after', days: 2 },
    });
  });

  it('records each change in the org history in Thai, one entry per change', async () => {
    await createOrg(ctx, { orgId: 'race-c', name: 'เทศบาลตำบลแข่งสาม', withMunicipalUnits: false });
    await Promise.all([
      setDueRule(ctx, { orgId: 'race-c', cadence: 'monthly', rule: { kind: 'days-after', days: 1 } }),
      setDueRule(ctx, { orgId: 'race-c', cadence: 'monthly', rule: { kind: 'default' } }),
      setClosureDays(ctx, { orgId: 'race-c', days: ['2027-05-03'] }),
    ]);
    const trail = (await auditTrail(store, 'race-c', ctx.now)).filter((e) => e.target === 'org:race-c');
    expect(trail.map((e) => e.action).sort()).toEqual(['org.closureDays', 'org.dueRule', 'org.dueRule', 'org.put']);
    const thai = trail.map((e) => auditSummary(e, (id) => id).th).sort();
    expect(thai).toContain('กำหนดวันปิดทำการขององค์กร ๑ วัน');
    expect(thai).toContain('ตั้งกำหนดส่งของการรายงานรอบ "ทุกเดือน"');
    expect(thai).toContain('ใช้กำหนดส่งตามปกติกับการรายงานรอบ "ทุกเดือน"');
    expect((await org('race-c')).closureDays).toEqual(['2027-05-03']);
  });

  it('answers "no such org" for an org that does not exist, and writes nothing', async () => {
    await expect(
      setDueRule(ctx, { orgId: 'no-such-org', cadence: 'monthly', rule: { kind: 'days-after', days: 1 } }),
    ).rejects.toMatchObject({ code: 'not_found', message_th: 'ไม่พบองค์กร "no-such-org"' });
    await expect(setClosureDays(ctx, { orgId: 'no-such-org', days: [] })).rejects.toMatchObject({ code: 'not_found' });
    expect(await ctx.orgs.getOrg('no-such-org')).toBeUndefined();
  });
});
