import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../../shared/domain/errors.js';
import type { ReportContent } from '../../shared/domain/report.js';
import { auditTrail } from '../../shared/store/audit-log.js';
import { keys } from '../../shared/store/keys.js';
import { OrgRepository } from '../../shared/store/org-repository.js';
import { OUTBOX_TTL_SECONDS, OutboxRepository } from '../../shared/store/outbox-repository.js';
import { PlanRepository } from '../../shared/store/plan-repository.js';
import { ReportRepository } from '../../shared/store/report-repository.js';
import { importSeedPlan } from '../support/seed-plan.js';
import { seedOrg } from '../support/seed-org.js';
import { createTestStore, type TestStore } from '../support/test-store.js';

let store: TestStore;
let reports: ReportRepository;
const now = new Date('2023-04-20T03:00:00Z');
const content: ReportContent = {
  progress: 'done',
  summary: 'รายงานผลการดำเนินงานเดือนเมษายน ๒๕๖๖ ต่อที่ประชุมแล้ว',
  obstacles: '',
  suggestions: '',
  evidence: [{ url: 'https://example.org/minutes.pdf', title: 'รายงานการประชุม' }],
};
const ref = { orgId: 'demo', fy: 2566, obligationId: 'i4.f2.2023-04.finance', unitId: 'finance' };

beforeAll(async () => {
  store = await createTestStore();
  reports = new ReportRepository(store);
  await seedOrg(store, 'demo');
  await seedOrg(store, 'other', 'เทศบาลตำบลอื่น');
  const plans = new PlanRepository(store);
  await plans.savePlan(importSeedPlan('demo').plan, { actor: 'system:seed', now });
  await plans.savePlan(importSeedPlan('other').plan, { actor: 'system:seed', now });
});
afterAll(async () => store?.drop());

describe('orgs, units and people', () => {
  it('lists orgs page by page from the registry partition', async () => {
    const orgs = new OrgRepository(store);
    const first = await orgs.listOrgs({ limit: 1 });
    expect(first.items).toHaveLength(1);
    expect(first.cursor).toBeDefined();
    const second = await orgs.listOrgs({ limit: 1, cursor: first.cursor! });
    expect([first.items[0]!.orgId, second.items[0]!.orgId].sort()).toEqual(['demo', 'other']);
  });

  it("finds a person's membership by token subject and by email", async () => {
    const orgs = new OrgRepository(store);
    expect((await orgs.findBySubject('demo-staff-finance')).map((p) => [p.orgId, p.unitId])).toEqual([
      ['demo', 'finance'],
    ]);
    expect((await orgs.findByEmail('ITA@demo.example.org')).map((p) => p.personId)).toEqual(['demo-coordinator']);
    expect(await orgs.listUnits('demo')).toHaveLength(5);
  });

  it("reads an org's units and people, inactive ones too, in one Query: what listUnits and listPeople read, without the name, email and membership items between them", async () => {
    const orgs = new OrgRepository(store);
    await orgs.putPerson(
      {
        orgId: 'demo',
        personId: 'demo-left',
        email: 'left@demo.example.org',
        name: 'ย้ายไปแล้ว',
        unitId: 'finance',
        roles: ['staff'],
        headOfUnit: false,
        active: false,
      },
      { actor: 't', now },
    );
    const requests: string[] = [];
    store.doc.middlewareStack.add(
      (next, context) => (args) => {
        requests.push(context.commandName ?? '');
        return next(args);
      },
      { step: 'initialize', name: 'countRequests' },
    );
    try {
      const both = await orgs.listUnitsAndPeople('demo');
      expect(requests).toEqual(['QueryCommand']);
      expect(both.units).toEqual(await orgs.listUnits('demo'));
      expect(both.people).toEqual(await orgs.listPeople('demo'));
    } finally {
      store.doc.middlewareStack.remove('countRequests');
    }
    const both = await orgs.listUnitsAndPeople('demo');
    expect(both.units.map((u) => u.name)).toEqual([
      'สำนักปลัดเทศบาล',
      'กองการศึกษา',
      'กองช่าง',
      'กองคลัง',
      'กองสาธารณสุขและสิ่งแวดล้อม',
    ]);
    expect(both.people.map((p) => p.email)).toContain('left@demo.example.org');
    expect(both.people.find((p) => p.personId === 'demo-left')?.active).toBe(false);
    expect(both.people.every((p) => p.orgId === 'demo')).toBe(true);
    expect(both.people).toHaveLength(8);
    expect((await orgs.listUnitsAndPeople('other')).people.map((p) => p.name)).toContain('นายกเทศมนตรี');
    expect(await orgs.listUnitsAndPeople('ghost')).toEqual({ units: [], people: [] });
  });

  it('refuses a unit for an org that does not exist', async () => {
    const orgs = new OrgRepository(store);
    await expect(
      orgs.putUnit({ orgId: 'ghost', unitId: 'finance', name: 'กองคลัง', aliases: [] }, { actor: 't', now }),
    ).rejects.toThrow();
    expect(await orgs.listUnits('ghost')).toEqual([]);
  });
});

describe('plans', () => {
  it('round-trips the imported FY2566 plan with its measures in order', async () => {
    const plan = await new PlanRepository(store).getPlan('demo', 2566);
    expect(plan?.version).toBe(1);
    expect(plan?.measures.map((m) => m.indicator)).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(plan?.measures[1]?.methods).toHaveLength(7);
  });

  it('refuses a second first-save and a save on a stale version', async () => {
    const plans = new PlanRepository(store);
    const { plan } = importSeedPlan('demo');
    await expect(plans.savePlan(plan, { actor: 't', now })).rejects.toBeInstanceOf(ConflictError);
    const v2 = await plans.savePlan(
      { ...plan, measures: plan.measures.slice(0, 6) },
      { actor: 't', now, expectedVersion: 1 },
    );
    expect(v2.version).toBe(2);
    await expect(plans.savePlan(plan, { actor: 't', now, expectedVersion: 1 })).rejects.toMatchObject({
      code: 'conflict',
      details: { currentVersion: 2 },
    });
    const stored = await plans.getPlan('demo', 2566);
    expect(stored?.measures.map((m) => m.indicator)).toEqual([4, 5, 6, 7, 8, 9]);
    await plans.savePlan(plan, { actor: 't', now, expectedVersion: 2 });
    expect((await plans.getPlan('demo', 2566))?.measures).toHaveLength(7);
  });
});

describe('reports', () => {
  it('stores a submission as version 1 with a history item and an audit entry', async () => {
    const saved = await reports.saveVersion(ref, content, { actor: 'demo-staff-finance', now });
    expect(saved).toMatchObject({ version: 1, reviewState: 'submitted', unitId: 'finance' });
    expect(await reports.getLatest(ref)).toMatchObject({ version: 1, summary: content.summary });
    expect((await reports.listVersions(ref)).items.map((r) => r.version)).toEqual([1]);
    const audit = await auditTrail(store, 'demo', now);
    expect(audit.filter((a) => a.action === 'report.submit')).toEqual([
      expect.objectContaining({ actor: 'demo-staff-finance', target: `report:${ref.obligationId}` }),
    ]);
  });

  it('lets exactly one of two revisions made on the same version win; the other gets the current version', async () => {
    const results = await Promise.allSettled([
      reports.saveVersion(ref, { ...content, summary: 'ฉบับแก้ไข ก' }, { actor: 'a', now, expectedVersion: 1 }),
      reports.saveVersion(ref, { ...content, summary: 'ฉบับแก้ไข ข' }, { actor: 'b', now, expectedVersion: 1 }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    expect(rejected.reason.details).toEqual({ currentVersion: 2 });
    expect(rejected.reason.message_th).toContain('ฉบับที่ ๒');
    expect((await reports.listVersions(ref)).items.map((r) => r.version)).toEqual([1, 2]);
  });

  it('writes nothing, not even the audit entry, when a revision conflicts', async () => {
    const before = (await auditTrail(store, 'demo', now)).length;
    await expect(reports.saveVersion(ref, content, { actor: 'c', now, expectedVersion: 1 })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect((await auditTrail(store, 'demo', now)).length).toBe(before);
    expect((await reports.getLatest(ref))?.version).toBe(2);
    expect((await reports.listVersions(ref)).items.map((r) => r.version)).toEqual([1, 2]);
  });

  it('records a return with its comment on the latest version and in its history item', async () => {
    const returned = await reports.review(
      ref,
      { decision: 'return', comment: 'กรุณาแนบรายงานการประชุม', version: 2 },
      { actor: 'demo-coordinator', now },
    );
    expect(returned).toMatchObject({ reviewState: 'returned', reviewComment: 'กรุณาแนบรายงานการประชุม', version: 2 });
    expect((await reports.listVersions(ref)).items.map((r) => r.reviewState)).toEqual(['submitted', 'returned']);
    await expect(reports.review(ref, { decision: 'accept', version: 1 }, { actor: 'x', now })).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it("keeps one org's reports out of reach through another org's keys", async () => {
    const otherRef = { ...ref, orgId: 'other' };
    expect(await reports.getLatest(otherRef)).toBeUndefined();
    expect(await reports.listLatestForYear('other', 2566)).toEqual([]);
    await reports.saveVersion(otherRef, { ...content, summary: 'ของอีกเทศบาล' }, { actor: 'other-staff-finance', now });
    expect(['ฉบับแก้ไข ก', 'ฉบับแก้ไข ข']).toContain((await reports.getLatest(ref))?.summary);
    expect((await reports.listLatestForYear('demo', 2566)).every((r) => r.orgId === 'demo')).toBe(true);
    expect((await reports.listLatestForYear('other', 2566)).map((r) => r.summary)).toEqual(['ของอีกเทศบาล']);
  });

  it('cannot build a key that escapes its org', () => {
    expect(() => keys.report('demo#FY#2566', 2566, 'x')).toThrow();
    expect(() => keys.report('demo', 2566, 'i4.f2.2023-04.finance#REPORT#x')).toThrow();
    expect(() => keys.org('Demo')).toThrow();
  });

  it('stores the audit entry in the same transaction as the report (a failed history write rolls back both)', async () => {
    const fresh = { ...ref, obligationId: 'i4.f2.2023-05.finance' };
    // Occupy the history slot of version 1, so the transaction must fail as a whole.
    await store.doc.send(
      new (await import('@aws-sdk/lib-dynamodb')).PutCommand({
        TableName: store.tableName,
        Item: { ...keys.reportVersion('demo', 2566, fresh.obligationId, 1), type: 'report-version' },
      }),
    );
    const before = (await auditTrail(store, 'demo', now)).length;
    await expect(reports.saveVersion(fresh, content, { actor: 'x', now })).rejects.toBeInstanceOf(ConflictError);
    const latest = await store.doc.send(
      new GetCommand({ TableName: store.tableName, Key: keys.report('demo', 2566, fresh.obligationId) }),
    );
    expect(latest.Item).toBeUndefined();
    expect((await auditTrail(store, 'demo', now)).length).toBe(before);
  });
});

describe('personal data in the outbox is not kept forever', () => {
  it.each([
    ['failed and waiting for a retry', 'failed'],
    ['given up', 'given-up'],
  ])('an email %s carries a DynamoDB TTL 90 days after its first attempt', async (_name, status) => {
    const outbox = new OutboxRepository(store);
    const mailId = `ttl-${status}`;
    const claimed = await outbox.claim({
      orgId: 'demo',
      mailId,
      markers: [{ fy: 2566, stage: `ttl-${status}`, recipient: 'p1', subjectId: 'i4.f2.2023-04.finance' }],
      recipe: { kind: 'reminder', personId: 'p1' },
      recipient: 's***@demo.example.org',
      what: 'reminder',
      leaseUntil: 0,
      now,
    });
    expect(claimed).toEqual({ claimed: true });
    if (status === 'failed') await outbox.settleFailed('demo', mailId, 'Throttling');
    else
      await outbox.settleGivenUp({ orgId: 'demo', mailId, reason: 'bounced', actor: 'system', now, what: 'reminder' });
    const { Item } = await store.doc.send(
      new GetCommand({ TableName: store.tableName, Key: keys.outbox('demo', mailId), ConsistentRead: true }),
    );
    expect(Item).toMatchObject({ status, expiresAt: Math.floor(now.getTime() / 1000) + OUTBOX_TTL_SECONDS });
    expect(OUTBOX_TTL_SECONDS).toBe(90 * 24 * 3600);
  });
});
