// POST /v1/fiscal-years/{fy}/plan-imports: a coordinator's file read into a draft plan with
// warnings beside their source text; nothing is written.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { scannedPdf } from '../../support/plan-pdf.js';
import { countWrites } from '../../support/write-counter.js';

let f: ApiFixture;
let writes: { readonly count: number };
const path = apiPath('/v1/fiscal-years/{fy}/plan-imports', { fy: 2567 });
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/plans/${name}`, import.meta.url));

beforeAll(async () => {
  f = await createApiFixture();
  writes = countWrites(f.store.doc);
});
afterAll(async () => f?.close());

const upload = (fileName: string, bytes: Buffer, as: string = who.coordinator) =>
  call(f.handler, {
    method: 'POST',
    path,
    as,
    body: { fileName, contentType: 'application/octet-stream', contentBase64: bytes.toString('base64') },
  });

describe('previewing a plan file', () => {
  it('reads a Word file into a draft plan, keeps the measure without an indicator and quotes its source', async () => {
    const before = writes.count;
    const res = await upload('แผน.docx', fixture('07-measure-without-indicator.docx'));
    expect(res.status).toBe(200);
    expect(res.body.fileKind).toBe('docx');
    expect(res.body.plan.measures.map((m: { indicator: number | null }) => m.indicator)).toEqual([5, null]);
    const warning = res.body.warnings.find((w: { code: string }) => w.code === 'no-indicator');
    expect(warning.where).toEqual({ table: 1, row: 3, column: 1 });
    expect(warning.message_th).toContain('ตาราง ๑ แถว ๓');
    expect(warning.source).toContain('มาตรการส่งเสริมการใช้รถยนต์ส่วนกลาง');
    expect(writes.count).toBe(before);
  });

  it('refuses a scanned PDF with a Thai explanation that it needs OCR first', async () => {
    const res = await upload('scan.pdf', await scannedPdf());
    expect(res.status).toBe(400);
    expect(res.body.error.message_th).toContain('OCR');
  });

  it('refuses a file over 5 MB, a zip that is not Word or Excel, and an old binary .doc', async () => {
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 0x41);
    expect((await upload('big.txt', big)).status).toBeGreaterThanOrEqual(400);
    const notOffice = Buffer.from('PK\u0003\u0004garbage-that-is-no-zip');
    expect((await upload('x.zip', notOffice)).status).toBe(400);
    expect((await upload('old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 1]))).status).toBe(400);
  });

  it('is for coordinators only', async () => {
    expect((await upload('แผน.docx', fixture('05-standard.docx'), who.financeStaff)).status).toBe(403);
  });
});

describe('a text plan saved by Windows Notepad as "Unicode" (UTF-16 with a byte order mark)', () => {
  const text = fixture('01-reordered-budget.txt').toString('utf8').replaceAll('\n', '\r\n');

  it('UTF-16 LE with a BOM is previewed like the UTF-8 file (was 400 "binary"), nothing written', async () => {
    const before = writes.count;
    const utf8 = await upload('แผน.txt', Buffer.from(text));
    const res = await upload('แผน.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(res.status).toBe(200);
    expect(res.body.fileKind).toBe('text');
    expect(res.body.plan).toEqual(utf8.body.plan);
    expect(res.body.plan.measures).toHaveLength(3);
    expect(writes.count).toBe(before);
  });

  it('UTF-16 BE with a BOM reads the same measures', async () => {
    const res = await upload(
      'แผน.txt',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
    );
    expect(res.status).toBe(200);
    expect(res.body.plan.measures).toHaveLength(3);
  });

  it('UTF-16 with a lone surrogate is 400 on body.contentBase64 in Thai and English; without a BOM, told to save as UTF-8', async () => {
    const before = writes.count;
    const broken = await upload(
      'แผน.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.slice(0, 200), 'utf16le'), Buffer.from([0x00, 0xd8])]),
    );
    expect(broken.status).toBe(400);
    expect(broken.body.error.fields).toEqual([
      expect.objectContaining({
        path: 'body.contentBase64',
        message_th: expect.stringContaining('ไฟล์ระบุว่าเป็นข้อความ UTF-16 LE แต่มีข้อมูลที่ไม่ใช่ UTF-16 LE ที่ถูกต้อง'),
        message_en: expect.stringContaining('not valid UTF-16 LE'),
      }),
    ]);
    const noBom = await upload('แผน.txt', Buffer.from(text, 'utf16le'));
    expect(noBom.status).toBe(400);
    expect(noBom.body.error.fields[0].message_th).toContain('บันทึกใหม่เป็น UTF-8');
    expect(writes.count).toBe(before);
  });
});
