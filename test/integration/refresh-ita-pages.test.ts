// Tester s46 (an upgrade mid-year): the public ITA page is written when a document is published, so
// a year published by the earlier version kept the earlier page ("ครบกำหนด ๐: ตรงเวลา ๐ …") until
// the next publication. `npm run admin -- refresh-ita-pages` writes each such page again from what
// is published now, and publishes, withdraws and records nothing.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DocumentKind } from '../../shared/domain/document-kinds.js';
import { DocumentGenerationRepository } from '../../shared/store/document-generation-repository.js';
import { adminCli } from '../../infra/cli/admin.js';
import { call } from '../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../support/api-fixture.js';
import { CliExit, runCliEntry } from '../support/cli-process.js';
import { publicationPath } from '../support/document-paths.js';
import { bangkok } from '../support/jobs-fixture.js';

const clock = bangkok('2023-07-03T09:00:00');
const OLD_PAGE = '<!doctype html><p>หน้าเผยแพร่ของรุ่นก่อน ครบกำหนด ๐: ตรงเวลา ๐</p>';
let f: ApiFixture;

async function publishNew(kind: DocumentKind, fy: number): Promise<void> {
  const request = { kind, orgId: 'demo', fy, trigger: `person:${who.coordinator}` } as const;
  const { generation } = await new DocumentGenerationRepository(f.store).claim({ ...request, now: clock });
  await f.documents.produce({ ...request, generation, asOf: clock });
  const res = await call(f.handler, {
    method: 'POST',
    path: publicationPath(kind, fy, generation),
    as: who.coordinator,
  });
  expect(res.status).toBe(200);
}
const pageKey = (org: string, fy: number) => `ita/${org}/${fy}/index.html`;
const page = async (org: string, fy: number) => {
  const file = await f.publicFiles.get(pageKey(org, fy));
  return file ? Buffer.from(file.body).toString('utf8') : undefined;
};
const writeOld = (org: string, fy: number) =>
  f.publicFiles.put(pageKey(org, fy), Buffer.from(OLD_PAGE, 'utf8'), 'text/html; charset=utf-8');
const env = (more: Record<string, string> = {}) => ({
  ...process.env,
  TABLE_NAME: f.store.tableName,
  DYNAMODB_ENDPOINT: f.store.endpoint,
  USER_POOL_ID: '',
  S3_ENDPOINT: inject('s3Endpoint'),
  BUCKET_NAME: f.bucket,
  PUBLIC_BUCKET_NAME: f.publicBucket,
  ...more,
});
const refresh = (args: string[] = [], more: Record<string, string> = {}) =>
  runCliEntry(adminCli, ['refresh-ita-pages', ...args], { env: env(more) });

let current2566: string;

beforeAll(async () => {
  f = await createApiFixture({ now: clock });
  await publishNew('plan-document', 2566);
  await publishNew('annual-report', 2566);
  current2566 = (await page('demo', 2566))!;
}, 180_000);
afterAll(async () => f?.close());

describe('npm run admin -- refresh-ita-pages', () => {
  it("a page the earlier version wrote is written again in this version's layout, from what is published", async () => {
    await writeOld('demo', 2566);
    const audit = await f.dump();
    const { stdout } = await refresh();
    expect(await page('demo', 2566)).toBe(current2566);
    expect(current2566).toContain('รายงานผลการดำเนินการ');
    expect(stdout).toContain('demo ปีงบประมาณ ๒๕๖๖: เขียนหน้าเผยแพร่ใหม่แล้ว (page written again)');
    expect(stdout).toContain('เขียนหน้าเผยแพร่ใหม่ ๑ หน้า (1 page(s) written again)');
    // nothing published, withdrawn or recorded: the table is as it was
    expect(await f.dump()).toBe(audit);
  }, 60_000);

  it('the page written again lists both published documents; a year or an org with nothing published gets no page', async () => {
    await writeOld('demo', 2566);
    await refresh(['--org', 'demo']);
    const html = (await page('demo', 2566))!;
    expect(html).toBe(current2566);
    expect(html).toContain('measures.pdf');
    expect(html).toContain('results.pdf');
    expect(await page('demo', 2565)).toBeUndefined();
    expect(await page('demo', 2567)).toBeUndefined();
    // the other org published nothing: no page made for it
    expect(await page('other', 2566)).toBeUndefined();
  }, 60_000);

  it('--fy writes that year only: a year with nothing published is left without a page', async () => {
    await writeOld('demo', 2566);
    const { stdout } = await refresh(['--org', 'demo', '--fy', '2565']);
    expect(await page('demo', 2566)).toBe(OLD_PAGE);
    expect(await page('demo', 2565)).toBeUndefined();
    expect(stdout).toContain('ไม่มีปีงบประมาณที่เผยแพร่เอกสารไว้ (no year has a document published)');
    await refresh(['--fy', '2566']);
    expect(await page('demo', 2566)).toBe(current2566);
  }, 60_000);

  it('without the public bucket it says which setting is missing and writes nothing', async () => {
    await writeOld('demo', 2566);
    const refused = await refresh([], { PUBLIC_BUCKET_NAME: '' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CliExit);
    // a setting missing is exit 1, as the other commands' (README, Exit codes), named
    expect((refused as CliExit).code).toBe(1);
    expect((refused as CliExit).stderr).toContain('ตั้งค่าตัวแปรสภาพแวดล้อมไม่ครบหรือไม่ถูกต้อง: PUBLIC_BUCKET_NAME');
    expect((refused as CliExit).stderr).toContain('PublicBucketName');
    expect(await page('demo', 2566)).toBe(OLD_PAGE);
    // a year the API does not take is refused by the option's own rule
    const badYear = await refresh(['--fy', '1999']).catch((e: unknown) => e);
    expect(badYear).toBeInstanceOf(CliExit);
    expect(await page('demo', 2566)).toBe(OLD_PAGE);
    await refresh();
  }, 60_000);

  // s46 re-check: a year whose documents were all withdrawn keeps a page ("ยังไม่เผยแพร่"), which
  // the command skipped; an org that does not exist answered "nothing published", exit 0
  it('a year whose documents were all withdrawn has its page written again too', async () => {
    const list = await call(f.handler, {
      method: 'GET',
      path: '/v1/fiscal-years/2566/annual-report',
      as: who.coordinator,
    });
    const published = (list.body as { published?: { generation: number } }).published!.generation;
    const withdraw = await call(f.handler, {
      method: 'DELETE',
      path: publicationPath('annual-report', 2566, published),
      as: who.coordinator,
    });
    expect(withdraw.status).toBe(200);
    const plans = await call(f.handler, {
      method: 'GET',
      path: '/v1/fiscal-years/2566/plan-document',
      as: who.coordinator,
    });
    const plan = (plans.body as { published?: { generation: number } }).published!.generation;
    expect(
      (
        await call(f.handler, {
          method: 'DELETE',
          path: publicationPath('plan-document', 2566, plan),
          as: who.coordinator,
        })
      ).status,
    ).toBe(200);
    const withdrawn = (await page('demo', 2566))!;
    expect(withdrawn).not.toContain('results.pdf');
    await writeOld('demo', 2566);
    const { stdout } = await refresh(['--org', 'demo', '--fy', '2566']);
    expect(stdout).toContain('demo ปีงบประมาณ ๒๕๖๖: เขียนหน้าเผยแพร่ใหม่แล้ว');
    expect(await page('demo', 2566)).toBe(withdrawn);
  }, 60_000);

  it('an org that does not exist is named, exit 1, and nothing is written', async () => {
    const refused = await refresh(['--org', 'nosuch']).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CliExit);
    expect((refused as CliExit).code).toBe(1);
    expect((refused as CliExit).stderr).toContain('ไม่พบองค์กร "nosuch"');
    expect(await page('nosuch', 2566)).toBeUndefined();
  });
});
