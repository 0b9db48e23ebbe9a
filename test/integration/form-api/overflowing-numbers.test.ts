// Review-17 entry 5: a number too large for a double (1e309) is valid JSON grammar; JSON.parse reads
// it as Infinity. It must get the field's own message (its range, or "too large"), never a message
// about the body's JSON, never 5xx, and nothing may be written.
import { describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { call, type ApiResponse } from '../../support/api-events.js';
import { who } from '../../support/api-fixture.js';
import { apiSuite } from '../../support/api-suite.js';
import { MATRIX_CLOCK, routeRequest } from '../../support/route-requests.js';
import { currentMeasures } from '../../support/plan-requests.js';

const suite = apiSuite({ now: MATRIX_CLOCK });
const fy = 2566;

/** PUT/POST a raw JSON text; it must be refused with 400, writing nothing. */
async function refused(method: 'PUT' | 'POST', path: string, rawBody: string, as: string = who.coordinator) {
  const count = suite.writes.count;
  const res: ApiResponse = await call(suite.f.handler, { method, path, as, rawBody });
  expect(res.status).toBe(400);
  expect(suite.writes.count).toBe(count);
  return res.body.error.fields as { path: string; message_th: string; message_en: string }[];
}

const scores = apiPath('/v1/fiscal-years/{fy}/ita-scores', { fy });

describe('a number that overflows (1e309) gets the message of its field, not "malformed JSON"', () => {
  it('an ITA score of 1e309 is refused at body.indicators.0.score: "คะแนนต้องไม่เกิน ๑๐๐"', async () => {
    const fields = await refused('PUT', scores, '{"indicators":[{"no":1,"score":1e309}]}');
    expect(fields).toEqual([
      {
        path: 'body.indicators.0.score',
        message_th: expect.stringMatching(/ต้องไม่เกิน ๑๐๐$/),
        message_en: expect.stringMatching(/must be at most 100$/),
      },
    ]);
  });

  it('a score of -1e309 is "ต้องไม่น้อยกว่า ๐", and an indicator number of 1e400 "ต้องไม่เกิน ๑๐"', async () => {
    expect(await refused('PUT', scores, '{"indicators":[{"no":1,"score":-1e309}]}')).toEqual([
      expect.objectContaining({ path: 'body.indicators.0.score', message_th: expect.stringMatching(/ต้องไม่น้อยกว่า ๐$/) }),
    ]);
    expect(await refused('PUT', scores, '{"indicators":[{"no":1e400,"score":50}]}')).toEqual([
      expect.objectContaining({ path: 'body.indicators.0.no', message_th: expect.stringMatching(/ต้องไม่เกิน ๑๐$/) }),
    ]);
  });

  it('a plan follow-up numbered 1e400 is refused at its followUpNo: at most ๙๙๙', async () => {
    const text = JSON.stringify({ format: 'json', measures: await currentMeasures(suite.f, fy) }).replace(
      /"followUpNo":1\b/,
      '"followUpNo":1e400',
    );
    const fields = await refused('PUT', apiPath('/v1/fiscal-years/{fy}/plan', { fy }), text);
    expect(fields).toEqual([
      expect.objectContaining({
        path: 'body.measures.0.followUps.0.followUpNo',
        message_th: expect.stringMatching(/ไม่เกิน ๙๙๙$/),
      }),
    ]);
  });

  it("a report's evidence size of 1e309 and its expectedVersion of 1e309 (a field bounded only by the safe integers) are refused at the field", async () => {
    const upload = routeRequest('createEvidenceUpload', 0);
    const body = JSON.stringify(upload.body).replace(/"size":1000\b/, '"size":1e309');
    expect(await refused('POST', upload.path, body, who.financeStaff)).toEqual([
      expect.objectContaining({ path: 'body.size', message_th: 'ขนาดไฟล์ต้องไม่เกิน ๑๐ เมกะไบต์' }),
    ]);
    const report = routeRequest('submitReport', 0);
    const sent = JSON.stringify({ ...(report.body as object), expectedVersion: 1 }).replace(
      '"expectedVersion":1',
      '"expectedVersion":1e309',
    );
    expect(await refused('PUT', report.path, sent, who.financeStaff)).toEqual([
      expect.objectContaining({
        path: 'body.expectedVersion',
        message_th: expect.stringMatching(/^ฉบับที่กำลังแก้ไขต้องไม่เกิน [๐-๙]+$/),
        message_en: expect.stringMatching(/^version being revised must be at most \d+$/),
      }),
    ]);
  });
});
