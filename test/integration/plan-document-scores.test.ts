// The plan document answers last year's ITA results: the scores a coordinator entered beside the plan
// (PUT /v1/fiscal-years/{fy}/ita-scores) reach the document's introduction through the document
// function's own composition (functions/documents/document-production.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../shared/api/api-path.js';
import { DocumentGenerationRepository } from '../../shared/store/document-generation-repository.js';
import { call } from '../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../support/api-fixture.js';
import { bangkok } from '../support/jobs-fixture.js';

const NOW = bangkok('2023-10-02T09:00:00');
let f: ApiFixture;
beforeAll(async () => {
  f = await createApiFixture({ now: NOW });
}, 60_000);
afterAll(async () => f?.close());

const enterScores = async (fy: number, indicators: { no: number; score: number }[]) => {
  const res = await call(f.handler, {
    method: 'PUT',
    path: apiPath('/v1/fiscal-years/{fy}/ita-scores', { fy }),
    as: who.coordinator,
    body: { indicators },
  });
  expect(res.status).toBe(200);
};

/** Produces the plan document of `fy` as the document function does and reads its plan.json. */
async function planDocument(fy: number) {
  const request = { kind: 'plan-document', orgId: 'demo', fy, trigger: `person:${who.coordinator}` } as const;
  const { generation } = await new DocumentGenerationRepository(f.store).claim({ ...request, now: NOW });
  await f.documents.produce({ ...request, generation, asOf: NOW });
  const json = await f.files.get(`demo/${fy}/plan-document/${generation}/plan.json`);
  return JSON.parse(Buffer.from(json).toString('utf8')) as {
    introduction: string[];
    belowPassMark?: { indicator: number; name: string; score: number }[];
  };
}

describe("the plan document and last year's ITA scores", () => {
  it('without scores entered, the introduction is the general one', async () => {
    const model = await planDocument(2566);
    expect(model.belowPassMark).toBeUndefined();
    expect(model.introduction.join('\n')).not.toContain('ต่ำกว่าร้อยละ');
  });

  it('names each indicator that scored under 85 last year, in Thai digits, lowest number first', async () => {
    await enterScores(2566, [
      { no: 9, score: 72.5 },
      { no: 1, score: 90 },
      { no: 4, score: 84.99 },
    ]);
    const model = await planDocument(2566);
    expect(model.belowPassMark).toEqual([
      { indicator: 4, name: expect.any(String), score: 84.99 },
      { indicator: 9, name: expect.any(String), score: 72.5 },
    ]);
    const text = model.introduction.join('\n');
    expect(text).toContain('ประจำปีงบประมาณ พ.ศ. ๒๕๖๕');
    expect(text).toContain('ตัวชี้วัดที่ ๔');
    expect(text).toContain('(๗๒.๕๐ คะแนน)');
    expect(text).not.toContain('ตัวชี้วัดที่ ๑ ');
  });

  it('says every indicator passed when every score is 85 or more', async () => {
    await enterScores(2566, [
      { no: 1, score: 85 },
      { no: 2, score: 100 },
    ]);
    const model = await planDocument(2566);
    expect(model.belowPassMark ?? []).toEqual([]);
    expect(model.introduction.join('\n')).toContain('ทุกตัวชี้วัดได้คะแนนตั้งแต่ร้อยละ ๘๕ ขึ้นไป');
  });
});
