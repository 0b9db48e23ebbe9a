// npm run job when an org's run stops part-way (break-32 F3): the daily pass that mails the annual
// report, or the annual-report run, without a usable report file store (BUCKET_NAME, S3_ENDPOINT).
// The operator is told why, Thai first, what went out before it stopped, and the command exits 1.
import { SESClient } from '@aws-sdk/client-ses';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { createApiFixture, type ApiFixture } from '../../support/api-fixture.js';
import { jobCli } from '../../../infra/cli/run-job.js';
import { runCliEntry } from '../../support/cli-process.js';
import { fixtureJobDeps } from '../../support/fixture-job-deps.js';
import { bangkok } from '../../support/jobs-fixture.js';
import { mailFor } from '../../support/mailbox.js';
import { toThaiDigits } from '../../../shared/domain/thai-format.js';

let f: ApiFixture;
let ses: SESClient;
beforeAll(async () => {
  f = await createApiFixture({ now: bangkok('2023-09-20T09:00:00') });
  ses = new SESClient({ endpoint: inject('sesEndpoint'), region: 'ap-southeast-1' });
  // Sunday 1 October 2023: the run generates the FY2566 report; Monday's daily pass is to mail it
  const deps = fixtureJobDeps(f, ses, { wallClock: () => bangkok('2023-10-01T06:00:00') });
  await runScheduledJob(deps, { kind: 'annual-report', scheduledTime: bangkok('2023-10-01T06:00:00'), orgId: 'demo' });
}, 120_000);
afterAll(async () => {
  ses?.destroy();
  await f?.close();
});

/**
 * `npm run job -- ...args` (its entry function, in this process) with the variables the usage
 * names, without BUCKET_NAME unless `extra` sets it.
 */
const job = async (args: string[], extra: Record<string, string> = {}) => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TABLE_NAME: f.store.tableName,
    DYNAMODB_ENDPOINT: f.store.endpoint,
    SES_ENDPOINT: inject('sesEndpoint'),
    MAIL_MAX_PER_SECOND: '100',
  };
  delete env.BUCKET_NAME;
  delete env.S3_ENDPOINT;
  try {
    return { code: 0, ...(await runCliEntry(jobCli, args, { env: { ...env, ...extra } })) };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};
const monday = ['escalation', '--at', '2023-10-02T08:30:00+07:00', '--org', 'demo'];
const pdfMails = async () =>
  (await mailFor(f.mailDomain)).filter((m) => m.attachments.some((a) => a.contentType === 'application/pdf'));

describe('npm run job: an org whose run stops part-way', { timeout: 120_000 }, () => {
  it('the Monday pass without BUCKET_NAME says why Thai first, counts the reminders it sent before stopping, and exits 1', async () => {
    const r = await job(monday);
    const sentLines = r.stdout.split('\n').filter((l) => l.startsWith('sent '));
    expect(sentLines.length).toBeGreaterThan(0);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('องค์กร demo: หยุดกลางคัน (ABORTED: ReportFileStoreMissing)');
    expect(r.stdout).toContain(
      '  ไม่ได้ตั้งค่าที่เก็บไฟล์รายงาน จึงจัดทำหรือส่งอีเมลรายงานผลประจำปีไม่ได้ ตั้งค่า BUCKET_NAME (และ S3_ENDPOINT สำหรับระบบในเครื่อง) แล้วสั่งคำสั่งเดิมอีกครั้ง',
    );
    expect(r.stdout).toContain(`  ก่อนหยุด: ส่งแล้ว ${toThaiDigits(sentLines.length)}, `);
    expect(r.stdout).toContain(`(before it stopped: sent ${sentLines.length}, `);
    expect(r.stdout).toContain(`รวม ๑ องค์กร, ส่งแล้ว ${toThaiDigits(sentLines.length)}, `);
    expect(r.stdout).toContain(`(1 org in all: sent ${sentLines.length}, `);
    expect(r.stdout).toContain(', หยุดกลางคัน ๑ องค์กร (1 org in all: ');
    expect(r.stderr).toMatch(/^หยุดกลางคัน ๑ องค์กร \(demo\) แก้ไขตามที่แจ้งข้างต้นแล้วสั่งคำสั่งเดิมอีกครั้ง/);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
    expect(await pdfMails()).toEqual([]);
  });

  it('run again without BUCKET_NAME, it counts what was already sent and exits 1 again', async () => {
    const mails = (await mailFor(f.mailDomain)).length;
    const r = await job(monday);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`  ก่อนหยุด: ส่งแล้ว ๐, เคยส่งแล้ว ${toThaiDigits(mails)}, `);
    expect(r.stdout).toContain(`(before it stopped: sent 0, already sent ${mails}, `);
    expect(r.stdout).toContain(`รวม ๑ องค์กร, ส่งแล้ว ๐, เคยส่งแล้ว ${toThaiDigits(mails)}, `);
    expect((await mailFor(f.mailDomain)).length).toBe(mails);
  });

  it('the annual-report run without BUCKET_NAME says to set it and exits 1, so a replay `A && B` stops there', async () => {
    const mails = (await mailFor(f.mailDomain)).length;
    const r = await job(['scheduled', '--kind', 'annual-report', '--at', '2023-10-01T06:00:00+07:00', '--org', 'demo']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('องค์กร demo: หยุดกลางคัน (ABORTED: ReportFileStoreMissing)');
    expect(r.stdout).toContain('ตั้งค่า BUCKET_NAME (และ S3_ENDPOINT สำหรับระบบในเครื่อง)');
    expect((await mailFor(f.mailDomain)).length).toBe(mails);
  });

  it('the Monday pass with a bucket that does not exist names BUCKET_NAME and S3_ENDPOINT and exits 1', async () => {
    const r = await job(monday, { BUCKET_NAME: 'nosuchbucket', S3_ENDPOINT: inject('s3Endpoint') });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('องค์กร demo: หยุดกลางคัน (ABORTED: ReportFileStoreUnusable)');
    expect(r.stdout).toMatch(/\n {2}ที่เก็บไฟล์รายงานใช้งานไม่ได้ \(\w+\) ตรวจค่า BUCKET_NAME และ S3_ENDPOINT/);
    expect(await pdfMails()).toEqual([]);
  });

  it('with BUCKET_NAME set, the Monday pass mails the annual report to the two readers and exits 0', async () => {
    const r = await job(monday, { BUCKET_NAME: f.bucket, S3_ENDPOINT: inject('s3Endpoint') });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('องค์กร demo: ส่งแล้ว ๒, ');
    expect(r.stdout).not.toContain('หยุดกลางคัน');
    expect(await pdfMails()).toHaveLength(2);
  });
});
