// Review 17 s22, S22-4: last year's plan copied into a new year (in the page) carried a unit
// deactivated since then without a word; when it was a measure's only unit, the save was refused
// with a 400 the draft never foresaw. And a copy over a year whose saved plan has reports was not
// told what the guard on reports would refuse (a file's preview is, since S21-3). POST …/plan-checks
// reads a draft as PUT /plan would save it with the preview's own checks, and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import type { Measure } from '../../../shared/domain/plan.js';
import type { ImportWarning } from '../../../shared/import/import-warning.js';
import { call, type ApiResponse } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { checkPlan, currentMeasures, putPlan, savedPlan } from '../../support/plan-requests.js';

let f: ApiFixture;
const fy = 2569; // the clock is 20 April 2026: October to March are reported
const as = who.coordinator;

const PLAN = [
  'แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569',
  ['ตัวชี้วัด', 'มาตรการ', 'การติดตามผล', 'ผู้รับผิดชอบ'].join('\t'),
  ['ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่', 'จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร', 'รายงานผลทุกเดือน', 'สำนักปลัด'].join('\t'),
  ['ตัวชี้วัดที่ 2 การใช้งบประมาณ', 'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', 'รายงานผลทุกไตรมาส', 'กองคลัง'].join('\t'),
  ['ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล', 'ปรับปรุงเว็บไซต์ให้เป็นปัจจุบัน', 'รายงานผลรอบ 6 เดือน', 'กองช่าง กองคลัง'].join('\t'),
].join('\n');

const check = (measures: Measure[], year = fy): Promise<ApiResponse> =>
  checkPlan(f, { title: 'แผนที่คัดลอก', measures }, year, as);
const warningsOf = async (measures: Measure[], year = fy): Promise<ImportWarning[]> => {
  const res = await check(measures, year);
  expect(res.status, JSON.stringify(res.body.error)).toBe(200);
  return res.body.warnings as ImportWarning[];
};
const withUnits = (measures: Measure[], measureId: string, unitIds: string[]) =>
  measures.map((m) =>
    m.measureId === measureId ? { ...m, responsible: { allUnits: false, unitIds, text: unitIds.join(' ') } } : m,
  );

beforeAll(async () => {
  f = await createApiFixture({ now: new Date('2026-04-20T03:00:00Z') });
  const saved = await putPlan(f, { format: 'document', text: PLAN }, fy);
  expect(saved.status, JSON.stringify(saved.body.error)).toBe(200);
  const report = await call(f.handler, {
    method: 'PUT',
    path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', { fy, obligationId: 'i2.f1.Q1.finance' }),
    as: who.financeStaff,
    body: { progress: 'done', summary: 'ดำเนินการแล้ว' },
  });
  expect(report.status, JSON.stringify(report.body.error)).toBe(200);
  for (const [unitId, name] of [
    ['audit', 'หน่วยตรวจสอบภายใน'],
    ['archives', 'งานสารบรรณกลาง'],
  ]) {
    expect((await call(f.handler, { method: 'POST', path: '/v1/units', as, body: { unitId, name } })).status).toBe(201);
    const closed = await call(f.handler, { method: 'PUT', path: `/v1/units/${unitId}`, as, body: { active: false } });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
  }
});
afterAll(async () => f?.close());

describe('a draft naming units deactivated since it was made (next year, no saved plan)', () => {
  it.each([
    ['its one unit', ['audit']],
    ['two units, both deactivated', ['audit', 'archives']],
    ['a deactivated unit first, then another', ['archives', 'audit']],
  ])(
    'says the measure cannot be saved until an active unit is chosen, in the words of the save that refuses it: %s',
    async (_name, unitIds) => {
      const measures = withUnits(await currentMeasures(f, fy), 'i1', unitIds);
      const warnings = await warningsOf(measures, 2570);
      expect(warnings.map((w) => [w.code, w.measureId])).toEqual([['cannot-save', 'i1']]);
      const saved = await putPlan(f, { format: 'json', measures }, 2570);
      expect(saved.status).toBe(400);
      const field = saved.body.error.fields[0];
      expect(field.path).toBe('body.measures.0.responsible.unitIds');
      expect(warnings[0]!.message_th).toBe(`บันทึกมาตรการนี้ไม่ได้จนกว่าจะแก้: ${field.message_th}`);
      expect(warnings[0]!.message_th).toContain('ปิดการใช้งานแล้วทั้งหมด');
      expect(warnings[0]!.message_en).toContain('is deactivated');
      expect(warnings[0]!.source).toBe(unitIds.join(' '));
    },
  );

  it.each([
    ['after an active unit', ['finance', 'audit'], 'หน่วยตรวจสอบภายใน'],
    ['before an active unit', ['archives', 'clerk'], 'งานสารบรรณกลาง'],
    ['two beside an active one', ['audit', 'finance', 'archives'], 'หน่วยตรวจสอบภายใน, งานสารบรรณกลาง'],
  ])('names a deactivated unit listed %s, which the save keeps', async (_name, unitIds, names) => {
    const measures = withUnits(await currentMeasures(f, fy), 'i2', unitIds);
    const warnings = await warningsOf(measures, 2570);
    expect(warnings.map((w) => [w.code, w.measureId])).toEqual([['unit-inactive', 'i2']]);
    expect(warnings[0]!.message_th).toContain(`หน่วยงาน ${names} ปิดการใช้งานแล้ว จึงไม่มีภาระการรายงานของมาตรการนี้`);
  });

  it('says nothing of a draft whose units are all active', async () => {
    expect(await warningsOf(await currentMeasures(f, fy), 2570)).toEqual([]);
  });
});

// Re-check s46: a follow-up whose own units were all deactivated was saved (`warnings: []`), and
// the measure's warning said the other units "still report" when none of the follow-up's did.
describe("a follow-up whose own units are all deactivated (next year's draft and save)", () => {
  const withFollowUpUnits = (measures: Measure[], unitIds: string[], followUpUnits: string[]) =>
    withUnits(measures, 'i1', unitIds).map((m) =>
      m.measureId === 'i1' ? { ...m, followUps: m.followUps.map((x) => ({ ...x, unitIds: followUpUnits })) } : m,
    );

  it.each([
    ['its one unit deactivated', ['finance', 'audit'], ['audit'], 'หน่วยตรวจสอบภายใน'],
    [
      'two units, both deactivated',
      ['clerk', 'audit', 'archives'],
      ['audit', 'archives'],
      'หน่วยตรวจสอบภายใน, งานสารบรรณกลาง',
    ],
    [
      'a deactivated unit first of two',
      ['archives', 'finance', 'audit'],
      ['archives', 'audit'],
      'งานสารบรรณกลาง, หน่วยตรวจสอบภายใน',
    ],
  ])(
    'is refused at the follow-up’s units in the words the draft check warned with, and nothing is saved: %s',
    async (_name, unitIds, followUpUnits, names) => {
      const measures = withFollowUpUnits(await currentMeasures(f, fy), unitIds, followUpUnits);
      const warnings = (await warningsOf(measures, 2570)).filter((w) => w.code === 'cannot-save');
      expect(warnings.map((w) => [w.measureId, w.followUpNo])).toEqual([['i1', 1]]);
      const saved = await putPlan(f, { format: 'json', measures }, 2570);
      expect(saved.status, JSON.stringify(saved.body)).toBe(400);
      const field = saved.body.error.fields[0];
      expect(field.path).toBe('body.measures.0.followUps.0.unitIds');
      // the measure's own units are open: the refusal says follow-ups too (re-check s47)
      expect(saved.body.error.message_th).toBe('แผนมีมาตรการหรือการติดตามผลที่หน่วยงานที่เลือกปิดการใช้งานแล้วทั้งหมด');
      expect(field.message_th).toContain(`หน่วยงานที่เลือก (${names}) ปิดการใช้งานแล้วทั้งหมด`);
      expect(field.message_th).toContain('การติดตามผลรายการที่ ๑');
      expect(warnings[0]!.message_th).toBe(`บันทึกมาตรการนี้ไม่ได้จนกว่าจะแก้: ${field.message_th}`);
      expect((await savedPlan(f, 2570)).version).toBeUndefined();
    },
  );

  it('is saved when an active unit reports on the follow-up beside the deactivated one', async () => {
    const measures = withFollowUpUnits(await currentMeasures(f, fy), ['finance', 'audit'], ['finance', 'audit']);
    const warnings = await warningsOf(measures, 2570);
    expect(warnings.map((w) => w.code)).not.toContain('cannot-save');
  });
});

describe('a draft over a saved plan whose units reported', () => {
  it("warns beside i2 that กองคลัง's report of quarter 1 would be cut when the draft names กองช่าง instead, as the save's 409 says", async () => {
    const before = await savedPlan(f, fy);
    const measures = withUnits(before.measures, 'i2', ['engineering']);
    const warnings = await warningsOf(measures);
    expect(warnings.map((w) => [w.code, w.measureId, w.followUpNo])).toEqual([['reports-cut', 'i2', 1]]);
    expect(warnings[0]!.message_th).toMatch(/^ถ้าบันทึกแผนที่คัดลอกนี้ ระบบจะไม่ให้บันทึก: /);
    expect(warnings[0]!.message_th).toContain('เอากองคลังออกจากผู้รับผิดชอบไม่ได้');
    expect(warnings[0]!.message_en).toMatch(/^saving this copied plan would be refused: /);
    const saved = await putPlan(f, { format: 'json', measures, expectedVersion: before.version }, fy);
    expect(saved.status).toBe(409);
    expect(saved.body.error.changedFollowUps).toBe('i2.f1');
    expect(warnings[0]!.message_th).toContain(saved.body.error.fields[0].message_th);
  });

  it('warns of the whole plan (no measure) when the draft drops the reported measure i2, as the save refuses it', async () => {
    const before = await savedPlan(f, fy);
    const measures = before.measures.filter((m) => m.measureId !== 'i2');
    const warnings = await warningsOf(measures);
    expect(warnings.map((w) => w.code)).toEqual(['reports-cut']);
    expect(warnings[0]!.measureId).toBeUndefined();
    expect(warnings[0]!.source).toBe('เปิดเผยข้อมูลการจัดซื้อจัดจ้าง');
    const saved = await putPlan(f, { format: 'json', measures, expectedVersion: before.version }, fy);
    expect(saved.status).toBe(409);
    expect(saved.body.error.droppedMeasures).toBe('i2');
  });

  it("warns when the draft moves the reported follow-up's cadence to other periods", async () => {
    const before = await savedPlan(f, fy);
    const measures = before.measures.map((m) =>
      m.measureId === 'i2'
        ? { ...m, followUps: m.followUps.map((x) => ({ ...x, cadence: 'semiannual' as const })) }
        : m,
    );
    const warnings = await warningsOf(measures);
    expect(warnings.map((w) => [w.code, w.measureId, w.followUpNo])).toEqual([['reports-cut', 'i2', 1]]);
  });

  it('says nothing of a draft that keeps what was reported, and no check writes anything', async () => {
    const before = await savedPlan(f, fy);
    expect(await warningsOf(before.measures)).toEqual([]);
    expect(await savedPlan(f, fy)).toEqual(before);
    expect((await savedPlan(f, 2570)).version).toBeUndefined();
  });
});

// Break 16 s28, B10: the check passed due dates and months the save refuses (a copy keeps last
// year's), and a month with a BE year got no hint. The check now runs the save's own validation.
describe("a draft's due dates and months outside the year, as the save refuses them", () => {
  const withFollowUp = (measures: Measure[], change: Partial<Measure['followUps'][number]>) =>
    measures.map((m) =>
      m.measureId === 'i1' ? { ...m, followUps: m.followUps.map((x) => ({ ...x, ...change })) } : m,
    );

  it.each([
    ['a one-off due on last year’s date (CE)', { cadence: 'once', dueDate: '2026-03-31' }, 'dueDate', ''],
    ['a one-off due two years off (CE)', { cadence: 'once', dueDate: '2024-01-01' }, 'dueDate', ''],
    ['a first month with a BE year', { firstMonth: '2570-04' }, 'firstMonth', 'ใช้ปี ค.ศ. เช่น 2027-04 สำหรับ พ.ศ. ๒๕๗๐'],
    ['a last month in CE, of another year', { lastMonth: '2024-01' }, 'lastMonth', ''],
    ['a last month with a BE year', { lastMonth: '2569-12' }, 'lastMonth', 'ใช้ปี ค.ศ. เช่น 2026-12 สำหรับ พ.ศ. ๒๕๖๙'],
    [
      "a unit's first month with a BE year",
      { unitFirstMonths: { clerk: '2570-01' } },
      'unitFirstMonths.clerk',
      'ใช้ปี ค.ศ. เช่น 2027-01 สำหรับ พ.ศ. ๒๕๗๐',
    ],
  ] as const)(
    'warns beside i1 follow-up 1 in the words of the save that refuses it: %s',
    async (_name, change, field, hint) => {
      const measures = withFollowUp(await currentMeasures(f, fy), change);
      const warnings = await warningsOf(measures, 2570);
      expect(warnings.map((w) => [w.code, w.measureId, w.followUpNo])).toEqual([['cannot-save', 'i1', 1]]);
      const saved = await putPlan(f, { format: 'json', measures }, 2570);
      expect(saved.status).toBe(400);
      const refused = saved.body.error.fields[0];
      expect(refused.path).toBe(`body.measures.0.followUps.0.${field}`);
      expect(warnings[0]!.message_th).toBe(`บันทึกมาตรการนี้ไม่ได้จนกว่าจะแก้: ${refused.message_th}`);
      expect(warnings[0]!.message_en).toBe(`this measure cannot be saved until fixed: ${refused.message_en}`);
      if (hint) expect(refused.message_th).toContain(hint);
      else expect(refused.message_th).not.toContain('ใช้ปี ค.ศ.');
      expect((await savedPlan(f, 2570)).version).toBeUndefined();
    },
  );

  it('says nothing of dates and months inside the year', async () => {
    const measures = withFollowUp(await currentMeasures(f, fy), {
      cadence: 'once',
      dueDate: '2027-09-30',
      firstMonth: '2026-10',
      lastMonth: '2027-09',
    });
    expect(await warningsOf(measures, 2570)).toEqual([]);
  });
});
