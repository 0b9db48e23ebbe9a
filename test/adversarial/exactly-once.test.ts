// Duplicate and concurrent delivery: every effect is counted exactly.
import { fixtureJobDeps } from '../support/fixture-job-deps.js';
import { SESClient } from '@aws-sdk/client-ses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { runScheduledJob } from '../../shared/jobs/run-scheduled-job.js';
import { DocumentGenerationRepository } from '../../shared/store/document-generation-repository.js';
import { call } from '../support/api-events.js';
import { EVERY_DAY } from '../../shared/domain/working-days.js';
import { createApiFixture, who, type ApiFixture } from '../support/api-fixture.js';
import { bangkok } from '../support/jobs-fixture.js';
import { mailFor } from '../support/mailbox.js';

let f: ApiFixture;
let ses: SESClient;
const results: string[] = [];
const base = '/v1/fiscal-years/2566/obligations';

beforeAll(async () => {
  f = await createApiFixture();
  ses = new SESClient({ endpoint: inject('sesEndpoint'), region: 'ap-southeast-1' });
});
afterAll(async () => {
  console.log(`exactly-once: ${results.join('; ')}`);
  ses?.destroy();
  await f?.close();
});

// delivery, not the calendar, is under test: 1 April 2023 is a Saturday
const deps = () => fixtureJobDeps(f, ses, { calendar: EVERY_DAY });

describe('duplicate and concurrent delivery', () => {
  it('20 identical submissions in parallel with one Idempotency-Key store one version', async () => {
    const res = await Promise.all(
      Array.from({ length: 20 }, () =>
        call(f.handler, {
          method: 'PUT',
          path: `${base}/i4.f2.2023-02.finance/report`,
          as: who.financeStaff,
          headers: { 'idempotency-key': 'k-1' },
          body: { progress: 'done', summary: 'ครั้งเดียว' },
        }),
      ),
    );
    const versions = await call(f.handler, {
      method: 'GET',
      path: `${base}/i4.f2.2023-02.finance/report/versions`,
      as: who.financeStaff,
    });
    expect(res.every((r) => r.status === 200 && r.body.version === 1)).toBe(true);
    expect(versions.body.items).toHaveLength(1);
    results.push(`20 retries with one key -> ${versions.body.items.length} version`);
  });

  it('20 revisions in parallel on the same version: one wins, 19 get 409', async () => {
    const res = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call(f.handler, {
          method: 'PUT',
          path: `${base}/i4.f2.2023-02.finance/report`,
          as: who.financeStaff,
          body: { progress: 'done', summary: `ฉบับที่ ${i}`, expectedVersion: 1 },
        }),
      ),
    );
    const statuses = res.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const versions = await call(f.handler, {
      method: 'GET',
      path: `${base}/i4.f2.2023-02.finance/report/versions`,
      as: who.financeStaff,
    });
    expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    results.push('20 parallel revisions -> 1 stored, 19 x 409');
  });

  it.each([
    ['monthly', '2023-04-01T08:30:00'],
    ['semiannual', '2023-03-01T08:30:00'],
    ['april-september', '2023-04-01T08:30:00'],
    ['daily', '2023-05-08T08:30:00'],
  ] as const)('the %s job run 3 times at once sends what one run sends', async (kind, at) => {
    const before = await mailFor(f.mailDomain);
    const runs = await Promise.all(
      [1, 2, 3].map(() => runScheduledJob(deps(), { kind, scheduledTime: bangkok(at), orgId: 'demo' })),
    );
    const fresh = (await mailFor(f.mailDomain)).filter((m) => !before.some((b) => b.messageId === m.messageId));
    const keys = fresh.map((m) => `${m.to.join()}|${m.subject}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(fresh.length).toBe(runs.reduce((n, r) => n + r.sent, 0));
    expect(fresh.length).toBeGreaterThan(0);
    const again = await runScheduledJob(deps(), { kind, scheduledTime: bangkok(at), orgId: 'demo' });
    expect(again.sent).toBe(0);
    results.push(`${kind} x3 -> ${fresh.length} emails, 0 duplicates`);
  });

  it('the annual-report job run 3 times at once makes one generation and one email per reader', async () => {
    const before = await mailFor(f.mailDomain);
    await Promise.all(
      [1, 2, 3].map(() =>
        runScheduledJob(deps(), {
          kind: 'annual-report',
          scheduledTime: bangkok('2023-10-01T06:00:00'),
          orgId: 'demo',
        }),
      ),
    );
    const generations = await new DocumentGenerationRepository(f.store).list('annual-report', 'demo', 2566);
    const fresh = (await mailFor(f.mailDomain)).filter((m) => !before.some((b) => b.messageId === m.messageId));
    expect(generations).toHaveLength(1);
    expect(fresh.map((m) => m.to[0]).sort()).toEqual([`ita@${f.mailDomain}`, `mayor@${f.mailDomain}`]);
    results.push(`annual-report x3 -> ${generations.length} generation, ${fresh.length} emails`);
  });
});
