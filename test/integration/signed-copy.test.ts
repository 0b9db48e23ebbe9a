// The signed copy (ฉบับลงนาม): a coordinator uploads the printed, signed and scanned document through a
// presigned PUT (the S3 emulator; signatures recomputed), attaches it to a ready generation, and
// publishing serves it at the public .pdf address while the .docx stays the generated text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentGenerationRepository } from '../../shared/store/document-generation-repository.js';
import type { DocumentKind } from '../../shared/domain/document-kinds.js';
import { call } from '../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../support/api-fixture.js';
import { generationFilePath, generationsPath, publicationPath } from '../support/document-paths.js';
import { bangkok } from '../support/jobs-fixture.js';
import { seedReport } from '../support/report-seeding.js';
import { presignedSignatureMatches, signedHeaderNames } from '../support/sigv4-presigned.js';

const NOW = bangkok('2023-10-02T09:00:00');
let f: ApiFixture;
const generate = async (kind: DocumentKind, scope?: 'half-year') => {
  const request = { kind, orgId: 'demo', fy: 2566, trigger: `person:${who.coordinator}`, scope } as const;
  const { generation } = await new DocumentGenerationRepository(f.store).claim({ ...request, now: NOW });
  await f.documents.produce({ ...request, generation, asOf: NOW });
  return generation;
};
const base = (kind: DocumentKind, generation: number) =>
  publicationPath(kind, 2566, generation).replace(/\/publish$/, '');
const offer = (kind: DocumentKind, generation: number, size: number, as: string = who.coordinator) =>
  call(f.handler, { method: 'POST', path: `${base(kind, generation)}/signed-copy-upload`, as, body: { size } });
const attach = (kind: DocumentKind, generation: number, uploadId: string, as: string = who.coordinator) =>
  call(f.handler, { method: 'PUT', path: `${base(kind, generation)}/signed-copy`, as, body: { uploadId } });
const remove = (kind: DocumentKind, generation: number) =>
  call(f.handler, { method: 'DELETE', path: `${base(kind, generation)}/signed-copy`, as: who.coordinator });
const publish = (kind: DocumentKind, generation: number) =>
  call(f.handler, { method: 'POST', path: publicationPath(kind, 2566, generation), as: who.coordinator });

/** Ask for an upload of `bytes`, PUT them as the page does, and return the uploadId. */
async function upload(kind: DocumentKind, generation: number, bytes: Buffer): Promise<string> {
  const res = await offer(kind, generation, bytes.length);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const put = await fetch(res.body.uploadUrl, {
    method: 'PUT',
    headers: res.body.headers,
    body: new Uint8Array(bytes),
  });
  expect(put.status).toBe(200);
  return res.body.uploadId;
}
const signedPdf = (label: string) => Buffer.from(`%PDF-1.4\n% scan signed by the mayor: ${label}\n%%EOF\n`);
const served = async (key: string) => {
  const found = await f.publicFiles.get(key);
  return found ? Buffer.from(found.body) : undefined;
};
const page = async () => (await served('ita/demo/2566/index.html'))!.toString('utf8');
const history = async () => {
  const res = await call(f.handler, {
    method: 'GET',
    path: '/v1/fiscal-years/2566/documents/audit',
    as: who.coordinator,
    query: { limit: '50' },
  });
  return (res.body.items as { summary_th: string }[]).map((i) => i.summary_th);
};
const REPORT = 'รายงานผลการดำเนินการตามมาตรการ ประจำปี';

beforeAll(async () => {
  f = await createApiFixture({ now: NOW });
  await seedReport(f.store, 'demo', 'i4.f2.2022-10.finance', bangkok('2022-10-20T09:00:00'), 'กองคลังรายงานผล');
}, 120_000);
afterAll(async () => f?.close());

describe('the upload of a signed copy', () => {
  let generation: number;
  beforeAll(async () => {
    generation = await generate('annual-report');
  });

  it("is a presigned PUT into the generation's folder, signed for a PDF of exactly that size and a new object", async () => {
    const res = await offer('annual-report', generation, 250_000);
    expect(res.status).toBe(201);
    const url: string = res.body.uploadUrl;
    expect(new URL(url).pathname).toContain(`/demo/2566/annual-report/${generation}/signed-${res.body.uploadId}.pdf`);
    expect(signedHeaderNames(url)).toEqual(expect.arrayContaining(['content-type', 'content-length', 'if-none-match']));
    const sent = { ...res.body.headers, 'content-length': '250000' };
    const secret = process.env.AWS_SECRET_ACCESS_KEY!;
    expect(presignedSignatureMatches(url, 'PUT', sent, secret)).toBe(true);
    for (const other of [{ 'content-type': 'image/png' }, { 'content-length': '250001' }, { 'if-none-match': 'x' }])
      expect(presignedSignatureMatches(url, 'PUT', { ...sent, ...other }, secret), JSON.stringify(other)).toBe(false);
  });

  it.each([0, 10 * 1024 * 1024 + 1])('a size of %s bytes is refused (400 on body.size, Thai first)', async (size) => {
    const res = await offer('annual-report', generation, size);
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('body.size');
    expect(res.body.error.fields[0].message_th).toMatch(/[\u0E00-\u0E7F]/);
  });

  it.each([
    ['a PNG scan', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), Buffer.alloc(500, 1)])],
    ['a Word file', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(500, 2)])],
    ['a page saved as HTML named .pdf', Buffer.from('<html><body>%PDF-1.4</body></html>')],
  ])('%s is not attached: 400 on body.uploadId in Thai, nothing written', async (_, bytes) => {
    const uploadId = await upload('annual-report', generation, bytes);
    const before = await f.dump();
    const res = await attach('annual-report', generation, uploadId);
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([
      {
        path: 'body.uploadId',
        message_th: 'ไฟล์ฉบับลงนามต้องเป็นไฟล์ PDF (สแกนเอกสารที่ลงนามแล้วบันทึกเป็น PDF)',
        message_en: 'the signed copy must be a PDF file',
      },
    ]);
    expect(await f.dump()).toBe(before);
  });

  it('a file larger than 10 MB (sent past its signed size), or none uploaded, is not attached either', async () => {
    const res = await offer('annual-report', generation, 1000);
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024, 3)]);
    // the emulator does not check the signature's content-length; S3 would refuse the PUT itself
    expect((await fetch(res.body.uploadUrl, { method: 'PUT', headers: res.body.headers, body: big })).status).toBe(200);
    const before = await f.dump();
    const tooBig = await attach('annual-report', generation, res.body.uploadId);
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.error.fields[0]).toMatchObject({
      path: 'body.uploadId',
      message_th: 'ไฟล์ฉบับลงนามต้องไม่เกิน ๑๐ เมกะไบต์',
    });
    const none = await attach('annual-report', generation, '11111111-1111-4111-8111-111111111111');
    expect(none.status).toBe(400);
    expect(none.body.error.fields[0].message_th).toBe('ไม่พบไฟล์ที่อัปโหลด กรุณาอัปโหลดไฟล์ฉบับลงนามอีกครั้ง');
    expect(await f.dump()).toBe(before);
  });

  it('staff, a unit head and an executive may not upload or attach (403)', async () => {
    for (const person of [who.financeStaff, who.financeHead, who.executive]) {
      expect((await offer('annual-report', generation, 1000, person)).status).toBe(403);
      expect((await attach('annual-report', generation, '11111111-1111-4111-8111-111111111111', person)).status).toBe(
        403,
      );
    }
  });

  it('a generation that does not exist is 404', async () => {
    expect((await offer('annual-report', 99, 1000)).status).toBe(404);
  });
});

describe('publishing a generation with its signed copy', () => {
  let generation: number;
  let first: Buffer;

  it('attaching a PDF answers the generation with its signed copy; the history says แนบฉบับลงนาม', async () => {
    generation = await generate('annual-report');
    first = signedPdf('first');
    const uploadId = await upload('annual-report', generation, first);
    const res = await attach('annual-report', generation, uploadId);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      generation,
      status: 'ready',
      signedCopy: { uploadId, size: first.length, attachedBy: who.coordinator, attachedAt: NOW.toISOString() },
    });
    expect(await history()).toContain(`แนบฉบับลงนามของ${REPORT} ฉบับที่ ${'๑๒๓๔๕๖๗๘๙'[generation - 1]}`);
    // the coordinator can open it before publishing
    const link = await call(f.handler, {
      method: 'GET',
      path: generationFilePath('annual-report', 2566, generation, 'signed.pdf'),
      as: who.coordinator,
    });
    expect(link.status).toBe(200);
    expect(Buffer.from(await (await fetch(link.body.url)).arrayBuffer()).equals(first)).toBe(true);
  });

  it('the public .pdf is the signed copy, the .docx the generated one; the page says ฉบับลงนาม by the PDF link', async () => {
    expect((await publish('annual-report', generation)).status).toBe(200);
    expect((await served('ita/demo/2566/results.pdf'))!.equals(first)).toBe(true);
    const docx = await f.files.get(`demo/2566/annual-report/${generation}/report.docx`);
    expect((await served('ita/demo/2566/results.docx'))!.equals(Buffer.from(docx))).toBe(true);
    expect(await page()).toMatch(/href="results.pdf"[^>]*>ดาวน์โหลด PDF ฉบับลงนาม<\/a>/);
    expect(await page()).toMatch(/href="results.docx"[^>]*>ดาวน์โหลด Word \(DOCX\)<\/a>/);
    const listed = await call(f.handler, {
      method: 'GET',
      path: generationsPath('annual-report', 2566),
      as: who.coordinator,
    });
    expect(listed.body.published.signedSha256).toBe(listed.body.items[0].signedCopy.sha256);
  });

  it('a signed copy replaced after publishing reaches the address when published again (a new publication)', async () => {
    const second = signedPdf('second, the corrected scan');
    const uploadId = await upload('annual-report', generation, second);
    expect((await attach('annual-report', generation, uploadId)).status).toBe(200);
    // nothing public changes until the coordinator publishes again
    expect((await served('ita/demo/2566/results.pdf'))!.equals(first)).toBe(true);
    expect((await publish('annual-report', generation)).status).toBe(200);
    expect((await served('ita/demo/2566/results.pdf'))!.equals(second)).toBe(true);
    expect(await page()).toContain('ดาวน์โหลด PDF ฉบับลงนาม');
    const publishes = (await history()).filter((s) => s.startsWith(`เผยแพร่${REPORT}`));
    expect(publishes).toHaveLength(2);
    // publishing once more with nothing changed records nothing new
    expect((await publish('annual-report', generation)).status).toBe(200);
    expect((await history()).filter((s) => s.startsWith(`เผยแพร่${REPORT}`))).toHaveLength(2);
  });

  it('removed, publishing again serves the generated PDF and the page no longer says ฉบับลงนาม', async () => {
    const res = await remove('annual-report', generation);
    expect(res.status).toBe(200);
    expect(res.body.signedCopy).toBeUndefined();
    expect((await history()).some((s) => s.startsWith(`นำฉบับลงนามออกจาก${REPORT}`))).toBe(true);
    expect((await publish('annual-report', generation)).status).toBe(200);
    const generated = await f.files.get(`demo/2566/annual-report/${generation}/report.pdf`);
    expect((await served('ita/demo/2566/results.pdf'))!.equals(Buffer.from(generated))).toBe(true);
    expect(await page()).not.toContain('ฉบับลงนาม');
    const link = await call(f.handler, {
      method: 'GET',
      path: generationFilePath('annual-report', 2566, generation, 'signed.pdf'),
      as: who.coordinator,
    });
    expect(link.status).toBe(404);
    expect(link.body.error.message_th).toBe('ฉบับนี้ยังไม่ได้แนบฉบับลงนาม');
  });

  it("the รอบ ๖ เดือน report's signed copy is published at its own address, the year's left as it is", async () => {
    const half = await generate('annual-report', 'half-year');
    const scan = signedPdf('half year');
    const year = await served('ita/demo/2566/results.pdf');
    expect((await attach('annual-report', half, await upload('annual-report', half, scan))).status).toBe(200);
    expect((await publish('annual-report', half)).status).toBe(200);
    expect((await served('ita/demo/2566/results-half-year.pdf'))!.equals(scan)).toBe(true);
    expect((await served('ita/demo/2566/results.pdf'))!.equals(year!)).toBe(true);
    expect(await page()).toMatch(/href="results-half-year.pdf"[^>]*>ดาวน์โหลด PDF ฉบับลงนาม<\/a>/);
    expect(await history()).toContain(
      `แนบฉบับลงนามของรายงานผลการดำเนินการตามมาตรการ รอบ ๖ เดือน ฉบับที่ ${'๑๒๓๔๕๖๗๘๙'[half - 1]}`,
    );
  });

  it('the plan document takes a signed copy too: measures.pdf serves it', async () => {
    const plan = await generate('plan-document');
    const scan = signedPdf('plan');
    expect((await attach('plan-document', plan, await upload('plan-document', plan, scan))).status).toBe(200);
    expect((await publish('plan-document', plan)).status).toBe(200);
    expect((await served('ita/demo/2566/measures.pdf'))!.equals(scan)).toBe(true);
    expect(await page()).toMatch(/href="measures.pdf"[^>]*>ดาวน์โหลด PDF ฉบับลงนาม<\/a>/);
    expect(await history()).toContain(
      `แนบฉบับลงนามของเอกสารมาตรการส่งเสริมคุณธรรมและความโปร่งใส ฉบับที่ ${'๑๒๓๔๕๖๗๘๙'[plan - 1]}`,
    );
  });
});
