// Issue 17 (review, session 6): invalid UTF-8 bytes, NUL, U+FFFF and other noncharacters were
// stored from plan and report fields. The schema (shared/domain/text.ts, one source for every
// free-text field) refuses them at the field, Thai first; the local server hands bytes that are not
// UTF-8 to the handler in base64, as API Gateway does with a binary body, and the body parser
// refuses them. Nothing is written.
import type { Server } from 'node:http';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from '../../../infra/local/api-gateway-server.js';
import { apiPath } from '../../../shared/api/api-path.js';
import { apiEvent, call, lambdaContext, type ApiResponse } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { freePort } from '../../support/free-port.js';
import { MATRIX_CLOCK, ownObligation } from '../../support/route-requests.js';
import { countWrites } from '../../support/write-counter.js';
import { HEADER } from '../../support/import-rows.js';
import { currentMeasures, putPlan } from '../../support/plan-requests.js';

let f: ApiFixture;
let writes: { readonly count: number };
let server: Server;
let port: number;
const fy = 2566;
const reportPath = (i: number) =>
  apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', { fy, obligationId: ownObligation(i) });

beforeAll(async () => {
  f = await createApiFixture({ now: MATRIX_CLOCK });
  writes = countWrites(f.store.doc);
  port = await freePort();
  server = await startGateway({ port, handler: f.handler, verify: () => Promise.resolve({ sub: who.financeStaff }) });
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  await f?.close();
});

/** Runs `attempt`; a refusal must be a 4xx and leave the table exactly as it was. */
async function refused(attempt: () => Promise<ApiResponse>): Promise<ApiResponse> {
  const before = await f.dump();
  const count = writes.count;
  const res = await attempt();
  expect(res.status).toBe(400);
  expect(writes.count).toBe(count);
  expect(await f.dump()).toBe(before);
  return res;
}

/** Raw bytes to the local server, as curl --data-binary sends them. */
function sendBytes(method: string, path: string, body: Buffer): Promise<ApiResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: { host: `localhost:${port}`, authorization: 'Bearer local', 'content-type': 'application/json' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: {},
            body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const summaryWith = (bytes: number[]) =>
  Buffer.concat([Buffer.from('{"progress":"done","summary":"ผลงาน'), Buffer.from(bytes), Buffer.from('"}')]);

describe('bytes that are not UTF-8 are refused, never stored as U+FFFD', () => {
  it('a report summary with the bytes FF FE, through the local server: 400 "not UTF-8", nothing written', async () => {
    const res = await refused(() => sendBytes('PUT', reportPath(0), summaryWith([0xff, 0xfe])));
    expect(res.body.error.fields).toEqual([
      expect.objectContaining({ path: 'body', message_en: expect.stringContaining('not UTF-8') }),
    ]);
    expect(res.body.error.message_th).toBe('ข้อมูลที่ส่งมาไม่ใช่ข้อความ UTF-8');
  });

  it('an overlong NUL (C0 80) and a surrogate encoded in UTF-8 (ED A0 80) are refused the same way', async () => {
    for (const bytes of [
      [0xc0, 0x80],
      [0xed, 0xa0, 0x80],
    ]) {
      const res = await refused(() => sendBytes('PUT', reportPath(1), summaryWith(bytes)));
      expect(res.body.error.fields[0].path).toBe('body');
    }
  });

  it("a base64 body (API Gateway's binary form) that is not UTF-8 is 400 at the handler too", async () => {
    const event = { ...apiEvent({ method: 'PUT', path: reportPath(2), as: who.financeStaff, rawBody: '' }) };
    const res = await refused(async () => {
      const out = (await f.handler(
        { ...event, body: summaryWith([0xe0, 0xb8]).toString('base64'), isBase64Encoded: true },
        lambdaContext,
      )) as { statusCode: number; body: string };
      return { status: out.statusCode, headers: {}, body: JSON.parse(out.body) };
    });
    expect(res.body.error.message_en).toBe('the body is not valid UTF-8');
  });

  it('the same summary in valid UTF-8 bytes, with tab, newline and carriage return, is saved', async () => {
    const res = await sendBytes(
      'PUT',
      reportPath(3),
      Buffer.from('{"progress":"done","summary":"ผลงาน\\tข้อ ๑\\r\\nข้อ ๒"}'),
    );
    expect(res.status).toBe(200);
  });
});

describe('characters no text may hold are refused at the field, with the code point and where', () => {
  const putReport = (summary: string) =>
    call(f.handler, { method: 'PUT', path: reportPath(4), as: who.financeStaff, body: { progress: 'done', summary } });

  it('U+FFFD (what a decoder leaves for bad bytes) in a report summary: 400 naming U+FFFD at character 6', async () => {
    const res = await refused(() => putReport('ผลงาน\ufffdดี'));
    expect(res.body.error.fields).toEqual([
      expect.objectContaining({
        path: 'body.summary',
        message_th: expect.stringMatching(/^มีอักขระที่บันทึกไม่ได้ \(U\+FFFD ที่อักขระที่ ๖\)/),
        message_en: expect.stringContaining('(U+FFFD at character 6)'),
      }),
    ]);
  });

  it('NUL, U+FFFF, U+FDD0 and U+10FFFF in a report are refused the same way', async () => {
    for (const [bad, name] of [
      ['\u0000', 'U+0000'],
      ['\uffff', 'U+FFFF'],
      ['\ufdd0', 'U+FDD0'],
      ['\u{10ffff}', 'U+10FFFF'],
    ]) {
      const res = await refused(() => putReport(`ข้อ ๑ ${bad}`));
      expect(res.body.error.fields[0].message_en).toContain(`(${name} at character 7)`);
    }
  });

  it('a plan with NUL in a title, U+FFFF in a method and U+FFFE in a note: 400 at each field, plan unchanged', async () => {
    const measures = await currentMeasures(f, fy);
    measures[0]!.title = 'มาตรการ\u0000';
    measures[1]!.methods = ['วิธี\uffff'];
    measures[2]!.notes = [{ label: 'งบประมาณ', text: '\ufffeไม่ใช้งบประมาณ' }];
    const res = await refused(() => putPlan(f, { format: 'json', measures }, fy));
    expect(res.body.error.fields.map((x: { path: string }) => x.path)).toEqual([
      'body.measures.0.title',
      'body.measures.1.methods.0',
      'body.measures.2.notes.0.text',
    ]);
    expect(res.body.error.fields[0].message_th).toMatch(/^มาตรการลำดับที่ ๑ \(i\d+\): มีอักขระที่บันทึกไม่ได้ \(U\+0000/);
  });
});

describe('invalid text in a plan file is removed in the preview; in the plan JSON it is refused at the field', () => {
  const importPath = apiPath('/v1/fiscal-years/{fy}/plan-imports', { fy });
  const row = (title: string, followUp = 'รายงานผลทุกเดือน') =>
    `ตัวชี้วัดที่ ๔ ${title}\tจัดทำคู่มือ\tตลอดปี\t${followUp}\tกองคลัง\n`;
  const preview = (bytes: Buffer, body: Record<string, unknown> = {}) =>
    call(f.handler, {
      method: 'POST',
      path: importPath,
      as: who.coordinator,
      body: { fileName: 'แผน.txt', contentType: 'text/plain', contentBase64: bytes.toString('base64'), ...body },
    });
  /** A preview writes nothing, whatever it answers. */
  async function previewed(bytes: Buffer, body: Record<string, unknown> = {}): Promise<ApiResponse> {
    const before = await f.dump();
    const count = writes.count;
    const res = await preview(bytes, body);
    expect(writes.count).toBe(count);
    expect(await f.dump()).toBe(before);
    return res;
  }

  it('U+FFFD, U+FFFE and U+FDD0 in a UTF-8 text file: previewed without them, the measure savable, nothing written', async () => {
    const res = await previewed(Buffer.from(HEADER + row('การใช้\ufffdทรัพย์สิน\ufffe', 'รายงาน\ufdd0ผลทุกเดือน')));
    expect(res.status).toBe(200);
    const [m] = res.body.plan.measures;
    expect(m.title).toContain('การใช้ทรัพย์สิน');
    expect(m.title).not.toMatch(/[\ufffd\ufffe]/);
    expect(m.followUps[0].text).toBe('รายงานผลทุกเดือน');
    expect(res.body.warnings.map((w: { code: string }) => w.code)).not.toContain('cannot-save');
  });

  it('a UTF-8 file with two bad bytes (FF, and a Thai letter cut in half) reads as Thai without them (was read as code page 874: no measures)', async () => {
    const bytes = Buffer.concat([
      Buffer.from(HEADER + row('การใช้ทรัพย์สิน').slice(0, -1)),
      Buffer.from([0xff]),
      Buffer.from('\n' + row('การแก้ไขปัญหา').replace('๔', '๕')),
      Buffer.from([0xe0, 0xb8]),
    ]);
    const res = await previewed(bytes);
    expect(res.status).toBe(200);
    expect(res.body.plan.measures.map((m: { indicator: number; title: string }) => [m.indicator, m.title])).toEqual([
      [4, expect.stringContaining('การใช้ทรัพย์สิน')],
      [5, expect.stringContaining('การแก้ไขปัญหา')],
    ]);
    expect(JSON.stringify(res.body.plan)).not.toContain('\ufffd');
  });

  it('a NUL byte in a text file: 400 on body.contentBase64 (not a text file), Thai first, nothing written', async () => {
    const res = await previewed(Buffer.from(HEADER + row('การใช้\u0000ทรัพย์สิน')));
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([
      expect.objectContaining({ path: 'body.contentBase64', message_th: expect.stringContaining('ไฟล์ไบนารี') }),
    ]);
  });

  it.each([
    ['fileName', 'แผน\ud800.txt', 'Unicode ไม่สมบูรณ์'],
    ['fileName', 'แผน\u0000.txt', 'U+0000'],
    ['contentType', 'text/plain\udc00', 'Unicode ไม่สมบูรณ์'],
  ])('%s %j in the import request: 400 at body.%s, Thai and English, nothing written', async (field, value, th) => {
    const res = await previewed(Buffer.from(HEADER + row('การใช้ทรัพย์สิน')), { [field]: value });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([
      expect.objectContaining({
        path: `body.${field}`,
        message_th: expect.stringContaining(th),
        message_en: expect.stringMatching(/lone surrogate|U\+0000/),
      }),
    ]);
  });

  it.each([
    ['U+FFFD', '\ufffd', 'U+FFFD'],
    ['NUL', '\u0000', 'U+0000'],
    ['U+FDD0', '\ufdd0', 'U+FDD0'],
    ['U+FFFE', '\ufffe', 'U+FFFE'],
    ['a lone surrogate', '\ud800', 'lone surrogate'],
  ])(
    'PUT /plan as a document with %s in the text: 400 at body.text naming it, plan unchanged',
    async (_name, bad, named) => {
      const res = await refused(() => putPlan(f, { format: 'document', text: HEADER + row(`การใช้${bad}ทรัพย์สิน`) }, fy));
      expect(res.body.error.fields).toEqual([
        expect.objectContaining({
          path: 'body.text',
          message_th: expect.stringMatching(/^[ก-๙]/),
          message_en: expect.stringContaining(named),
        }),
      ]);
    },
  );

  it('a lone surrogate in the plan title and in a follow-up of the JSON plan: 400 at each field, plan unchanged', async () => {
    const measures = await currentMeasures(f, fy);
    measures[3]!.followUps[0]!.text = 'รายงาน\udbff';
    const res = await refused(() => putPlan(f, { format: 'json', title: 'แผน\ud800', measures }, fy));
    expect(res.body.error.fields.map((x: { path: string }) => x.path)).toEqual([
      'body.title',
      'body.measures.3.followUps.0.text',
    ]);
    expect(res.body.error.fields[0].message_th).toContain('Unicode ไม่สมบูรณ์');
  });
});
