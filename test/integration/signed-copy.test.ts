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
import { onePagePdf, pdfFile } from '../support/pdf-file.js';
import { randomBytes, randomUUID } from 'node:crypto';
import { PDFDocument, PDFHexString } from 'pdf-lib';
import PDFKit from 'pdfkit';
import { deflateSync } from 'node:zlib';
import { signedCopyKey } from '../../shared/use-cases/signed-copy.js';
import { toThaiDigits } from '../../shared/domain/thai-format.js';

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
const signedPdf = (label: string) => onePagePdf(`scan signed by the mayor: ${label}`);
/** A one-page PDF that needs a password to open (its /U is no empty password's). */
async function passwordPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage().drawText('signed');
  const hex = (n: number) => PDFHexString.of(randomBytes(n).toString('hex'));
  const dict = { Filter: 'Standard', V: 2, R: 3, Length: 128, P: -4, O: hex(32), U: hex(32) };
  doc.context.trailerInfo.Encrypt = doc.context.register(doc.context.obj(dict));
  const id = hex(16);
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
/** A PDF made by pdfkit, of `pages` pages, with pdfkit's `options` (a permissions password). */
function pdfkitPdf(pages: number, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  const doc = new PDFKit(options);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  for (let p = 1; p <= pages; p++) {
    if (p > 1) doc.addPage();
    doc.text(`signed page ${p}`);
  }
  doc.end();
  return ended.then(() => Buffer.concat(chunks));
}
const DAMAGED = {
  message_th: 'เปิดไฟล์ PDF นี้ไม่ได้ (ไฟล์เสีย ไม่ครบ หรือไม่ใช่ PDF จริง) กรุณาสแกนเอกสารที่ลงนามแล้วบันทึกเป็น PDF ใหม่ แล้วอัปโหลดอีกครั้ง',
  message_en:
    'this PDF does not open (damaged, cut short or not a real PDF): scan the signed document to a new PDF and upload it again',
};
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

  it.each([
    // the re-check tester's 24-byte fake, published as "ดาวน์โหลด PDF ฉบับลงนาม"
    ['"%PDF-" followed by junk (24 bytes)', Buffer.from('%PDF-x8#kq!zz0@junkjunk!')],
    ['a PDF header and a comment alone', Buffer.from('%PDF-1.4\n% signed\n')],
    ['a real PDF cut short (the upload stopped)', signedPdf('cut').subarray(0, 400)],
    ['a real PDF cut before its trailer', signedPdf('cut').subarray(0, signedPdf('cut').length - 60)],
  ])('%s does not open as a PDF: 400 on body.uploadId, nothing written', async (_, bytes) => {
    const uploadId = await upload('annual-report', generation, bytes);
    const before = await f.dump();
    const res = await attach('annual-report', generation, uploadId);
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([{ path: 'body.uploadId', ...DAMAGED }]);
    expect(await f.dump()).toBe(before);
    // nobody's signed copy: not kept in the private area either
    expect(await f.files.listed(signedCopyKey('annual-report', 'demo', 2566, generation, uploadId))).toBe(false);
  });

  it.each([
    [
      'a PDF of no page',
      () =>
        Promise.resolve(
          Buffer.from(pdfFile(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>'])),
        ),
      'ไฟล์ PDF นี้ไม่มีหน้าเอกสาร กรุณาสแกนเอกสารที่ลงนามแล้วบันทึกเป็น PDF อีกครั้ง',
      'this PDF has no page: scan the signed document to a PDF again',
    ],
    [
      'a PDF that needs a password to open',
      passwordPdf,
      'ไฟล์ PDF นี้ต้องใส่รหัสผ่านจึงจะเปิดได้ ผู้เข้าชมเว็บไซต์จะเปิดไม่ได้ กรุณาบันทึกใหม่โดยไม่ตั้งรหัสผ่านเปิดไฟล์',
      'this PDF needs a password to open, which visitors of the site do not have: save it again without one',
    ],
  ])('%s is not attached: 400 on body.uploadId saying why', async (_, make, th, en) => {
    const uploadId = await upload('annual-report', generation, await make());
    const before = await f.dump();
    const res = await attach('annual-report', generation, uploadId);
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([{ path: 'body.uploadId', message_th: th, message_en: en }]);
    expect(await f.dump()).toBe(before);
  });

  it('a PDF whose page content inflates past the limit (16 MB and 32 times its size) is not opened', async () => {
    const content = deflateSync(Buffer.alloc(20 * 1024 * 1024, 0x20));
    const bomb = Buffer.from(
      pdfFile([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
        [
          Buffer.from(`<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`),
          content,
          Buffer.from('\nendstream'),
        ],
      ]),
    );
    const uploadId = await upload('annual-report', generation, bomb);
    const before = await f.dump();
    const res = await attach('annual-report', generation, uploadId);
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([
      {
        path: 'body.uploadId',
        message_th: 'ไฟล์ PDF นี้เมื่อคลายข้อมูลที่บีบอัดไว้แล้วใหญ่เกิน ๑๖ MB จึงเปิดตรวจไม่ได้ กรุณาสแกนเอกสารที่ลงนามแล้วบันทึกเป็น PDF ใหม่',
        message_en:
          "this PDF's compressed content unpacks to more than 16 MB, so it cannot be checked: scan the signed document to a new PDF",
      },
    ]);
    expect(await f.dump()).toBe(before);
  });

  it.each([
    ['a one-page PDF', () => Promise.resolve(signedPdf('one page'))],
    ['a three-page PDF made by pdfkit', () => pdfkitPdf(3)],
    [
      'a PDF with a permissions password only (it opens without one)',
      () => pdfkitPdf(1, { ownerPassword: 'owner', permissions: { modifying: false } }),
    ],
  ])('%s is attached (200)', async (_, make) => {
    const bytes = await make();
    const res = await attach('annual-report', generation, await upload('annual-report', generation, bytes));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.signedCopy.size).toBe(bytes.length);
    expect((await remove('annual-report', generation)).status).toBe(200);
  });

  it('a generation with a signed copy keeps it when a fake PDF is refused', async () => {
    const good = signedPdf('kept');
    const goodId = await upload('annual-report', generation, good);
    expect((await attach('annual-report', generation, goodId)).status).toBe(200);
    const fake = await upload('annual-report', generation, Buffer.from('%PDF-x8#kq!zz0@junkjunk!'));
    expect((await attach('annual-report', generation, fake)).status).toBe(400);
    const listed = await call(f.handler, {
      method: 'GET',
      path: generationsPath('annual-report', 2566),
      as: who.coordinator,
    });
    const mine = (listed.body.items as { generation: number; signedCopy?: { uploadId: string } }[]).find(
      (g) => g.generation === generation,
    );
    expect(mine?.signedCopy?.uploadId).toBe(goodId);
    const link = await call(f.handler, {
      method: 'GET',
      path: generationFilePath('annual-report', 2566, generation, 'signed.pdf'),
      as: who.coordinator,
    });
    expect(Buffer.from(await (await fetch(link.body.url)).arrayBuffer()).equals(good)).toBe(true);
    expect((await remove('annual-report', generation)).status).toBe(200);
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

describe('a generation that is not ready is refused for what it is (409), one that does not exist 404', () => {
  const repo = () => new DocumentGenerationRepository(f.store);
  let pending: number;
  let failed: number;
  const reason = {
    message_th: 'ยังไม่มีแผนมาตรการของปีงบประมาณ ๒๕๖๖',
    message_en: 'there is no plan for fiscal year 2566',
  };
  beforeAll(async () => {
    const claim = (kind: DocumentKind) =>
      repo().claim({ kind, orgId: 'demo', fy: 2566, trigger: `person:${who.coordinator}`, now: NOW });
    pending = (await claim('annual-report')).generation;
    failed = (await claim('plan-document')).generation;
    await repo().fail('plan-document', 'demo', 2566, failed, reason);
  });
  /** Every route that needs a ready generation, as a coordinator calls it. */
  const routes = {
    publish,
    'signed-copy-upload': (kind: DocumentKind, generation: number) => offer(kind, generation, 1000),
    'attach the signed copy': (kind: DocumentKind, generation: number) => attach(kind, generation, randomUUID()),
    'remove the signed copy': remove,
    'a download link': (kind: DocumentKind, generation: number) =>
      call(f.handler, {
        method: 'GET',
        path: generationFilePath(kind, 2566, generation, kind === 'annual-report' ? 'report.pdf' : 'plan.pdf'),
        as: who.coordinator,
      }),
  };

  it.each(Object.keys(routes))('%s of a pending generation: 409, still being made, nothing written', async (route) => {
    const res = await routes[route as keyof typeof routes]('annual-report', pending);
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'conflict',
      message_th: `ฉบับที่ ${toThaiDigits(pending)} ยังจัดทำไม่เสร็จ กรุณาลองอีกครั้งเมื่อจัดทำเสร็จแล้ว`,
      message_en: `generation ${pending} is still being made: try again when it is ready`,
    });
    expect(await repo().get('annual-report', 'demo', 2566, pending)).toMatchObject({ status: 'pending' });
    expect((await repo().get('annual-report', 'demo', 2566, pending))?.signedCopy).toBeUndefined();
  });

  it.each(Object.keys(routes))('%s of a failed generation: 409, make a new one, with its reason', async (route) => {
    const res = await routes[route as keyof typeof routes]('plan-document', failed);
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'conflict',
      message_th: `ฉบับที่ ${toThaiDigits(failed)} จัดทำไม่สำเร็จ (ยังไม่มีแผนมาตรการของปีงบประมาณ ๒๕๖๖) กรุณาสั่งจัดทำฉบับใหม่`,
      message_en: `generation ${failed} could not be made (there is no plan for fiscal year 2566): make a new generation`,
    });
    expect(await repo().get('plan-document', 'demo', 2566, failed)).toMatchObject({
      status: 'failed',
      failure: reason,
    });
    expect(await f.publicFiles.get('ita/demo/2566/measures.pdf')).toBeUndefined();
  });

  it.each(Object.keys(routes))('%s of a generation that does not exist: 404 ไม่พบเอกสารฉบับนี้', async (route) => {
    const res = await routes[route as keyof typeof routes]('annual-report', 9999);
    expect(res.status).toBe(404);
    expect(res.body.error.message_th).toBe('ไม่พบเอกสารฉบับนี้');
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

describe("a replaced or removed signed copy's file in the private area", () => {
  const stored = (generation: number, uploadId: string) =>
    f.files.listed(signedCopyKey('plan-document', 'demo', 2566, generation, uploadId));
  const attached = async (generation: number, label: string) => {
    const uploadId = await upload('plan-document', generation, signedPdf(label));
    expect((await attach('plan-document', generation, uploadId)).status).toBe(200);
    return uploadId;
  };

  it('a scan replaced before it was published is deleted; the new one stays', async () => {
    const generation = await generate('plan-document');
    const wrong = await attached(generation, 'the wrong page');
    const right = await attached(generation, 'the right page');
    expect(await stored(generation, wrong)).toBe(false);
    expect(await stored(generation, right)).toBe(true);
    // replaced again: the second goes too
    const third = await attached(generation, 'the third page');
    expect(await stored(generation, right)).toBe(false);
    expect(await stored(generation, third)).toBe(true);
  });

  it('a scan removed before it was published is deleted', async () => {
    const generation = await generate('plan-document');
    const scan = await attached(generation, 'removed');
    expect((await remove('plan-document', generation)).status).toBe(200);
    expect(await stored(generation, scan)).toBe(false);
  });

  it('the scan the public address serves is kept when replaced or removed (the public record); one never published is not', async () => {
    const generation = await generate('plan-document');
    const published = await attached(generation, 'published');
    expect((await publish('plan-document', generation)).status).toBe(200);
    const unpublished = await attached(generation, 'replaced before publishing again');
    expect(await stored(generation, published)).toBe(true);
    expect((await remove('plan-document', generation)).status).toBe(200);
    expect(await stored(generation, unpublished)).toBe(false);
    expect(await stored(generation, published)).toBe(true);
    // attached again by its own uploadId: still there
    expect((await attach('plan-document', generation, published)).status).toBe(200);
    expect((await attach('plan-document', generation, published)).status).toBe(200);
    expect(await stored(generation, published)).toBe(true);
  });
});

describe("a coordinator's download links are saved under the public copies' names (Content-Disposition)", () => {
  const link = async (kind: DocumentKind, generation: number, file: string) => {
    const res = await call(f.handler, {
      method: 'GET',
      path: generationFilePath(kind, 2566, generation, file),
      as: who.coordinator,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.url as string;
  };
  const dispositionOf = (url: string) => new URL(url).searchParams.get('response-content-disposition');
  const publicDisposition = async (key: string) => (await f.publicFiles.get(key))!.contentDisposition;
  let report: number;
  let plan: number;
  beforeAll(async () => {
    report = await generate('annual-report');
    plan = await generate('plan-document');
    for (const [kind, generation] of [
      ['annual-report', report],
      ['plan-document', plan],
    ] as const) {
      const uploadId = await upload(kind, generation, signedPdf(`${kind} named`));
      expect((await attach(kind, generation, uploadId)).status).toBe(200);
      expect((await publish(kind, generation)).status).toBe(200);
    }
  });

  it("signed.pdf (the results report's) as results.pdf is, not signed.pdf; the link is signed with it", async () => {
    const url = await link('annual-report', report, 'signed.pdf');
    const expected = await publicDisposition('ita/demo/2566/results.pdf');
    expect(expected).toContain("filename*=UTF-8''");
    expect(dispositionOf(url)).toBe(expected);
    const secret = process.env.AWS_SECRET_ACCESS_KEY!;
    expect(presignedSignatureMatches(url, 'GET', {}, secret)).toBe(true);
    const renamed = new URL(url);
    renamed.searchParams.set('response-content-disposition', 'attachment; filename="signed.pdf"');
    expect(presignedSignatureMatches(renamed.toString(), 'GET', {}, secret)).toBe(false);
    // S3 answers with it (the emulator too)
    expect((await fetch(url)).headers.get('content-disposition')).toBe(expected);
  });

  it('report.pdf and report.docx as results.pdf and results.docx are; the plan document as measures.pdf', async () => {
    expect(dispositionOf(await link('annual-report', report, 'report.pdf'))).toBe(
      await publicDisposition('ita/demo/2566/results.pdf'),
    );
    expect(dispositionOf(await link('annual-report', report, 'report.docx'))).toBe(
      await publicDisposition('ita/demo/2566/results.docx'),
    );
    expect(dispositionOf(await link('plan-document', plan, 'signed.pdf'))).toBe(
      await publicDisposition('ita/demo/2566/measures.pdf'),
    );
    expect(dispositionOf(await link('plan-document', plan, 'plan.docx'))).toBe(
      await publicDisposition('ita/demo/2566/measures.docx'),
    );
  });

  it('the CSV is named the same way (.csv); the JSON files keep their own names', async () => {
    const pdf = (await publicDisposition('ita/demo/2566/results.pdf'))!;
    expect(dispositionOf(await link('annual-report', report, 'report.csv'))).toBe(pdf.replaceAll('.pdf', '.csv'));
    expect(dispositionOf(await link('annual-report', report, 'report.json'))).toBeNull();
    expect(dispositionOf(await link('annual-report', report, 'manifest.json'))).toBeNull();
  });
});
