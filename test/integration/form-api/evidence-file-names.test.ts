// Whatever name a file is uploaded with, the upload works and a report can cite it (no 400, no 500).
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { presignPdf, putFile } from '../../support/evidence-upload.js';

const fy = 2566;
const obligationId = 'i4.f2.2023-04.finance';
let f: ApiFixture;
beforeAll(async () => (f = await createApiFixture()));
afterAll(async () => f?.close());

async function uploadAndCite(fileName: string) {
  const pdf = Buffer.from('%PDF-1.4\n% หลักฐาน\n');
  const upload = await presignPdf(f, obligationId, fileName, pdf);
  expect((await putFile(upload, pdf)).status).toBe(200);
  const head = await f.s3.send(new HeadObjectCommand({ Bucket: f.bucket, Key: upload.key }));
  expect(head.ContentLength).toBe(pdf.length);
  const current = await call(f.handler, {
    method: 'GET',
    path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}', { fy, obligationId }),
    as: who.financeStaff,
  });
  const version = current.body.latestReport?.version;
  const report = await call(f.handler, {
    method: 'PUT',
    path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', { fy, obligationId }),
    as: who.financeStaff,
    body: {
      progress: 'done',
      summary: 'แนบหลักฐาน',
      evidence: [{ key: upload.key, title: fileName.replace(/\p{Cc}/gu, ' ') || 'ไฟล์' }],
      ...(version ? { expectedVersion: version } : {}),
    },
  });
  expect(report.status, JSON.stringify(report.body)).toBe(200);
  return upload.key;
}

describe('evidence file names', () => {
  it('a file named with ".." uploads and can be cited in the report', async () => {
    const key = await uploadAndCite('รายงาน..ประชุม.pdf');
    expect(key).toMatch(/-รายงาน\.ประชุม\.pdf$/);
  });

  it('a name with characters outside the BMP (emoji, CJK extension B) at the length limit uploads and can be cited', async () => {
    const key = await uploadAndCite(`${'ก'.repeat(119)}𠀀📎 ภาพกิจกรรม.pdf`);
    expect(key.endsWith('.pdf')).toBe(true);
    expect(key).not.toMatch(/[\u{10000}-\u{10FFFF}]/u);
  });

  it.each([
    ['119 Latin letters then U+20000', `${'a'.repeat(119)}\u{20000}.pdf`, '.pdf'],
    ['119 Latin letters then an emoji', `${'a'.repeat(119)}😀.pdf`, '.pdf'],
    // uploaded as a PDF, so stored as .pdf (was .xlsx: the name kept any extension, break-16 B8)
    ['149 Latin letters, a surrogate pair and a long extension', `${'b'.repeat(149)}\u{1F4CE}x.xlsx`, '.pdf'],
  ])(
    "a name of %s (a surrogate pair at the cut) uploads, ends in its type's extension and can be cited",
    async (_n, fileName, ext) => {
      const key = await uploadAndCite(fileName);
      expect(key.endsWith(ext)).toBe(true);
      expect(key).not.toMatch(/\p{Cs}|[\u{10000}-\u{10FFFF}]/u);
    },
  );

  it.each([
    ['control characters and a line break', 'ประชุม\u0000\u0007\r\nครั้งที่ 1.pdf'],
    ['a path that climbs out', '../../../demo/2566/evidence/other/x.pdf'],
    ['a name of dots and spaces only', ' . .. . '],
    ['a right-to-left override', '\u202Efdp.exe'],
    ['200 characters', `${'หลักฐาน'.repeat(28)}.pdf`],
  ])('a name with %s uploads and can be cited', async (_name, fileName) => {
    const key = await uploadAndCite(fileName);
    expect(key.startsWith(`demo/2566/evidence/${obligationId}/`)).toBe(true);
    expect(key.slice(`demo/2566/evidence/${obligationId}/`.length)).not.toMatch(/\/|\.\.|\p{Cc}/u);
  });
});

describe('the stored name ends in the extension of the type the upload was signed for', () => {
  it.each([
    ['รายงาน.exe', /-รายงาน\.exe\.pdf$/],
    ['a.docx', /-a\.docx\.pdf$/],
    ['สแกน', /-สแกน\.pdf$/],
    ['....', /-file\.pdf$/],
    ['📎📎📎', /-file\.pdf$/],
    ['ประชุม.PDF', /-ประชุม\.PDF$/],
  ])('%j uploaded as a PDF is stored, cited and downloaded as a .pdf', async (fileName, stored) => {
    const key = await uploadAndCite(fileName);
    expect(key).toMatch(stored);
    const link = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report/evidence-link', { fy, obligationId }),
      query: { key },
      as: who.coordinator,
    });
    expect(link.status, JSON.stringify(link.body)).toBe(200);
    const disposition = new URL(link.body.url as string).searchParams.get('response-content-disposition') ?? '';
    expect(disposition).toMatch(/filename="[^"]*\.(pdf|PDF)"/);
    // the name a browser saves: filename* when the name is not plain ASCII, else filename
    const utf8 = disposition.split("UTF-8''")[1];
    if (utf8 !== undefined) expect(decodeURIComponent(utf8)).toMatch(/\.(pdf|PDF)$/);
  });

  it('a file over 10 MB is refused naming the unit: "ขนาดไฟล์ต้องไม่เกิน ๑๐ เมกะไบต์"', async () => {
    const res = await call(f.handler, {
      method: 'POST',
      path: apiPath('/v1/fiscal-years/{fy}/evidence-uploads', { fy }),
      as: who.financeStaff,
      body: { obligationId, fileName: 'ใหญ่.pdf', contentType: 'application/pdf', size: 10 * 1024 * 1024 + 1 },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0]).toMatchObject({
      path: 'body.size',
      message_th: expect.stringContaining('ขนาดไฟล์ต้องไม่เกิน ๑๐ เมกะไบต์'),
      message_en: expect.stringContaining('file size must be at most 10 MB'),
    });
  });
});
