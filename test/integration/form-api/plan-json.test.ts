// Faults 4-6 of issue 17: plan JSON that gave 500s or unreachable obligations, plans too big for one
// transaction, and the CLI importer that skipped the API's guard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { ConflictError } from '../../../shared/domain/errors.js';
import type { Measure } from '../../../shared/domain/plan.js';
import { PlanRepository } from '../../../shared/store/plan-repository.js';
import { importPlan } from '../../../shared/use-cases/import-plan.js';
import { call, type ApiResponse } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { ownObligation } from '../../support/route-requests.js';
import { SEED_DOCUMENT } from '../../support/seed-plan.js';
import { readTextDocument } from '../../../shared/import/source-document.js';
import { countWrites } from '../../support/write-counter.js';
import { readFileSync } from 'node:fs';

let f: ApiFixture;
let writes: { readonly count: number };
const fy = 2566;

beforeAll(async () => {
  f = await createApiFixture();
  writes = countWrites(f.store.doc);
});
afterAll(async () => f?.close());

async function currentMeasures(): Promise<{ measures: Measure[]; version: number }> {
  const res = await call(f.handler, {
    method: 'GET',
    path: apiPath('/v1/fiscal-years/{fy}/measures', { fy }),
    as: who.coordinator,
  });
  return { measures: res.body.measures, version: res.body.version };
}

/** PUT the plan and check that a refusal wrote nothing. */
async function putPlan(measures: unknown[], extra: Record<string, unknown> = {}): Promise<ApiResponse> {
  const before = await f.dump();
  const count = writes.count;
  const res = await call(f.handler, {
    method: 'PUT',
    path: apiPath('/v1/fiscal-years/{fy}/plan', { fy }),
    as: who.coordinator,
    body: { format: 'json', measures, ...extra },
  });
  expect(res.status).toBeLessThan(500);
  if (res.status >= 400) {
    expect(writes.count).toBe(count);
    expect(await f.dump()).toBe(before);
  }
  return res;
}

const paths = (res: ApiResponse) => res.body.error.fields.map((x: { path: string }) => x.path);

describe('plan JSON a coordinator could send by mistake gets 400 with the field, and nothing is written', () => {
  it('refuses two measures with the same measureId (was a 500 from DynamoDB)', async () => {
    const { measures } = await currentMeasures();
    const res = await putPlan([...measures, { ...measures[0]!, order: 8 }]);
    expect(res.status).toBe(400);
    expect(paths(res)).toContain('body.measures.7.measureId');
    expect(JSON.stringify(res.body.error.fields)).toContain('ซ้ำ');
  });

  it('refuses a third copy of a measureId anywhere in the list, naming each copy', async () => {
    const { measures } = await currentMeasures();
    const res = await putPlan([...measures, { ...measures[2]!, order: 8 }, { ...measures[2]!, order: 9 }]);
    expect(res.status).toBe(400);
    expect(paths(res)).toEqual(expect.arrayContaining(['body.measures.7.measureId', 'body.measures.8.measureId']));
  });

  it('refuses two follow-ups with the same followUpNo (was 200 with duplicate obligation ids)', async () => {
    const { measures } = await currentMeasures();
    const edited = structuredClone(measures);
    edited[0]!.followUps[1]!.followUpNo = 1;
    const res = await putPlan(edited);
    expect(res.status).toBe(400);
    expect(paths(res)).toContain('body.measures.0.followUps.1.followUpNo');
  });

  for (const followUpNo of [1000, 0, 1.5]) {
    it(`refuses followUpNo ${followUpNo}, which no obligation id can spell (1000 was stored and then 404)`, async () => {
      const { measures } = await currentMeasures();
      const edited = structuredClone(measures);
      edited[1]!.followUps[0]!.followUpNo = followUpNo;
      const res = await putPlan(edited);
      expect(res.status).toBe(400);
      expect(paths(res)).toContain('body.measures.1.followUps.0.followUpNo');
    });
  }

  it('accepts followUpNo 999, and its obligations can be opened', async () => {
    const { measures, version } = await currentMeasures();
    const edited = structuredClone(measures);
    edited[1]!.followUps.push({ ...edited[1]!.followUps[0]!, followUpNo: 999, cadence: 'annual' });
    const res = await putPlan(edited, { expectedVersion: version });
    expect(res.status).toBe(200);
    const opened = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}', {
        fy,
        obligationId: `${edited[1]!.measureId}.f999.FY.finance`,
      }),
      as: who.coordinator,
    });
    expect(opened.status).toBe(200);
  });

  it('refuses one measure of 450 KB with a Thai message saying what to do (was a 500: item too large)', async () => {
    const { measures } = await currentMeasures();
    const edited = structuredClone(measures);
    edited[3]!.methods = Array.from({ length: 30 }, () => 'ก'.repeat(5000));
    const res = await putPlan(edited);
    expect(res.status).toBe(400);
    const field = res.body.error.fields.find((x: { path: string }) => x.path === 'body.measures.3');
    expect(field.message_th).toContain('กิโลไบต์');
    expect(field.message_th).toContain('แยกเป็นหลายมาตรการ');
  });

  it('refuses many small recommendations that add up past the measure limit', async () => {
    const { measures } = await currentMeasures();
    const edited = structuredClone(measures);
    edited[0]!.recommendations = Array.from({ length: 100 }, (_, i) => `ข้อเสนอแนะ ${i} ${'ข'.repeat(400)}`);
    const res = await putPlan(edited);
    expect(res.status).toBe(400);
    expect(paths(res)).toContain('body.measures.0');
  });

  // review 17 s9, entry 9: a unit listed twice gave each of its obligations twice in the unit's list
  for (const [what, edit, path, said] of [
    [
      'a unit listed twice in a measure',
      (m: Measure[]) =>
        (m[0]!.responsible = {
          allUnits: false,
          unitIds: ['finance', 'finance'],
          leadUnitId: 'finance',
          text: 'กองคลัง',
        }),
      'body.measures.0.responsible.unitIds.1',
      // the org's name for the unit, not its id (session 27)
      'หน่วยงาน "กองคลัง" อยู่ในรายชื่อผู้รับผิดชอบซ้ำ',
    ],
    [
      'a unit listed again after another',
      (m: Measure[]) => (m[2]!.responsible = { allUnits: false, unitIds: ['clerk', 'finance', 'clerk'], text: '' }),
      'body.measures.2.responsible.unitIds.2',
      'หน่วยงาน "สำนักปลัดเทศบาล" อยู่ในรายชื่อผู้รับผิดชอบซ้ำ',
    ],
    [
      'an audience named twice in a follow-up',
      (m: Measure[]) => (m[1]!.followUps[0]!.audience = ['mayor', 'meeting', 'mayor']),
      'body.measures.1.followUps.0.audience.2',
      'ผู้รับรายงาน "นายกเทศมนตรี" ซ้ำในรายการ',
    ],
  ] as const) {
    it(`refuses ${what}, naming the repeat (was saved, and its obligations listed twice)`, async () => {
      const { measures } = await currentMeasures();
      const edited = structuredClone(measures);
      edit(edited);
      const res = await putPlan(edited);
      expect(res.status).toBe(400);
      const field = res.body.error.fields.find((x: { path: string }) => x.path === path);
      expect(field?.message_th).toContain(said);
    });
  }

  // review 17 s9, entry 10: such a measure was saved, and no unit ever had to report on it
  for (const [what, responsible] of [
    ['no unit at all', { allUnits: false, unitIds: [], text: '' }],
    ['only a written name that matched no unit', { allUnits: false, unitIds: [], text: 'กองตรวจสอบภายใน' }],
    ['no unit but a lead', { allUnits: false, unitIds: [], leadUnitId: 'finance', text: 'กองคลัง' }],
  ] as [string, Measure['responsible']][]) {
    it(`refuses a measure with ${what} responsible, asking for a unit or "ทุกกองงาน"`, async () => {
      const { measures } = await currentMeasures();
      const edited = structuredClone(measures);
      edited[4]!.responsible = structuredClone(responsible);
      const res = await putPlan(edited);
      expect(res.status).toBe(400);
      const field = res.body.error.fields.find(
        (x: { path: string }) => x.path === 'body.measures.4.responsible.unitIds',
      );
      expect(field?.message_th).toContain('กรุณาเลือกหน่วยงานผู้รับผิดชอบอย่างน้อย ๑ หน่วยงาน');
    });
  }

  for (const [where, edit] of [
    ['the title', (m: Measure[]) => (m[0]!.title = 'a\ud800')],
    ['a follow-up', (m: Measure[]) => (m[1]!.followUps[0]!.text = 'รายงาน\udfff')],
    ['the responsible units as written', (m: Measure[]) => (m[2]!.responsible.text = '\ud83dกองคลัง')],
    ['a method', (m: Measure[]) => (m[3]!.methods[0] = 'วิธี\ud800\ud800')],
  ] as const) {
    it(`refuses a lone surrogate in ${where} (was stored, then every reminder failed forever)`, async () => {
      const { measures } = await currentMeasures();
      const edited = structuredClone(measures);
      edit(edited);
      const res = await putPlan(edited);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.error.fields)).toContain('Unicode');
    });
  }
});

describe('a plan is replaced all or nothing, whatever its size (fault 5)', () => {
  const manyMeasures = (base: Measure[], count: number): Measure[] =>
    Array.from({ length: count }, (_, i) => {
      const source = base[i % base.length]!;
      return i < base.length ? { ...source, order: i + 1 } : { ...source, measureId: `m${i}`, order: i + 1 };
    });

  it('saves a plan of 300 measures (three transactions of items before) and reads back exactly it', async () => {
    const { measures, version } = await currentMeasures();
    const res = await putPlan(manyMeasures(measures, 300), { expectedVersion: version });
    expect(res.status).toBe(200);
    const after = await currentMeasures();
    expect(after.measures).toHaveLength(300);
    expect(after.version).toBe(version + 1);
  });

  it('refuses a stale save of 300 measures with 409 and writes nothing (was: most of it written first)', async () => {
    const { measures, version } = await currentMeasures();
    const stale = manyMeasures(measures, 300).map((m) => ({ ...m, title: `${m.title} (แก้ไข)` }));
    const res = await putPlan(stale, { expectedVersion: version - 1 });
    expect(res.status).toBe(409);
    const after = await currentMeasures();
    expect(after.measures.some((m) => m.title.endsWith('(แก้ไข)'))).toBe(false);
  });

  it('shrinks back to 7 measures, and the 293 dropped items are gone from the table', async () => {
    const { measures, version } = await currentMeasures();
    const res = await putPlan(measures.slice(0, 7), { expectedVersion: version });
    expect(res.status).toBe(200);
    const plan = await new PlanRepository(f.store).getPlan('demo', 2566);
    expect(plan?.measures).toHaveLength(7);
    expect((await f.dump()).match(/"sk":"MEASURE#/g)).toHaveLength(7);
  });

  it('keeps the old plan visible while a losing save staged its measures, and removes them', async () => {
    const repo = new PlanRepository(f.store);
    const current = await repo.getPlan('demo', 2566);
    const { version: _v, updatedAt: _u, updatedBy: _b, ...plan } = current!;
    const first = repo.savePlan(plan, { actor: 'a', now: new Date(), expectedVersion: current!.version });
    const second = repo.savePlan(
      { ...plan, measures: plan.measures.map((m) => ({ ...m, title: `${m.title} B` })) },
      { actor: 'b', now: new Date(), expectedVersion: current!.version },
    );
    const outcomes = await Promise.allSettled([first, second]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const after = await repo.getPlan('demo', 2566);
    expect(after?.version).toBe(current!.version + 1);
    expect(after?.measures).toHaveLength(7);
    expect((await f.dump()).match(/"sk":"MEASURE#/g)).toHaveLength(7);
  });
});

describe('the CLI importer replaces a plan through the same guarded use case (fault 6)', () => {
  it('refuses a document that drops a measure with reports, and leaves the plan as it was', async () => {
    const reported = await call(f.handler, {
      method: 'PUT',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', { fy, obligationId: ownObligation(0) }),
      as: who.financeStaff,
      body: { progress: 'done', summary: 'ดำเนินการแล้ว' },
    });
    expect(reported.status).toBe(200);
    const before = await new PlanRepository(f.store).getPlan('demo', 2566);
    // the seed without its indicator-4 row, which now has a report
    const text = readFileSync(SEED_DOCUMENT, 'utf8')
      .split('\n')
      .filter((line) => !line.includes('ตัวชี้วัดที่๔'))
      .join('\n');
    const attempt = importPlan(f.repos, {
      orgId: 'demo',
      fy: 2566,
      document: readTextDocument(text),
      actor: 'cli:import',
      now: new Date(),
    });
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toMatchObject({ message_th: expect.stringContaining('i4') });
    expect((await new PlanRepository(f.store).getPlan('demo', 2566))?.version).toBe(before?.version);
  });
});

// review 17 s9, entry 25: a 1.3 MB plan of 500 measures x 40 monthly follow-ups for every unit was
// saved, and every obligations list then took 12-27 s (the API times out at 29 s)
describe('a plan that makes more obligations than a year can list is refused with a Thai message', () => {
  const plan = (measures: number, followUps: number) =>
    Array.from({ length: measures }, (_, i) => ({
      measureId: `x${i + 1}`,
      order: i + 1,
      indicator: (i % 10) + 1,
      title: `มาตรการที่ ${i + 1}`,
      followUps: Array.from({ length: followUps }, (_, j) => ({
        followUpNo: j + 1,
        text: 'ก',
        cadence: 'monthly',
      })),
      responsible: { allUnits: false, unitIds: ['finance'], text: 'กองคลัง' },
    }));
  // a fresh year: the seed's reports in FY2566 stay out of it
  const putYear = (measures: unknown[]) =>
    call(f.handler, {
      method: 'PUT',
      path: apiPath('/v1/fiscal-years/{fy}/plan', { fy: 2569 }),
      as: who.coordinator,
      body: { format: 'json', measures },
    });

  for (const [measures, followUps, count] of [
    [500, 40, '๒๔๐๐๐๐'],
    [170, 10, '๒๐๔๐๐'],
  ] as const) {
    it(`refuses ${measures} measures x ${followUps} monthly follow-ups of one unit (${count} obligations), writing nothing`, async () => {
      const count0 = writes.count;
      const res = await putYear(plan(measures, followUps));
      expect(res.status).toBe(400);
      expect(res.body.error.message_th).toContain(`มีงานที่ต้องรายงาน ${count} รายการในปีเดียว`);
      expect(res.body.error.fields[0].path).toBe('body.measures');
      expect(writes.count).toBe(count0);
    });
  }

  it('accepts 166 measures x 10 monthly follow-ups of one unit (19,920 obligations, under the bound)', async () => {
    const res = await putYear(plan(166, 10));
    expect(res.status).toBe(200);
  });
});

// review 17 s23, S23-13: U+202E was refused in titles and follow-ups but saved in the plan's title
// (it heads the plan document and the annual report) and in a measure's other shown text
describe('a bidirectional control in any shown text of a plan is refused with its field', () => {
  for (const [what, edit, extra, path] of [
    ['the plan title', () => undefined, { title: 'แผน\u202eabc' }, 'body.title'],
    [
      "a responsibility cell's text",
      (m: Measure[]) => (m[0]!.responsible.text = '\u202eabc'),
      {},
      'body.measures.0.responsible.text',
    ],
    ['a timeframe', (m: Measure[]) => (m[1]!.timeframe = 'ต.ค. \u2066๒๕๖๘\u2069'), {}, 'body.measures.1.timeframe'],
    [
      'a note kept from an extra column',
      (m: Measure[]) => (m[2]!.notes = [{ label: 'งบประมาณ', text: '\u202d๑๐,๐๐๐' }]),
      {},
      'body.measures.2.notes.0.text',
    ],
  ] as const) {
    it(`refuses it in ${what}, naming the character, and writes nothing`, async () => {
      const { measures } = await currentMeasures();
      const edited = structuredClone(measures);
      edit(edited);
      const res = await putPlan(edited, extra);
      expect(res.status).toBe(400);
      const field = res.body.error.fields.find((x: { path: string }) => x.path === path);
      expect(field?.message_th).toContain('อักขระควบคุมทิศทางข้อความ');
    });
  }
});

// review 17 s9 (reviewer's entry 26): saved, and units got obligations whose text was blank, or a
// title that shows reversed in the page, the documents and emails
describe('a measure title or follow-up text with nothing to see, or that reorders itself, is refused', () => {
  for (const [what, edit, path, said] of [
    [
      'a zero-width space as the title',
      (m: Measure[]) => (m[0]!.title = '\u200b'),
      'body.measures.0.title',
      'มองเห็นได้',
    ],
    [
      'tone marks alone as the title',
      (m: Measure[]) => (m[1]!.title = '\u0e49\u0e49'),
      'body.measures.1.title',
      'มองเห็นได้',
    ],
    [
      'a line break as a follow-up',
      (m: Measure[]) => (m[2]!.followUps[0]!.text = ' \n '),
      'body.measures.2.followUps.0.text',
      'มองเห็นได้',
    ],
    [
      'a right-to-left override in the title',
      (m: Measure[]) => (m[3]!.title = '\u202eabc'),
      'body.measures.3.title',
      'U+202E',
    ],
    [
      'an isolate in a follow-up',
      (m: Measure[]) => (m[4]!.followUps[0]!.text = 'รายงาน\u2067ผล\u2069'),
      'body.measures.4.followUps.0.text',
      'ทิศทาง',
    ],
  ] as const) {
    it(`refuses ${what}`, async () => {
      const { measures } = await currentMeasures();
      const edited = structuredClone(measures);
      edit(edited);
      const res = await putPlan(edited);
      expect(res.status).toBe(400);
      const field = res.body.error.fields.find((x: { path: string }) => x.path === path);
      expect(field?.message_th).toContain(said);
    });
  }
});

// tester s44: plan JSON sent without a title saved an empty one, shown and printed as nothing
describe('plan JSON without a title is saved with the title its plan document prints', () => {
  const DEFAULT = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ของเทศบาลตำบลดอนอะระง ประจำปีงบประมาณ พ.ศ. ๒๕๖๖';
  const savedTitle = async () =>
    (
      await call(f.handler, {
        method: 'GET',
        path: apiPath('/v1/fiscal-years/{fy}/measures', { fy }),
        as: who.coordinator,
      })
    ).body.title;

  it.each([
    ['no title', {}],
    ['an empty title', { title: '' }],
    ['a title of spaces', { title: '   ' }],
  ])('%s: the org and the year in Thai digits', async (_what, sent) => {
    const { measures, version } = await currentMeasures();
    const res = await putPlan(measures, { ...sent, expectedVersion: version });
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    expect(res.body.plan.title).toBe(DEFAULT);
    expect(await savedTitle()).toBe(DEFAULT);
  });

  it('a title sent is saved as sent', async () => {
    const { measures, version } = await currentMeasures();
    const title = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส (ฉบับปรับปรุง)';
    expect((await putPlan(measures, { title, expectedVersion: version })).status).toBe(200);
    expect(await savedTitle()).toBe(title);
  });
});
