// Review 17 s15, S15-20: a plan file that took the function's whole time was answered 503 "ระบบไม่
// ว่างชั่วคราว … ส่งคำขอเดิมซ้ำได้อย่างปลอดภัย" (middy's timeout, taken for a passing fault): the page
// was told to send the same 3 MB again. Out of time, a plan import is a Thai 413 about the file, said
// a second before the function ends (other routes keep the retryable 503: plan-save-under-load).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAN_FILE_OUT_OF_TIME } from '../../../shared/api/request-schemas.js';
import { apiPath } from '../../../shared/api/api-path.js';
import { OUT_OF_TIME_MARGIN_MS } from '../../../functions/api/create-api-handler.js';
import { call, contextWithTimeLeft } from '../../support/api-events.js';
import { who } from '../../support/api-fixture.js';
import { apiSuite } from '../../support/api-suite.js';

const fy = 2567;
const suite = apiSuite();
const plans = new URL('../../fixtures/plans/', import.meta.url);

/** Time left that runs out as soon as the plan-imports route starts its work. */
const almostOut = () => contextWithTimeLeft(OUT_OF_TIME_MARGIN_MS + 2);

describe('a plan import that runs out of the function time is a 413 about the file, never a retryable 503', () => {
  // the .txt's rows 300 times: a small text is read in under the 2 ms left (session 27's faster rows
  // made the 7-line file a race the import won), this one in far more
  const fixture = (name: string) => readFileSync(new URL(name, plans));
  const longText = Buffer.from(`${fixture('01-reordered-budget.txt').toString('utf8')}\n`.repeat(300), 'utf8');
  it.each([
    ['09-standard.xlsx', fixture('09-standard.xlsx')],
    ['05-standard.docx', fixture('05-standard.docx')],
    ['01-reordered-budget.txt × 300', longText],
  ])('%s: 413 in Thai saying the same file would do the same, no Retry-After, nothing written', async (name, bytes) => {
    const before = suite.writes.count;
    const res = await call(
      suite.f.handler,
      {
        method: 'POST',
        path: apiPath('/v1/fiscal-years/{fy}/plan-imports', { fy }),
        as: who.coordinator,
        body: { fileName: name.replace(/ × \d+$/, ''), contentBase64: bytes.toString('base64') },
      },
      almostOut(),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(413);
    expect(res.headers['retry-after']).toBeUndefined();
    expect(res.body.error.code).toBe('payload_too_large');
    expect(res.body.error.message_th).toBe(PLAN_FILE_OUT_OF_TIME.th);
    expect(res.body.error.message_th).toMatch(/^ไฟล์นี้ใช้เวลาอ่านนานเกินกว่าที่ระบบรอได้ ส่งไฟล์เดิมซ้ำจะได้ผลเช่นเดิม/);
    expect(res.body.error.message_en).toContain('sending the same file again would do the same');
    expect(res.body.error.fields).toEqual([
      { path: 'body', message_th: 'อ่านไฟล์นานเกินเวลาที่ระบบรอได้', message_en: 'the file took too long to read' },
    ]);
    expect(suite.writes.count).toBe(before);
  });

  it('with the time a request has, the same file is previewed: the 413 says time, not the file itself', async () => {
    const res = await call(suite.f.handler, {
      method: 'POST',
      path: apiPath('/v1/fiscal-years/{fy}/plan-imports', { fy }),
      as: who.coordinator,
      body: {
        fileName: 'แผน.xlsx',
        contentBase64: readFileSync(new URL('09-standard.xlsx', plans)).toString('base64'),
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.plan.measures).toHaveLength(3);
  });
});
