import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOrgJob } from '../../../shared/jobs/run-org-job.js';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { sesMailer } from '../../../shared/mail/ses-mailer.js';
import type { Mailer } from '../../../shared/mail/outgoing-mail.js';
import { maskAddress } from '../../../shared/mail/deliver-once.js';
import { OutboxRepository } from '../../../shared/store/outbox-repository.js';
import { mailFor } from '../../support/mailbox.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { seedReport } from '../../support/report-seeding.js';

let f: JobsFixture;
afterAll(async () => f?.close());

describe('the March 2023 digest', () => {
  const ORG = 'digest';
  beforeAll(async () => {
    f = await createJobsFixture(ORG);
    // Due in March 2023: 4 monthly obligations x 5 units, and the semiannual H1 (i5.f4) x 5 units = 25.
    // On time: กองคลัง's four monthly and its H1 (5). Late: กองช่าง's four monthly, sent 5 April (4).
    // Missing: everything else (16).
    for (const id of ['i4.f2', 'i5.f1', 'i10.f1', 'i10.f4']) {
      await seedReport(f.store, ORG, `${id}.2023-03.finance`, bangkok('2023-03-28T10:00:00'));
      await seedReport(f.store, ORG, `${id}.2023-03.engineering`, bangkok('2023-04-05T10:00:00'));
    }
    await seedReport(f.store, ORG, 'i5.f4.H1.finance', bangkok('2023-03-31T16:00:00'));
  });

  it('counts what was met on time, late and missing per unit and per indicator, as seeded', async () => {
    await runOrgJob(f.deps(), {
      orgId: ORG,
      kind: 'monthly',
      scheduledTime: bangkok('2023-04-01T08:30:00'),
      parts: ['summaries'],
    });
    const digests = (await mailFor(ORG)).filter((m) => m.subject.startsWith('[ITA] สรุปเดือนมีนาคม ๒๕๖๖:'));
    expect(digests.map((m) => m.to[0]).sort()).toEqual([`ita@${ORG}.example.org`, `mayor@${ORG}.example.org`]);
    const text = digests[0]!.text;
    expect(text).toContain('ครบกำหนด ๒๕ รายการ · ส่งตรงเวลา ๕ · ส่งล่าช้า ๔ · ยังไม่ส่ง ๑๖');
    expect(text).toContain('- กองคลัง: ครบกำหนด ๕ ตรงเวลา ๕ ล่าช้า ๐ ยังไม่ส่ง ๐');
    expect(text).toContain('- กองช่าง: ครบกำหนด ๕ ตรงเวลา ๐ ล่าช้า ๔ ยังไม่ส่ง ๑');
    expect(text).toContain('- กองการศึกษา: ครบกำหนด ๕ ตรงเวลา ๐ ล่าช้า ๐ ยังไม่ส่ง ๕');
    // indicator 5: i5.f1 x5 (finance on time, engineering late, 3 missing) + i5.f4 H1 x5 (finance on time, 4 missing)
    expect(text).toContain('- ๕. การแก้ไขปัญหาการทุจริต: ครบกำหนด ๑๐ ตรงเวลา ๒ ล่าช้า ๑ ยังไม่ส่ง ๗ (๓๐%)');
    expect(digests[0]!.html).toContain('ร้อยละการส่งรายงาน รายตัวชี้วัด');
    expect(digests[0]!.html).not.toMatch(/<img|https?:\/\/(?!ita\.example\.org)/);
  });
});

describe('faults', () => {
  const ORG = 'faults';
  beforeAll(async () => {
    await f?.close();
    f = await createJobsFixture(ORG);
  });

  it('delivers every email exactly once while SES throttles 30% of sends', async () => {
    let throttled = 0;
    let calls = 0;
    f.ses.middlewareStack.add(
      (next) => async (args) => {
        calls++;
        if (Math.random() < 0.3) {
          throttled++;
          throw Object.assign(new Error('Rate exceeded'), {
            name: 'ThrottlingException',
            $metadata: { httpStatusCode: 400 },
          });
        }
        return next(args);
      },
      { step: 'initialize', name: 'injectThrottling' },
    );
    const result = await runScheduledJob(f.deps(), { kind: 'monthly', scheduledTime: bangkok('2023-04-01T08:30:00') });
    const mails = await mailFor(ORG);
    const keys = mails.map((m) => `${m.to.join()}|${m.subject}`);
    expect(result.failed).toBe(0);
    expect(mails.length).toBe(result.sent);
    expect(new Set(keys).size).toBe(keys.length);
    // 5 units: staff + head each (+ the coordinator in สำนักปลัด), and the digest for 2 readers
    expect(result.sent).toBe(5 * 2 + 1 + 2);
    expect(throttled).toBeGreaterThan(0);
    expect(calls).toBe(result.sent + throttled);
    f.ses.middlewareStack.remove('injectThrottling');
  });

  it('records a send that fails outright and delivers it on the next run, once', async () => {
    let sends = 0;
    const real = f.deps().mailer;
    const breaksAfterTwo: Mailer = {
      send: async (mail) => {
        sends++;
        if (sends === 3) throw Object.assign(new Error('connection reset'), { name: 'NetworkingError' });
        return real.send(mail);
      },
    };
    const at = bangkok('2023-05-01T08:30:00');
    const first = await runScheduledJob(f.deps({ mailer: breaksAfterTwo }), { kind: 'monthly', scheduledTime: at });
    expect(first.failed).toBe(1);
    const pending = await new OutboxRepository(f.store).pending(ORG);
    expect(pending.map((p) => p.status)).toEqual(['failed']);
    const lost = pending[0]!; // the outbox keeps a recipe, not the body (fault 3)
    const second = await runScheduledJob(f.deps(), { kind: 'monthly', scheduledTime: at });
    expect(second).toMatchObject({ retried: 1, sent: 0, failed: 0 });
    const copies = (await mailFor(ORG)).filter(
      (m) => maskAddress(m.to.join()) === lost.recipient && m.subject.includes('พฤษภาคม ๒๕๖๖'),
    );
    const keys = (await mailFor(ORG)).map((m) => `${m.to.join()}|${m.subject}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(copies.length).toBeGreaterThanOrEqual(1);
    expect(await new OutboxRepository(f.store).pending(ORG)).toEqual([]);
  });

  it('does not resend an email that was sent when recording it as sent fails once', async () => {
    let failed = 0;
    f.store.doc.middlewareStack.add(
      (next, context) => async (args) => {
        const input = args.input as { TransactItems?: { Delete?: unknown }[] };
        if (
          context.commandName === 'TransactWriteItemsCommand' &&
          input.TransactItems?.some((t) => t.Delete) &&
          failed === 0
        ) {
          failed++;
          throw Object.assign(new Error('injected'), {
            name: 'InternalServerError',
            $metadata: { httpStatusCode: 500 },
          });
        }
        return next(args);
      },
      { step: 'initialize', name: 'failFirstSettle' },
    );
    const at = bangkok('2023-06-01T08:30:00');
    const before = (await mailFor(ORG)).length;
    const first = await runScheduledJob(f.deps({ leaseMs: 0 }), { kind: 'monthly', scheduledTime: at, orgId: ORG });
    f.store.doc.middlewareStack.remove('failFirstSettle');
    const again = await runScheduledJob(f.deps({ leaseMs: 0 }), { kind: 'monthly', scheduledTime: at, orgId: ORG });
    const mails = (await mailFor(ORG)).slice(before);
    const keys = mails.map((m) => `${m.to.join()}|${m.subject}`);
    expect(failed).toBe(1);
    expect(first.failed).toBe(0);
    expect(again).toMatchObject({ sent: 0, retried: 0 });
    expect(new Set(keys).size).toBe(keys.length);
    expect(await new OutboxRepository(f.store).pending(ORG)).toEqual([]);
  });

  it('throttled sends through the real SES client are retried with backoff by the mailer', async () => {
    let attempts = 0;
    f.ses.middlewareStack.add(
      (next) => async (args) => {
        attempts++;
        if (attempts <= 2) throw Object.assign(new Error('Maximum sending rate exceeded'), { name: 'Throttling' });
        return next(args);
      },
      { step: 'initialize', name: 'throttleTwice' },
    );
    const mailer = sesMailer(f.ses, {
      from: 'ita@demo.example.org',
      maxPerSecond: 1000,
      retry: { attempts: 3, baseDelayMs: 1 },
    });
    await expect(
      mailer.send({ to: [`x@${ORG}.example.org`], subject: 'ทดสอบ', html: '<p>ทดสอบ</p>', text: 'ทดสอบ' }),
    ).resolves.toHaveProperty('messageId');
    expect(attempts).toBe(3);
    f.ses.middlewareStack.remove('throttleTwice');
  });
});
