// Session 53 (P2): a plan's timeframe, list items (methods, sub-measures, recommendations), the
// responsibility cell and notes of only invisible characters (U+200B, U+200C/D, U+2060, U+FEFF,
// U+00AD) were stored as sent: blank text that was not empty, a new version for a plan that had not
// changed, and the check's warnings quoted it. A report's summary of them was refused with "write at
// least 3 letters", not the blank one's "กรุณากรอกผลการดำเนินงาน". Now text with nothing visible is
// read as empty, by one rule (shownText, shared/domain/text.ts), so it does exactly what empty does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import type { Measure } from '../../../shared/domain/plan.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { putPlan, savedPlan } from '../../support/plan-requests.js';

let f: ApiFixture;
const fy = 2566;
beforeAll(async () => {
  f = await createApiFixture();
  const as = who.coordinator;
  const unit = await call(f.handler, {
    method: 'POST',
    path: '/v1/units',
    as,
    body: { unitId: 'audit', name: 'หน่วยตรวจสอบภายใน' },
  });
  expect(unit.status).toBe(201);
  expect((await call(f.handler, { method: 'PUT', path: '/v1/units/audit', as, body: { active: false } })).status).toBe(
    200,
  );
});
afterAll(async () => f?.close());

const INVISIBLE: [string, string][] = [
  ['zero-width spaces', '\u200b\u200b'],
  ['ZWNJ, ZWJ and a word joiner among spaces', ' \u200c\u200d \u2060 '],
  ['a byte order mark and soft hyphens', '\ufeff\u00ad\u00ad'],
];

/** The saved plan with every free text of its first measure set to `value`. */
const withTexts = async (value: string, title: string) => {
  const saved = await savedPlan(f, fy);
  const measures = structuredClone(saved.measures);
  const m = measures[0]!;
  m.timeframe = value;
  m.methods = ['ประชุมชี้แจง', value];
  m.subMeasures = [value];
  m.recommendations = [value];
  m.responsible.text = value;
  m.notes = [{ label: 'งบประมาณ', text: value }];
  return { format: 'json', title, measures, expectedVersion: saved.version };
};

describe('PUT …/plan: free text with nothing visible saves what empty text does', () => {
  it.each(INVISIBLE)('%s in the timeframe, list items, responsibility cell and notes', async (_what, value) => {
    expect((await putPlan(f, await withTexts('ตลอดปีงบประมาณ', 'แผน ก'), fy)).status).toBe(200);
    const empty = await putPlan(f, await withTexts('', 'แผน ข'), fy);
    expect(empty.status, JSON.stringify(empty.body.error)).toBe(200);
    const invisible = await putPlan(f, await withTexts(value, 'แผน ข'), fy);
    expect(invisible.status, JSON.stringify(invisible.body.error)).toBe(200);
    // the same plan as the empty one: no new version
    expect(invisible.body.unchanged).toBeDefined();
    const m = (await savedPlan(f, fy)).measures[0]!;
    expect([m.timeframe, m.methods, m.subMeasures, m.recommendations, m.responsible.text, m.notes]).toEqual([
      '',
      ['ประชุมชี้แจง', ''],
      [''],
      [''],
      '',
      [{ label: 'งบประมาณ', text: '' }],
    ]);
  });
});

describe('POST …/plan-checks reads such text as empty: its warnings quote what an empty cell gives', () => {
  const check = (measures: Measure[]) =>
    call(f.handler, {
      method: 'POST',
      path: apiPath('/v1/fiscal-years/{fy}/plan-checks', { fy }),
      as: who.coordinator,
      body: { title: 'แผน', measures },
    });
  const withResponsibleText = async (text: string) => {
    const measures = structuredClone((await savedPlan(f, fy)).measures);
    measures[0]!.responsible = { allUnits: false, unitIds: ['audit'], text };
    return measures;
  };
  it.each(INVISIBLE)('%s as the responsibility cell of a measure whose one unit is deactivated', async (_w, value) => {
    const empty = await check(await withResponsibleText(''));
    expect(empty.status, JSON.stringify(empty.body.error)).toBe(200);
    expect(empty.body.warnings.map((w: { code: string }) => w.code)).toEqual(['cannot-save']);
    const invisible = await check(await withResponsibleText(value));
    expect(invisible.status, JSON.stringify(invisible.body.error)).toBe(200);
    expect(invisible.body).toEqual(empty.body);
    expect(invisible.body.warnings[0].source).toBe('');
  });
});

describe('a report’s texts with nothing visible are empty ones', () => {
  const obligation = apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}', {
    fy,
    obligationId: 'i4.f2.2023-04.finance',
  });
  const put = (body: object) =>
    call(f.handler, { method: 'PUT', path: `${obligation}/report`, as: who.financeStaff, body });

  it.each(INVISIBLE)('a summary of %s: the blank summary’s 400, "กรุณากรอกผลการดำเนินงาน"', async (_w, summary) => {
    const empty = await put({ progress: 'done', summary: '' });
    const invisible = await put({ progress: 'done', summary });
    expect(invisible.status).toBe(400);
    expect(invisible.body.error.fields).toEqual([
      expect.objectContaining({ path: 'body.summary', message_th: 'กรุณากรอกผลการดำเนินงาน' }),
    ]);
    expect(invisible.body.error).toEqual(empty.body.error);
  });

  it('obstacles and suggestions of only invisible characters are stored empty, as empty ones are', async () => {
    const res = await put({
      progress: 'in_progress',
      summary: 'จัดประชุมชี้แจงแล้ว',
      obstacles: INVISIBLE[0]![1],
      suggestions: INVISIBLE[2]![1],
    });
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    expect([res.body.obstacles, res.body.suggestions]).toEqual(['', '']);
  });
});
