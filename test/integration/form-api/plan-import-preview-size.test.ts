// The preview's answer goes back through Lambda's synchronous invocation (6 MB at most). A small
// spreadsheet whose cells all point at one long shared string made a 38.7 MB answer (review 17 s8,
// entry 4): a draft larger than MAX_PLAN_PREVIEW_BYTES is refused with a Thai 400 on the file field.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { LAMBDA_SYNC_PAYLOAD_BYTES, MAX_PLAN_PREVIEW_BYTES } from '../../../shared/domain/plan-upload-rules.js';
import { call } from '../../support/api-events.js';
import { who } from '../../support/api-fixture.js';
import { apiSuite } from '../../support/api-suite.js';

const suite = apiSuite();

/** A plan sheet of `rows` measures whose `columns` text cells all hold the same `chars`-long text. */
async function sheetOfOneLongText(rows: number, chars: number, columns: 1 | 2): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('แผน');
  sheet.addRow(['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ระยะเวลา', 'การติดตามผล', 'ผู้รับผิดชอบ']);
  const long = 'ก'.repeat(chars);
  for (let i = 1; i <= rows; i++)
    sheet.addRow([
      `ตัวชี้วัดที่ ${(i % 10) + 1} มาตรการ ${i} ${long}`,
      columns === 2 ? long : 'ประชาสัมพันธ์',
      'ต.ค. 66 - ก.ย. 67',
      'รายงานทุกไตรมาส',
      'สำนักปลัด',
    ]);
  return Buffer.from(await book.xlsx.writeBuffer({ useSharedStrings: true }));
}

const preview = (bytes: Buffer) =>
  call(suite.f.handler, {
    method: 'POST',
    path: apiPath('/v1/fiscal-years/{fy}/plan-imports', { fy: 2567 }),
    as: who.coordinator,
    body: { fileName: 'แผน.xlsx', contentType: 'application/octet-stream', contentBase64: bytes.toString('base64') },
  });

describe('a plan file whose draft would be larger than Lambda can answer', () => {
  it.each([
    ['120 measures with the same 50,000-character title', 120, 50_000, 1],
    ['60 measures with a 60,000-character title and method', 60, 60_000, 2],
  ] as const)('%s: 400 in Thai on the file field, nothing written', async (_n, rows, chars, columns) => {
    const file = await sheetOfOneLongText(rows, chars, columns);
    expect(file.length).toBeLessThan(1024 * 1024);
    const before = suite.writes.count;
    const res = await preview(file);
    expect(res.status).toBe(400);
    expect(res.body.error.message_th).toMatch(/^แผนที่อ่านได้จากไฟล์นี้มีขนาด [๐-๙.]+ เมกะไบต์ ใหญ่เกินกว่าจะแสดงตัวอย่างได้/);
    expect(res.body.error.fields).toEqual([
      { path: 'body.contentBase64', message_th: 'แผนที่อ่านได้ใหญ่เกิน ๕ เมกะไบต์', message_en: 'the plan read is over 5 MB' },
    ]);
    expect(suite.writes.count).toBe(before);
  });

  it('a draft under the limit is answered whole, and the answer fits in a Lambda response', async () => {
    const res = await preview(await sheetOfOneLongText(20, 20_000, 1));
    expect(res.status).toBe(200);
    expect(res.body.plan.measures).toHaveLength(20);
    const bytes = Buffer.byteLength(JSON.stringify(res.body));
    expect(bytes).toBeLessThanOrEqual(MAX_PLAN_PREVIEW_BYTES);
    expect(MAX_PLAN_PREVIEW_BYTES).toBeLessThan(LAMBDA_SYNC_PAYLOAD_BYTES);
  });
});
