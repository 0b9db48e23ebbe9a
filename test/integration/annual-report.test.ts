import { execFileSync } from 'node:child_process';
import { fixtureJobDeps } from '../support/fixture-job-deps.js';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicator } from '../../shared/domain/ita-catalog.js';
import { fiscalMonths } from '../../shared/domain/fiscal-calendar.js';
import { runScheduledJob } from '../../shared/jobs/run-scheduled-job.js';
import { SESClient } from '@aws-sdk/client-ses';
import { inject } from 'vitest';
import { call } from '../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../support/api-fixture.js';
import { mailFor } from '../support/mailbox.js';
import { bangkok } from '../support/jobs-fixture.js';
import { seedReport } from '../support/report-seeding.js';

const ORG = 'demo';
const base = '/v1/fiscal-years/2566/annual-report';
let f: ApiFixture;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const file = (gen: number, name: string) => f.files.get(`${ORG}/2566/annual-report/${gen}/${name}`);

beforeAll(async () => {
  f = await createApiFixture({ now: bangkok('2023-10-02T09:00:00') });
  // A year of reports: กองคลัง on time every month, สำนักปลัด five days late, กองช่าง only in the first half; the rest missing.
  for (const m of fiscalMonths(2566)) {
    await seedReport(
      f.store,
      ORG,
      `i4.f2.${m.id}.finance`,
      bangkok(`${m.end}T09:00:00`),
      `กองคลังรายงานการใช้ทรัพย์สินเดือน ${m.id}`,
    );
    await seedReport(
      f.store,
      ORG,
      `i4.f2.${m.id}.clerk`,
      new Date(Date.parse(`${m.end}T09:00:00+07:00`) + 5 * 86_400_000),
    );
    if (m.month >= 10 || m.month <= 3)
      await seedReport(f.store, ORG, `i4.f2.${m.id}.engineering`, bangkok(`${m.start}T09:00:00`));
  }
  await seedReport(f.store, ORG, 'i6.f1.H1.clerk', bangkok('2023-04-25T09:00:00'));
}, 120_000);
afterAll(async () => f?.close());

describe('generating the FY2566 results report', () => {
  it('writes the five files and a manifest whose hashes match the bytes', async () => {
    const res = await call(f.handler, { method: 'POST', path: base, as: who.coordinator });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ generation: 1, status: 'pending' });
    await f.documentsSettled();
    const list = await call(f.handler, { method: 'GET', path: base, as: who.coordinator });
    expect(list.body.items[0]).toMatchObject({ generation: 1, status: 'ready' });
    const manifest = JSON.parse(Buffer.from(await file(1, 'manifest.json')).toString('utf8'));
    expect(manifest).toMatchObject({
      orgId: ORG,
      fy: 2566,
      generation: 1,
      planVersion: 1,
      trigger: `person:${who.coordinator}`,
    });
    expect(manifest.reportCount).toBe(12 + 12 + 6 + 1);
    expect(manifest.reportsHash).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.files.map((x: { name: string }) => x.name)).toEqual([
      'report.pdf',
      'report.docx',
      'report.csv',
      'report.json',
    ]);
    for (const entry of manifest.files) {
      const bytes = await file(1, entry.name);
      expect(bytes.length, entry.name).toBe(entry.size);
      expect(sha(bytes), entry.name).toBe(entry.sha256);
    }
  });

  it("has every measure's indicator title and the year in Thai digits in the PDF's text", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
    writeFileSync(join(dir, 'r.pdf'), await file(1, 'report.pdf'));
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      '',
    );
    expect(text).toContain('๒๕๖๖');
    expect(text).toContain('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของเทศบาลตำบลดอนอะระง');
    for (const n of [4, 5, 6, 7, 8, 9, 10]) {
      expect(text).toContain(`ตัวชี้วัดที่${String(n).replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)))}`);
    }
    expect(text).toContain('หน้า๑/');
  });

  it('has the same titles in the DOCX (word/document.xml)', async () => {
    const xml = strFromU8(unzipSync(await file(1, 'report.docx'))['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('ประจำปีงบประมาณ พ.ศ. ๒๕๖๖');
    expect(text).toContain('ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต');
    expect(text).toContain('ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต');
    expect(xml).toContain('w:orient="landscape"');
  });

  it('writes a CSV with a BOM and one row per measure, then the per-period section', async () => {
    const csv = Buffer.from(await file(1, 'report.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.subarray(3).toString('utf8');
    const [measures, periods] = text.split('\r\n\r\n');
    const rows = measures!.match(/^"\d+",/gm);
    expect(rows).toHaveLength(7);
    expect(periods).toContain('"กองคลัง","ส่งตรงเวลา"');
    expect(periods).toContain('"สำนักปลัดเทศบาล","ส่งล่าช้า"');
    expect(periods).toContain('"กองการศึกษา","ไม่ได้ส่ง"');
  });

  it('compiles each period from the reports and shows missing periods as missing', async () => {
    const model = JSON.parse(Buffer.from(await file(1, 'report.json')).toString('utf8'));
    const i4 = model.measures.find((m: { indicator: number }) => m.indicator === 4);
    const monthly = i4.followUps[1];
    expect(monthly.periods).toHaveLength(12);
    const april = monthly.periods.find((p: { periodId: string }) => p.periodId === '2023-04');
    const status = Object.fromEntries(
      april.entries.map((e: { unitId: string; status: string }) => [e.unitId, e.status]),
    );
    expect(status).toEqual({
      clerk: 'late',
      finance: 'on_time',
      engineering: 'missing',
      education: 'missing',
      health: 'missing',
    });
    expect(april.entries.find((e: { unitId: string }) => e.unitId === 'finance').summary).toBe(
      'กองคลังรายงานการใช้ทรัพย์สินเดือน 2023-04',
    );
    const stats = model.statistics.byIndicator.find((s: { indicator: number }) => s.indicator === 4).counts;
    // กองคลัง 12 on time, กองช่าง 6 on time (first half), สำนักปลัด 12 late
    expect(stats).toMatchObject({ onTime: 18, late: 12 });
    expect(model.measures.map((m: { title: string }) => m.title)[0]).toContain(indicator(4).nameTh.slice(0, 6));
  });

  it('makes generation 2 on a second request and leaves generation 1 intact', async () => {
    const before = await Promise.all(['report.pdf', 'manifest.json'].map((n) => file(1, n)));
    const res = await call(f.handler, { method: 'POST', path: base, as: who.coordinator });
    expect(res.body.generation).toBe(2);
    await f.documentsSettled();
    const after = await Promise.all(['report.pdf', 'manifest.json'].map((n) => file(1, n)));
    expect(after.map(sha)).toEqual(before.map(sha));
    // the list is newest first (paginated)
    const list = await call(f.handler, { method: 'GET', path: base, as: who.executive });
    expect(list.body.items.map((g: { generation: number }) => g.generation)).toEqual([2, 1]);
  });

  it('gives coordinators and executives a short-lived link that downloads the PDF', async () => {
    const res = await call(f.handler, { method: 'GET', path: `${base}/1/report.pdf`, as: who.executive });
    expect(res.status).toBe(200);
    const pdf = Buffer.from(await (await fetch(res.body.url)).arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await call(f.handler, { method: 'GET', path: `${base}/9/report.pdf`, as: who.coordinator })).status).toBe(
      404,
    );
    expect((await call(f.handler, { method: 'GET', path: `${base}/1/secrets.txt`, as: who.coordinator })).status).toBe(
      400,
    );
  });

  it('refuses staff (403) and knows nothing of it for another org (404)', async () => {
    expect((await call(f.handler, { method: 'POST', path: base, as: who.financeStaff })).status).toBe(403);
    expect((await call(f.handler, { method: 'POST', path: base, as: who.otherCoordinator })).status).toBe(404);
    expect(
      (await call(f.handler, { method: 'GET', path: `${base}/1/report.pdf`, as: who.otherCoordinator })).status,
    ).toBe(404);
  });
});

describe('the annual schedule on 1 October', () => {
  it('delivered twice makes one generation and sends each executive and coordinator one email with the PDF (on the next working day)', async () => {
    const ses = new SESClient({ endpoint: inject('sesEndpoint'), region: 'ap-southeast-1' });
    const deps = fixtureJobDeps(f, ses);
    const at = bangkok('2023-10-01T06:00:00');
    const runs = await Promise.all(
      [1, 2].map(() => runScheduledJob(deps, { kind: 'annual-report', scheduledTime: at, orgId: ORG })),
    );
    await runScheduledJob(deps, { kind: 'annual-report', scheduledTime: at, orgId: ORG });
    // 1 October 2023 is a Sunday: generated on the day, mailed by Monday's daily pass (break s31-u F9)
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(0);
    const monday = { kind: 'daily' as const, scheduledTime: bangkok('2023-10-02T08:30:00'), orgId: ORG };
    await runScheduledJob(deps, monday);
    await runScheduledJob(deps, monday);
    const list = await call(f.handler, { method: 'GET', path: base, as: who.coordinator });
    expect(list.body.items.filter((g: { trigger: string }) => g.trigger.startsWith('schedule:'))).toHaveLength(1);
    const mails = (await mailFor(f.mailDomain)).filter((m) => m.subject.includes('รายงานผลปีงบฯ ๒๕๖๖'));
    expect(mails.map((m) => m.to[0]).sort()).toEqual([`ita@${f.mailDomain}`, `mayor@${f.mailDomain}`]);
    for (const m of mails) {
      expect(m.attachments).toHaveLength(1);
      expect(m.attachments[0]).toMatchObject({ contentType: 'application/pdf' });
      expect(m.text).toContain('https://ita.example.org/#/org/demo/fy/2566/annual-report');
      // ฉบับที่ ๓ after the coordinator's two, which nobody was emailed: no number (tester s45 #4)
      expect(m.subject).toMatch(/^\[ITA\] รายงานผลปีงบฯ ๒๕๖๖: .*รายการ$/u);
      expect(m.text).not.toContain('ฉบับที่');
    }
    ses.destroy();
  });

  it('a later scheduled generation mailed to the same readers names itself and the one it replaces (tester s45 #4)', async () => {
    const ses = new SESClient({ endpoint: inject('sesEndpoint'), region: 'ap-southeast-1' });
    const deps = fixtureJobDeps(f, ses);
    const subjects = async () => (await mailFor(f.mailDomain)).filter((m) => m.subject.includes('รายงานผลปีงบฯ ๒๕๖๖'));
    const before = (await subjects()).length;
    // the operator runs the 1 October job again later that day: a new generation, mailed by Monday's pass
    await runScheduledJob(deps, { kind: 'annual-report', scheduledTime: bangkok('2023-10-01T09:00:00'), orgId: ORG });
    await runScheduledJob(deps, { kind: 'daily', scheduledTime: bangkok('2023-10-02T10:30:00'), orgId: ORG });
    const again = (await subjects()).slice(before);
    expect(again.map((m) => m.to[0]).sort()).toEqual([`ita@${f.mailDomain}`, `mayor@${f.mailDomain}`]);
    for (const m of again) {
      expect(m.subject).toMatch(/รายการ \(ฉบับที่ ๔\)$/u);
      expect(m.text).toContain('รายงานฉบับนี้ (ฉบับที่ ๔) จัดทำใหม่แทนฉบับที่ส่งทางอีเมลก่อนหน้า');
    }
    ses.destroy();
  });
});
