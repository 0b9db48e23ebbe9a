// A plan between 2 MB and 5 MB previewed cleanly but PUT /plan refused it with a generic 413 (no
// field, no limit, no way on; review 17 s9, entry 4). The preview and the save now agree: a draft
// whose save would be over MAX_PLAN_SAVE_BODY_BYTES is previewed with a Thai warning naming the
// largest measures (and the page cannot save it); every 413 of the API is the project's error body
// on the field "body", naming the size sent and the limit.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { DEFAULT_MAX_BODY_BYTES, ROUTES, type RouteId, type RouteSpec } from '../../../shared/api/routes.js';
import { MAX_PLAN_SAVE_BODY_BYTES } from '../../../shared/domain/plan-upload-rules.js';
import { call, type ApiResponse } from '../../support/api-events.js';
import { who } from '../../support/api-fixture.js';
import { routeRequest } from '../../support/route-requests.js';
import { apiSuite } from '../../support/api-suite.js';

const suite = apiSuite();
const fy = 2567;

/** A plan sheet of `rows` measures; measure i's methods cell holds `items(i)` numbered items of 1,400 characters. */
async function planSheet(rows: number, items: (i: number) => number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('แผน');
  sheet.addRow(['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ระยะเวลา', 'การติดตามผล', 'ผู้รับผิดชอบ']);
  for (let i = 1; i <= rows; i++) {
    const methods = Array.from({ length: items(i) }, (_, k) => `${k + 1}. วิธีที่ ${k + 1} ${'ก'.repeat(1400)}`);
    sheet.addRow([
      `ตัวชี้วัดที่ ${(i % 10) + 1} มาตรการที่ ${i}`,
      methods.join('\n'),
      'ต.ค. 66 - ก.ย. 67',
      'รายงานทุกไตรมาส',
      'สำนักปลัด',
    ]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

const preview = async (bytes: Buffer) => {
  const res = await call(suite.f.handler, {
    method: 'POST',
    path: apiPath('/v1/fiscal-years/{fy}/plan-imports', { fy }),
    as: who.coordinator,
    body: { fileName: 'แผน.xlsx', contentType: 'application/octet-stream', contentBase64: bytes.toString('base64') },
  });
  expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
  return res.body as {
    plan: { title: string; measures: { measureId: string }[] };
    warnings: { code: string; message_th: string; message_en: string; where: object }[];
  };
};
const save = (plan: { title: string; measures: unknown[] }) =>
  call(suite.f.handler, {
    method: 'PUT',
    path: apiPath('/v1/fiscal-years/{fy}/plan', { fy }),
    as: who.coordinator,
    body: { format: 'json', title: plan.title, measures: plan.measures },
  });

describe('the preview and PUT /plan agree on how large a plan may be saved', () => {
  it('a 2.5 MB draft (each measure under 100 KB) is previewed with a Thai warning naming the largest measures; its save is a 413 that says so', async () => {
    // measures 1-30 of 60 items' worth... measure 7 and 19 are the largest (28 items), the others 20
    const draft = await preview(await planSheet(30, (i) => (i === 7 || i === 19 ? 23 : 20)));
    expect(draft.plan.measures).toHaveLength(30);
    const size = draft.warnings.filter((w) => w.code === 'plan-too-large');
    expect(size).toHaveLength(1);
    expect(size[0]!.message_th).toMatch(
      /^เอกสาร: แผนนี้มีขนาด [๐-๙.]+ เมกะไบต์ เกินกว่าที่บันทึกได้ในครั้งเดียว \(ไม่เกิน [๐-๙.]+ เมกะไบต์\)/,
    );
    // 7 and 19 are the same size to the kilobyte: either may come first
    expect(size[0]!.message_th).toMatch(/มาตรการที่ใหญ่ที่สุด: ลำดับที่ (๗|๑๙) ตัวชี้วัดที่ /);
    expect(size[0]!.message_th).toContain('ลำดับที่ ๗ ตัวชี้วัดที่ ๘');
    expect(size[0]!.message_th).toContain('ลำดับที่ ๑๙ ตัวชี้วัดที่ ๑๐');
    expect(size[0]!.message_en).toMatch(
      /^document: this plan is [\d.]+ MB, more than one save takes \(at most [\d.]+ MB\)/,
    );

    const before = suite.writes.count;
    const res = await save(draft.plan);
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({
      code: 'payload_too_large',
      message_th: expect.stringMatching(/^แผนที่ส่งมามีขนาด [๐-๙.]+ เมกะไบต์ เกินกว่าที่บันทึกได้ในครั้งเดียว/),
      fields: [expect.objectContaining({ path: 'body', message_en: expect.stringContaining('MB') })],
    });
    expect(suite.writes.count).toBe(before);
  });

  it('a 1.3 MB draft is previewed without that warning and saved', async () => {
    const draft = await preview(await planSheet(15, () => 20));
    expect(draft.warnings.map((w) => w.code)).not.toContain('plan-too-large');
    const res = await save(draft.plan);
    expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(200);
    expect(res.body.plan.measures).toHaveLength(15);
  });

  it('the save limit leaves room in a Lambda invocation for a body of characters JSON escapes', () => {
    expect(ROUTES.replacePlan.maxBodyBytes).toBe(MAX_PLAN_SAVE_BODY_BYTES);
    expect(2 * MAX_PLAN_SAVE_BODY_BYTES + 64 * 1024).toBeLessThan(6 * 1024 * 1024);
  });
});

describe('every route with a body answers an oversize body with the project’s 413', () => {
  const withBody = (Object.entries(ROUTES) as [RouteId, RouteSpec][]).filter(([, spec]) => spec.body);
  it.each(withBody.map(([id, spec]) => [id, spec.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES] as const))(
    '%s: a body one byte over %i bytes is 413 with Thai and English messages on the field "body"',
    async (id, max) => {
      const { method, path } = routeRequest(id, 0);
      const before = suite.writes.count;
      // the first caller the route lets in (its role check comes before the body's size)
      let res: ApiResponse | undefined;
      for (const as of [who.coordinator, who.financeStaff, who.financeHead, who.admin, who.executive]) {
        res = await call(suite.f.handler, { method, path, as, rawBody: `{"x":"${'a'.repeat(max - 7)}"}` });
        if (res.status !== 403) break;
      }
      res = res!;
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe('payload_too_large');
      expect(res.body.error.message_th).toMatch(/[ก-๙]/);
      expect(res.body.error.message_en).toMatch(/[a-z]/);
      expect(res.body.error.fields).toEqual([
        { path: 'body', message_th: expect.stringMatching(/[๐-๙]/), message_en: expect.stringMatching(/\d/) },
      ]);
      expect(suite.writes.count).toBe(before);
    },
  );
});
