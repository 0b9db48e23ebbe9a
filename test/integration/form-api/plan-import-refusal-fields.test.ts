// Review-17 (session 8): a plan file's refusal names the request's own field. A scanned PDF was
// refused on `file`, a field no request has; the readers now name the file and the use case puts
// the field it came in: body.contentBase64 (inline), body.uploadId (uploaded), body.text (PUT /plan).
import { randomBytes, randomUUID } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { planUploadId, planUploadKey } from '../../../shared/domain/plan-upload-rules.js';
import { call, type ApiResponse } from '../../support/api-events.js';
import { who } from '../../support/api-fixture.js';
import { apiSuite } from '../../support/api-suite.js';
import { scannedPdf } from '../../support/plan-pdf.js';
import { HEADER } from '../../support/import-rows.js';
import { expectEachInItsLanguage } from '../../support/message-languages.js';

const fy = 2567;
const suite = apiSuite();
/** A .docx-looking zip whose document.xml unpacks to 60 MB. */
const zipBomb = () => Buffer.from(zipSync({ 'word/document.xml': new Uint8Array(60 * 1024 * 1024) }, { level: 9 }));
const damagedWorkbook = () => Buffer.from(zipSync({ 'xl/workbook.xml': new TextEncoder().encode('<not-a-workbook') }));

/** The fields of a 400, after checking nothing was written. */
async function refusedFields(send: () => Promise<ApiResponse>) {
  const before = suite.writes.count;
  const res = await send();
  expect(res.status, JSON.stringify(res.body)).toBe(400);
  expect(suite.writes.count).toBe(before);
  return res.body.error.fields.map((x: { path: string }) => x.path) as string[];
}

const previewInline = (bytes: Buffer) =>
  call(suite.f.handler, {
    method: 'POST',
    path: apiPath('/v1/fiscal-years/{fy}/plan-imports', { fy }),
    as: who.coordinator,
    body: { fileName: 'แผน.pdf', contentType: 'application/pdf', contentBase64: bytes.toString('base64') },
  });

/** The file put where plan-import-uploads would have had the page PUT it, then previewed by its uploadId. */
async function previewUploaded(bytes: Buffer) {
  const uploadId = planUploadId(randomUUID(), bytes.length);
  await suite.f.s3.send(
    new PutObjectCommand({ Bucket: suite.f.bucket, Key: planUploadKey('demo', fy, uploadId), Body: bytes }),
  );
  return call(suite.f.handler, {
    method: 'POST',
    path: apiPath('/v1/fiscal-years/{fy}/plan-imports', { fy }),
    as: who.coordinator,
    body: { fileName: 'แผน.pdf', contentType: 'application/pdf', uploadId },
  });
}

describe("a plan file's refusal names the field the file came in", () => {
  it('a scanned PDF sent inline is refused on body.contentBase64 (was "file"), the OCR advice kept', async () => {
    const pdf = await scannedPdf();
    expect(await refusedFields(() => previewInline(pdf))).toEqual(['body.contentBase64']);
    expect((await previewInline(pdf)).body.error.fields[0].message_th).toContain('OCR');
  });

  it('the same scan uploaded through plan-import-uploads is refused on body.uploadId', async () => {
    const pdf = await scannedPdf();
    expect(await refusedFields(() => previewUploaded(pdf))).toEqual(['body.uploadId']);
  });

  it('a zip bomb and a damaged workbook are refused on the field they came in, inline or uploaded', async () => {
    expect(await refusedFields(() => previewInline(zipBomb()))).toEqual(['body.contentBase64']);
    expect(await refusedFields(() => previewUploaded(zipBomb()))).toEqual(['body.uploadId']);
    expect(await refusedFields(() => previewInline(damagedWorkbook()))).toEqual(['body.contentBase64']);
    expect(await refusedFields(() => previewUploaded(damagedWorkbook()))).toEqual(['body.uploadId']);
  });

  // session 37 (tester P3): message_th held "(ไฟล์ไบนารี … / binary, e.g. old .doc or .xls)", message_en the Thai too
  it.each([
    ['random bytes named .docx', 'แผน.docx', () => randomBytes(4096)],
    ['a broken PDF', 'แผน.pdf', () => Buffer.from('%PDF-1.7\nbroken\n%%EOF\n')],
  ])('%s is refused Thai alone in message_th, English alone in message_en', async (_n, fileName, make) => {
    const before = suite.writes.count;
    const res = await call(suite.f.handler, {
      method: 'POST',
      path: apiPath('/v1/fiscal-years/{fy}/plan-imports', { fy }),
      as: who.coordinator,
      body: { fileName, contentType: 'application/octet-stream', contentBase64: make().toString('base64') },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(suite.writes.count).toBe(before);
    expectEachInItsLanguage([res.body.error, ...res.body.error.fields]);
  });

  it('PUT /plan with a document whose measure cannot be saved names body.text, not "document"', async () => {
    const row = ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', 'ก'.repeat(6000), 'ตลอดปี', 'รายงานทุกเดือน', 'กองคลัง'];
    const paths = await refusedFields(() =>
      call(suite.f.handler, {
        method: 'PUT',
        path: apiPath('/v1/fiscal-years/{fy}/plan', { fy: 2566 }),
        as: who.coordinator,
        body: { format: 'document', text: `${HEADER}${row.join('\t')}\n` },
      }),
    );
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(p).toMatch(/^body\.text(\.|$)/);
  });

  it.each([
    [
      'a measure without "ตัวชี้วัดที่"',
      ['มาตรการส่งเสริมการใช้รถยนต์ส่วนกลาง', 'จัดทำคู่มือ', 'ตลอดปี', 'รายงานทุกเดือน', 'กองคลัง'],
      'ไม่พบ "ตัวชี้วัดที่"',
      'มาตรการส่งเสริมการใช้รถยนต์ส่วนกลาง',
    ],
    [
      'a measure without a follow-up',
      ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', 'จัดทำคู่มือ', 'ตลอดปี', '', 'กองคลัง'],
      'มาตรการต้องมีการติดตามผลอย่างน้อย ๑ ข้อ',
      undefined,
    ],
    [
      "a measure whose unit is not one of the org's",
      ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', 'จัดทำคู่มือ', 'ตลอดปี', 'รายงานทุกเดือน', 'กองพัสดุกลาง'],
      'บันทึกมาตรการนี้ไม่ได้จนกว่าจะแก้',
      undefined,
    ],
  ])(
    'PUT /plan with a document: %s is refused at its line with the importer\'s words, not "(ค่าที่ส่งมา: null)"',
    async (_case, row, says, read) => {
      const before = suite.writes.count;
      const res = await call(suite.f.handler, {
        method: 'PUT',
        path: apiPath('/v1/fiscal-years/{fy}/plan', { fy: 2573 }),
        as: who.coordinator,
        body: { format: 'document', text: `${HEADER}${row.join('\t')}\n` },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(suite.writes.count).toBe(before);
      expect(res.body.error.message_th).toContain('เอกสารนี้ยังบันทึกเป็นแผนไม่ได้');
      const fields = res.body.error.fields as { path: string; message_th: string }[];
      expect(fields.map((x) => x.path)).toEqual(fields.map(() => 'body.text'));
      const messages = fields.map((x) => x.message_th).join('\n');
      expect(messages).toContain('บรรทัด ๒');
      expect(messages).toContain(says);
      if (read) expect(messages).toContain(`อ่านได้: "${read}"`);
      expect(messages).not.toContain('ค่าที่ส่งมา: null');
    },
  );
});
