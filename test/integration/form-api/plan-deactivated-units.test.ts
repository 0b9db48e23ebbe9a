// A measure must leave someone to report (review 17 s9, entry 10): a plan naming only deactivated
// units for a measure is refused at the field, and the import preview says so beside the unit cell.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import type { Measure } from '../../../shared/domain/plan.js';
import { call, type ApiResponse } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { previewPlanText } from '../../support/plan-requests.js';

let f: ApiFixture;
const fy = 2566;
const as = who.coordinator;

beforeAll(async () => {
  f = await createApiFixture();
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

async function saved(): Promise<{ measures: Measure[]; version: number }> {
  const res = await call(f.handler, { method: 'GET', path: apiPath('/v1/fiscal-years/{fy}/measures', { fy }), as });
  return { measures: res.body.measures, version: res.body.version };
}

async function putWithUnits(unitIds: string[], leadUnitId?: string): Promise<ApiResponse> {
  const { measures } = await saved();
  const changed = measures.map((m, i) =>
    i === 1
      ? {
          ...m,
          responsible: {
            text: m.responsible.text,
            allUnits: false,
            unitIds,
            ...(leadUnitId ? { leadUnitId } : {}),
          },
        }
      : m,
  );
  return call(f.handler, {
    method: 'PUT',
    path: apiPath('/v1/fiscal-years/{fy}/plan', { fy }),
    as,
    body: { format: 'json', measures: changed },
  });
}

function preview(unitCell: string) {
  const text = [
    'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ',
    `ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ\tจัดทำคู่มือ\tตลอดปี\tรายงานผลทุกเดือน\t${unitCell}`,
  ].join('\n');
  return previewPlanText(f, text, 2567);
}

describe('a measure whose units are all deactivated', () => {
  it.each([
    ['its one unit deactivated', ['audit']],
    ['two units, both deactivated', ['audit', 'archives']],
    ['a deactivated unit as lead of deactivated units', ['archives', 'audit']],
  ])('is refused at its units field, in Thai, and nothing is saved: %s', async (_name, unitIds) => {
    const before = await saved();
    const res = await putWithUnits(unitIds, unitIds[1]);
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([
      expect.objectContaining({
        path: 'body.measures.1.responsible.unitIds',
        message_th: expect.stringContaining('ปิดการใช้งานแล้วทั้งหมด จึงไม่มีหน่วยงานใดต้องรายงานผลมาตรการนี้'),
      }),
    ]);
    expect(res.body.error.fields[0].message_th).toContain('หน่วยตรวจสอบภายใน');
    expect(await saved()).toEqual(before);
  });

  it('is saved when an active unit reports beside the deactivated one', async () => {
    const res = await putWithUnits(['audit', 'finance']);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await saved()).measures[1]!.responsible.unitIds).toEqual(['audit', 'finance']);
  });
});

describe('the import preview of a file naming a deactivated unit', () => {
  it.each([['หน่วยตรวจสอบภายใน'], ['งานสารบรรณกลาง'], ['หน่วยตรวจสอบภายใน งานสารบรรณกลาง']])(
    'says the measure cannot be saved until an active unit is chosen: "%s"',
    async (cell) => {
      const res = await preview(cell);
      expect(res.status).toBe(200);
      const refused = res.body.warnings.filter((w: { code: string }) => w.code === 'cannot-save');
      expect(refused).toHaveLength(1);
      expect(refused[0].message_th).toContain('ปิดการใช้งานแล้วทั้งหมด');
      expect(refused[0].measureId).toBe('i4');
    },
  );

  it('names a deactivated unit listed beside an active one, which still reports', async () => {
    const res = await preview('กองคลัง หน่วยตรวจสอบภายใน');
    expect(res.status).toBe(200);
    expect(res.body.plan.measures[0].responsible.unitIds).toEqual(['finance', 'audit']);
    expect(res.body.warnings.map((w: { code: string }) => w.code)).not.toContain('cannot-save');
    const inactive = res.body.warnings.find((w: { code: string }) => w.code === 'unit-inactive');
    expect(inactive.message_th).toContain('หน่วยงาน หน่วยตรวจสอบภายใน ปิดการใช้งานแล้ว');
    expect(inactive.source).toBe('กองคลัง หน่วยตรวจสอบภายใน');
  });
});

// review 17 s16, S16-7: deactivating a unit must not leave a saved measure with nobody to report
describe('deactivating the only active unit of a measure in this year’s plan', () => {
  const addUnit = async (unitId: string, name: string) =>
    expect((await call(f.handler, { method: 'POST', path: '/v1/units', as, body: { unitId, name } })).status).toBe(201);
  const deactivate = (unitId: string) =>
    call(f.handler, { method: 'PUT', path: `/v1/units/${unitId}`, as, body: { active: false } });
  const isActive = async (unitId: string) => {
    const res = await call(f.handler, { method: 'GET', path: '/v1/units', as });
    return res.body.items.find((u: { unitId: string }) => u.unitId === unitId).active;
  };

  it.each([
    ['its one unit', 'solo-one', (id: string) => [id]],
    ['beside a unit already deactivated', 'solo-two', (id: string) => ['audit', id]],
  ])('is refused (409) naming the year and the measure: %s', async (_name, unitId, unitsOf) => {
    await addUnit(unitId, `หน่วยทดสอบ ${unitId}`);
    expect((await putWithUnits(unitsOf(unitId))).status).toBe(200);
    const measureId = (await saved()).measures[1]!.measureId;
    const res = await deactivate(unitId);
    expect(res.status, JSON.stringify(res.body)).toBe(409);
    const [field] = res.body.error.fields;
    expect(field.path).toBe('body.active');
    expect(field.message_th).toContain(`ปีงบประมาณ ๒๕๖๖ มาตรการลำดับที่ ๒ (${measureId})`);
    expect(field.message_th).toContain(`กรุณาย้ายมาตรการ ${measureId} ไปหน่วยงานอื่นก่อน`);
    expect(field.message_en).toContain(`fiscal year 2566 measure 2 (${measureId})`);
    expect(await isActive(unitId)).toBe(true);
  });

  it('is accepted when an active unit still reports beside it', async () => {
    await addUnit('solo-four', 'หน่วยทดสอบ solo-four');
    expect((await putWithUnits(['solo-four', 'finance'])).status).toBe(200);
    const res = await deactivate('solo-four');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(await isActive('solo-four')).toBe(false);
  });

  it('is refused when it is the only unit of a follow-up’s own units', async () => {
    await addUnit('solo-three', 'หน่วยทดสอบ solo-three');
    const { measures } = await saved();
    const changed = measures.map((m, i) =>
      i === 1
        ? {
            ...m,
            responsible: { text: m.responsible.text, allUnits: false, unitIds: ['finance', 'solo-three'] },
            followUps: m.followUps.map((fu, j) => (j === 0 ? { ...fu, unitIds: ['solo-three'] } : fu)),
          }
        : m,
    );
    const put = await call(f.handler, {
      method: 'PUT',
      path: apiPath('/v1/fiscal-years/{fy}/plan', { fy }),
      as,
      body: { format: 'json', measures: changed },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const res = await deactivate('solo-three');
    expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(res.body.error.fields[0].message_th).toContain('มาตรการลำดับที่ ๒');
    expect(res.body.error.fields[0].message_th).toContain('การติดตามผลรายการที่ ๑');
    // the measure keeps an open unit: the follow-up gets others chosen, the measure is not moved (re-check s47)
    expect(res.body.error.fields[0].message_th).toContain('กรุณาเลือกหน่วยงานอื่นให้การติดตามผลดังกล่าวก่อน');
    expect(res.body.error.fields[0].message_th).not.toContain('ย้ายมาตรการ');
    expect(res.body.error.fields[0].message_en).toContain('choose other units for those follow-ups first');
    expect(await isActive('solo-three')).toBe(true);
  });
});
