// Publishing the results report at its stable public address, withdrawing it, and the ITA page.
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toThaiDigits } from '../../shared/domain/thai-format.js';
import { auditTrail } from '../../shared/store/audit-log.js';
import { DocumentGenerationRepository } from '../../shared/store/document-generation-repository.js';
import { call } from '../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../support/api-fixture.js';
import { publicationPath } from '../support/document-paths.js';
import { bangkok } from '../support/jobs-fixture.js';
import { seedReport } from '../support/report-seeding.js';

const NOW = bangkok('2023-10-02T09:00:00');
let f: ApiFixture;
// Generated directly (not through the API): rendering under a loaded test machine can outlast the
// API's request deadline, and this file is about publishing.
const generate = async () => {
  const request = { kind: 'annual-report', orgId: 'demo', fy: 2566, trigger: `person:${who.coordinator}` } as const;
  const { generation } = await new DocumentGenerationRepository(f.store).claim({ ...request, now: NOW });
  await f.documents.produce({ ...request, generation, asOf: NOW });
  return generation;
};
const publish = (generation: number, as: string = who.coordinator) =>
  call(f.handler, { method: 'POST', path: publicationPath('annual-report', 2566, generation), as });
const withdraw = (generation: number, as: string = who.coordinator) =>
  call(f.handler, { method: 'DELETE', path: publicationPath('annual-report', 2566, generation), as });
const privatePdf = (generation: number) => f.files.get(`demo/2566/annual-report/${generation}/report.pdf`);
const publicKeys = async () =>
  ((await f.s3.send(new ListObjectsV2Command({ Bucket: f.publicBucket }))).Contents ?? []).map((o) => o.Key).sort();

beforeAll(async () => {
  f = await createApiFixture({ now: NOW });
  await seedReport(f.store, 'demo', 'i4.f2.2022-10.finance', bangkok('2022-10-20T09:00:00'), 'กองคลังรายงานผล');
  await seedReport(f.store, 'demo', 'i4.f2.2022-11.finance', bangkok('2022-12-20T09:00:00'));
}, 120_000);
afterAll(async () => f?.close());

describe('publishing the results report', () => {
  let first: number;
  let second: number;

  it('copies the PDF and DOCX of that generation to the stable addresses and answers with them', async () => {
    first = await generate();
    const res = await publish(first);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      kind: 'annual-report',
      generation: first,
      published: true,
      publicUrl: 'https://ita.example.org/ita/demo/2566/results.pdf',
      pageUrl: 'https://ita.example.org/ita/demo/2566/',
      publishedAt: NOW.toISOString(),
    });
    const pdf = await f.publicFiles.get('ita/demo/2566/results.pdf');
    expect(pdf?.contentType).toBe('application/pdf');
    expect(Buffer.from(pdf!.body).equals(Buffer.from(await privatePdf(first)))).toBe(true);
    expect((await f.publicFiles.get('ita/demo/2566/results.docx'))?.contentType).toMatch(/wordprocessingml/);
  });

  it('the public copies are saved under the item, the org and the BE year, not results.pdf (Content-Disposition)', async () => {
    const name = 'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน เทศบาลตำบลดอนอะระง 2566';
    const pdf = await f.publicFiles.get('ita/demo/2566/results.pdf');
    const docx = await f.publicFiles.get('ita/demo/2566/results.docx');
    expect(pdf?.contentDisposition).toBe(
      `inline; filename="results-demo-2566.pdf"; filename*=UTF-8''${encodeURIComponent(`${name}.pdf`)}`,
    );
    expect(docx?.contentDisposition).toBe(
      `inline; filename="results-demo-2566.docx"; filename*=UTF-8''${encodeURIComponent(`${name}.docx`)}`,
    );
    // the name the page's download attribute gives the same link
    const page = Buffer.from((await f.publicFiles.get('ita/demo/2566/index.html'))!.body).toString('utf8');
    expect(page).toContain(`download="${name}.pdf"`);
  });

  it('writes the ITA page: O43 with its date, size and links; O42 not yet published; the reporting chart', async () => {
    const page = Buffer.from((await f.publicFiles.get('ita/demo/2566/index.html'))!.body).toString('utf8');
    expect(page).toContain('<html lang="th">');
    expect(page).toContain('O43');
    expect(page).toContain('การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน');
    expect(page).toContain('href="results.pdf"');
    expect(page).toContain('href="results.docx"');
    expect(page).toContain('เผยแพร่เมื่อ');
    // the date kept on one line (no-break spaces, tester s43 F11)
    expect(page).toContain('๒\u00a0ตุลาคม\u00a0๒๕๖๖');
    expect(page).toMatch(/O42<\/span> มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน<\/h3><p class="none">ยังไม่เผยแพร่/);
    expect(page).toContain('ตัวชี้วัดที่ ๔');
    expect(page).not.toMatch(/<script|https?:\/\//);
  });

  it('publishing the same generation again changes nothing (no second audit entry)', async () => {
    const again = await publish(first);
    expect(again.status).toBe(200);
    expect(again.body.publishedAt).toBe(NOW.toISOString());
    const audit = (await auditTrail(f.store, 'demo', NOW)).filter((a) => a.action === 'annual-report.publish');
    expect(audit).toEqual([expect.objectContaining({ actor: who.coordinator, target: `annual-report:2566/${first}` })]);
  });

  it('publishing a newer generation makes the same address serve its bytes', async () => {
    await seedReport(f.store, 'demo', 'i4.f2.2022-12.finance', bangkok('2023-01-05T09:00:00'), 'รายงานเพิ่มเติม');
    second = await generate();
    expect((await publish(second)).status).toBe(200);
    const served = Buffer.from((await f.publicFiles.get('ita/demo/2566/results.pdf'))!.body);
    expect(served.equals(Buffer.from(await privatePdf(second)))).toBe(true);
    expect(served.equals(Buffer.from(await privatePdf(first)))).toBe(false);
  });

  it('withdrawing an older generation that is not the published one changes nothing and says which one is (409)', async () => {
    const res = await withdraw(first);
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'conflict',
      message_th: `ฉบับที่ ${toThaiDigits(first)} ไม่ได้เผยแพร่อยู่ ฉบับที่เผยแพร่อยู่คือฉบับที่ ${toThaiDigits(second)} ไม่มีการเปลี่ยนแปลง หากต้องการถอนการเผยแพร่ กรุณาสั่งถอนฉบับที่ ${toThaiDigits(second)}`,
      publishedGeneration: second,
    });
    expect(await f.publicFiles.get('ita/demo/2566/results.pdf')).toBeDefined();
    expect((await auditTrail(f.store, 'demo', NOW)).filter((a) => a.action === 'annual-report.withdraw')).toEqual([]);
  });

  it.each([99, 9999])('withdrawing a generation that does not exist (%s) is 404 in Thai', async (generation) => {
    const res = await withdraw(generation);
    expect(res.status).toBe(404);
    expect(res.body.error.message_th).toBe('ไม่พบเอกสารฉบับนี้');
    expect(await f.publicFiles.get('ita/demo/2566/results.pdf')).toBeDefined();
  });

  it('withdrawing the published generation empties the address and the page says so; the generation stays', async () => {
    const res = await withdraw(second);
    expect(res.body).toMatchObject({ published: false, generation: second });
    expect(await f.publicFiles.get('ita/demo/2566/results.pdf')).toBeUndefined();
    expect(await f.publicFiles.get('ita/demo/2566/results.docx')).toBeUndefined();
    const page = Buffer.from((await f.publicFiles.get('ita/demo/2566/index.html'))!.body).toString('utf8');
    expect(page).not.toContain('results.pdf');
    expect((await privatePdf(second)).length).toBeGreaterThan(1000);
    expect((await withdraw(second)).status).toBe(200);
    const audit = (await auditTrail(f.store, 'demo', NOW)).filter((a) => a.action === 'annual-report.withdraw');
    expect(audit.map((a) => a.target)).toEqual([`annual-report:2566/${second}`]);
  });

  it('the public area holds only the published copies and the page, never a generation folder', async () => {
    expect((await publish(second)).status).toBe(200);
    expect(await publicKeys()).toEqual([
      'ita/demo/2566/index.html',
      'ita/demo/2566/results.docx',
      'ita/demo/2566/results.pdf',
    ]);
  });
});

describe('who may publish', () => {
  it.each([
    ['staff of กองคลัง', who.financeStaff],
    ['an executive', who.executive],
    ['the head of กองคลัง', who.financeHead],
  ])('%s gets 403 on publish and withdraw, and the address is untouched', async (_, person) => {
    const before = await f.publicFiles.get('ita/demo/2566/results.pdf');
    expect((await publish(1, person)).status).toBe(403);
    expect((await withdraw(2, person)).status).toBe(403);
    expect(
      Buffer.from((await f.publicFiles.get('ita/demo/2566/results.pdf'))!.body).equals(Buffer.from(before!.body)),
    ).toBe(true);
  });

  it.each([99, 0])('a generation that does not exist (%s) cannot be published', async (generation) => {
    const res = await publish(generation);
    expect([400, 404]).toContain(res.status);
    expect(res.body.error.message_th).toBeTruthy();
  });
});
