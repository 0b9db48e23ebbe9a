// Issue 17 (review, session 6): bodies no one would send by hand. A 5,000-level nested value
// overflowed the stack while its error message was written (500); plan JSON with a measure that
// has no follow-up, or a lead unit outside its units, was stored; invalid text sent was echoed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { MAX_JSON_DEPTH } from '../../../shared/api/json-limits.js';
import { ROUTES, type RouteId } from '../../../shared/api/routes.js';
import type { Measure } from '../../../shared/domain/plan.js';
import { call, type ApiResponse } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { MATRIX_CLOCK, routeRequest } from '../../support/route-requests.js';
import { countWrites } from '../../support/write-counter.js';

let f: ApiFixture;
let writes: { readonly count: number };
const fy = 2566;

beforeAll(async () => {
  f = await createApiFixture({ now: MATRIX_CLOCK });
  writes = countWrites(f.store.doc);
});
afterAll(async () => f?.close());

/** `levels` arrays one inside the other around `inner`, as raw JSON text. */
const nestedArrays = (levels: number, inner = '1') => `${'['.repeat(levels)}${inner}${']'.repeat(levels)}`;
/** `levels` objects {"a": {"a": ...}} as raw JSON text. */
const nestedObjects = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

/** Send a raw body; a refusal must write nothing and never be a 5xx. */
async function send(id: RouteId, rawBody: string, as: string = who.coordinator): Promise<ApiResponse> {
  const { method, path } = routeRequest(id, 0);
  const before = await f.dump();
  const count = writes.count;
  const res = await call(f.handler, { method, path, as, rawBody });
  expect(res.status).toBeLessThan(500);
  if (res.status >= 400) {
    expect(writes.count).toBe(count);
    expect(await f.dump()).toBe(before);
  }
  return res;
}

const tooDeep = (res: ApiResponse) => {
  expect(res.status).toBe(400);
  expect(res.body.error.fields).toEqual([
    expect.objectContaining({ path: 'body', message_en: `at most ${MAX_JSON_DEPTH} levels of nesting` }),
  ]);
  expect(res.body.error.message_th).toContain('ซ้อนกันลึกเกิน');
};

describe('a body nested thousands of levels deep gets 400 before anything walks it (was 500: stack overflow)', () => {
  it('5,000 objects deep in a measure\'s notes (deep5000-obj) answers 400 "nests deeper than 32 levels"', async () => {
    tooDeep(await send('replacePlan', `{"format":"json","measures":[{"notes":${nestedObjects(5000)}}]}`));
  });

  it('5,000 lists deep as the plan title and as the measures (deep5000-title, deep5000-measures) answer 400', async () => {
    tooDeep(await send('replacePlan', `{"format":"json","title":${nestedArrays(5000)}}`));
    tooDeep(await send('replacePlan', `{"format":"json","measures":${nestedArrays(5000)}}`));
  });

  it('every route that takes a body refuses 5,000 levels the same way (report, scores, plan import, units, people ...)', async () => {
    const withBody = (Object.keys(ROUTES) as RouteId[]).filter((id) => 'body' in ROUTES[id]);
    expect(withBody).toEqual(expect.arrayContaining(['submitReport', 'putItaScores', 'previewPlanImport']));
    for (const id of withBody) {
      const as = id === 'submitReport' || id === 'createEvidenceUpload' ? who.financeStaff : who.coordinator;
      const res = await send(id, `{"x":${nestedArrays(5000)}}`, as);
      expect(`${id} ${res.status} ${res.body.error?.fields?.[0]?.path}`).toBe(`${id} 400 body`);
    }
  });

  it(`one level past the limit (${MAX_JSON_DEPTH + 1}) is refused; at the limit the fields are checked as usual`, async () => {
    tooDeep(await send('putItaScores', `{"indicators":${nestedArrays(MAX_JSON_DEPTH)}}`));
    const atLimit = await send('putItaScores', `{"indicators":${nestedArrays(MAX_JSON_DEPTH - 1)}}`);
    expect(atLimit.status).toBe(400);
    expect(atLimit.body.error.fields[0].path).toMatch(/^body\.indicators/);
    expect(atLimit.body.error.fields[0].message_en).not.toContain('nesting');
  });

  it('brackets inside text do not count: a summary of 2,000 "[" and 1,000 "{" is a report like any other', async () => {
    const res = await send(
      'submitReport',
      JSON.stringify({ progress: 'done', summary: `ผลงาน ${'['.repeat(2000)} "{" \\" ${'{'.repeat(1000)}` }),
      who.financeStaff,
    );
    expect(res.status).toBe(200);
  });
});

async function measures(): Promise<Measure[]> {
  const res = await call(f.handler, {
    method: 'GET',
    path: apiPath('/v1/fiscal-years/{fy}/measures', { fy }),
    as: who.coordinator,
  });
  return res.body.measures;
}

const putPlan = (list: unknown[]) => send('replacePlan', JSON.stringify({ format: 'json', measures: list }));

describe('a measure nobody could report on is refused at the field, Thai first, and nothing is written', () => {
  it('a measure with followUps: [] gets 400 at body.measures.N.followUps (no unit would ever report on it)', async () => {
    const list = await measures();
    list[2]!.followUps = [];
    const res = await putPlan(list);
    expect(res.status).toBe(400);
    const field = res.body.error.fields.find((x: { path: string }) => x.path === 'body.measures.2.followUps');
    expect(field.message_th).toMatch(/^มาตรการลำดับที่ ๓ \(i\d+\): มาตรการต้องมีการติดตามผลอย่างน้อย ๑ ข้อ/);
    expect(field.message_en).toContain('at least one follow-up');
  });

  it('a measure without a followUps field at all, and two such measures, are refused the same way', async () => {
    const list = await measures();
    const { followUps: _drop, ...bare } = list[0]!;
    let res = await putPlan([bare, ...list.slice(1)]);
    expect(res.body.error.fields.map((x: { path: string }) => x.path)).toContain('body.measures.0.followUps');
    list[4]!.followUps = [];
    list[5]!.followUps = [];
    res = await putPlan(list);
    expect(res.body.error.fields.map((x: { path: string }) => x.path)).toEqual(
      expect.arrayContaining(['body.measures.4.followUps', 'body.measures.5.followUps']),
    );
  });

  it("a lead unit that is not one of the measure's units gets 400 at responsible.leadUnitId", async () => {
    const list = await measures();
    const named = list.findIndex((m) => !m.responsible.allUnits);
    list[named]!.responsible = { ...list[named]!.responsible, unitIds: ['finance'], leadUnitId: 'engineering' };
    const res = await putPlan(list);
    expect(res.status).toBe(400);
    const field = res.body.error.fields.find(
      (x: { path: string }) => x.path === `body.measures.${named}.responsible.leadUnitId`,
    );
    expect(field.message_th).toContain('หน่วยงานหลักต้องเป็นหนึ่งในหน่วยงานผู้รับผิดชอบ');
    // neighbours: a lead with no units named; a lead of "every unit" stays allowed
    list[named]!.responsible = { ...list[named]!.responsible, unitIds: [], leadUnitId: 'finance' };
    expect((await putPlan(list)).status).toBe(400);
  });
});

describe('what was sent is never echoed back as invalid text', () => {
  const wellFormed = (s: string) => !/\p{Cs}/u.test(s);

  it('an unknown field named by a lone surrogate is named back with U+FFFD, not the surrogate', async () => {
    const res = await send('replacePlan', '{"format":"json","measures":[],"\\ud800x":1}');
    expect(res.status).toBe(400);
    expect(wellFormed(JSON.stringify(res.body))).toBe(true);
    const unknown = res.body.error.fields.find((x: { message_en: string }) => x.message_en.startsWith('unknown'));
    expect(unknown.message_en).toBe('unknown field(s): "\uFFFDx"');
    expect(unknown.message_th).toBe('ไม่รู้จักช่อง "\uFFFDx"');
  });

  it('a lone surrogate or a 300-character emoji string quoted in "sent:" stays well formed and short', async () => {
    const list = await measures();
    (list[0] as unknown as { order: string }).order = '\ud83d'.repeat(3) + '😀'.repeat(300);
    (list[1] as unknown as { indicator: string }).indicator = 'ab\u202ecd\u0000';
    const res = await putPlan(list);
    expect(res.status).toBe(400);
    for (const field of res.body.error.fields as { message_th: string; message_en: string }[]) {
      expect(wellFormed(field.message_th) && wellFormed(field.message_en)).toBe(true);
      expect(field.message_en.length).toBeLessThan(400);
      expect(field.message_en.includes('\u202e') || field.message_en.includes('\u0000')).toBe(false);
    }
  });

  it('a measure id that is not a valid id is not quoted in the place of the message', async () => {
    const list = await measures();
    list[0]!.measureId = 'i1\u202e\ud800';
    list[0]!.title = '';
    const res = await putPlan(list);
    const messages = JSON.stringify(res.body.error.fields);
    expect(messages).toContain('มาตรการลำดับที่ ๑:');
    expect(messages).not.toContain('\u202e');
  });
});

describe('a plan document of more than 500 measures is told in the preview and refused on save', () => {
  const HEADER = 'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ\n';
  const document = (n: number) =>
    HEADER +
    Array.from(
      { length: n },
      (_, i) => `ตัวชี้วัดที่ ${(i % 10) + 1} มาตรการ ${i + 1}\tวิธี\tตลอดปี\tรายงานทุกเดือน\tกองคลัง\n`,
    ).join('');

  it('the preview of 501 rows has 500 measures and says the last row was not imported', async () => {
    const res = await call(f.handler, {
      method: 'POST',
      path: apiPath('/v1/fiscal-years/{fy}/plan-imports', { fy }),
      as: who.coordinator,
      body: { fileName: 'แผน.txt', contentBase64: Buffer.from(document(501)).toString('base64') },
    });
    expect(res.status).toBe(200);
    expect(res.body.plan.measures).toHaveLength(500);
    expect(res.body.warnings.find((w: { code: string }) => w.code === 'measures-dropped').message_th).toContain(
      'จึงไม่ได้นำเข้า ๑ แถวสุดท้าย',
    );
  });

  it('PUT /plan with that document (and with 520 rows) is 400 at body.text, nothing written', async () => {
    for (const n of [501, 520]) {
      const res = await send('replacePlan', JSON.stringify({ format: 'document', text: document(n) }));
      expect(res.status).toBe(400);
      expect(res.body.error.fields[0]).toMatchObject({
        path: 'body.text',
        message_en: expect.stringContaining(`has ${n} measure rows`),
      });
    }
  });
});
