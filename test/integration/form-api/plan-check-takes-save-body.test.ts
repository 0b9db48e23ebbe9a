// Tester s51: POST …/plan-checks refused the `format` field (and the other fields) PUT …/plan with
// format json takes, so a client could not send one body to check and then to save. It now takes
// PUT /plan's json body (its extra fields are ignored by the check) and still names an unknown field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type ApiResponse } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { putPlan, savedPlan } from '../../support/plan-requests.js';

let f: ApiFixture;
beforeAll(async () => (f = await createApiFixture()));
afterAll(async () => f?.close());

const check = (body: object): Promise<ApiResponse> =>
  call(f.handler, { method: 'POST', path: '/v1/fiscal-years/2566/plan-checks', as: who.coordinator, body });

describe('the body PUT …/plan saves (format json) is checked as it is', () => {
  it.each([
    ['format json', {}],
    ['format json with the version it revises', { expectedVersion: 'saved' }],
    ['format json with both confirmations', { confirmOtherFiscalYear: true, confirmRemoveMissedReports: true }],
  ])('%s: checked (200, nothing written), then saved with the same body', async (_what, extra) => {
    const plan = await savedPlan(f);
    const body = {
      format: 'json',
      title: plan.title,
      measures: plan.measures,
      ...extra,
      ...('expectedVersion' in extra ? { expectedVersion: plan.version } : {}),
    };
    const before = await f.dump();
    const checked = await check(body);
    expect(checked.status, JSON.stringify(checked.body)).toBe(200);
    expect(checked.body.warnings).toEqual([]);
    expect(await f.dump()).toBe(before);
    const saved = await putPlan(f, body);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  });
});

describe('a field neither route takes is still refused, named in Thai first', () => {
  it.each([
    ['a misspelt format', { formt: 'json' }, 'body', 'ไม่รู้จักช่อง "formt"'],
    ["the document's text beside format json", { format: 'json', text: 'แผน' }, 'body', 'ไม่รู้จักช่อง "text"'],
    ['an unknown field with no format', { notes: 'x' }, 'body', 'ไม่รู้จักช่อง "notes"'],
  ])('%s', async (_what, extra, path, th) => {
    const plan = await savedPlan(f);
    const res = await check({ title: plan.title, measures: plan.measures, ...extra });
    expect(res.status).toBe(400);
    expect(res.body.error.message_th).toBe('ข้อมูลไม่ถูกต้อง กรุณาตรวจสอบช่องที่ระบุ');
    expect(res.body.error.fields).toEqual([{ path, message_th: th, message_en: expect.any(String) }]);
  });

  it.each([
    ['format document', 'document'],
    ['format xml', 'xml'],
    ['format as a number', 1],
  ])('%s: refused on body.format (the check takes the json body only)', async (_what, format) => {
    const plan = await savedPlan(f);
    const res = await check({ format, title: plan.title, measures: plan.measures });
    expect(res.status).toBe(400);
    const [field] = res.body.error.fields as { path: string; message_th: string }[];
    expect(field!.path).toBe('body.format');
    expect(field!.message_th).toMatch(/^รูปแบบ/);
  });
});
