// Reviewer faults of issue 17 on saving a plan: removing a follow-up that units already reported on
// was allowed (its reports were left with nothing to point at), and plan JSON messages did not say
// which measure or follow-up, nor what was sent ("มาตรการต้องเป็นตัวเลข").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import type { Measure } from '../../../shared/domain/plan.js';
import { call, type ApiResponse } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { ownObligation, reviewableObligation } from '../../support/route-requests.js';
import { countWrites } from '../../support/write-counter.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConflictError } from '../../../shared/domain/errors.js';
import { readPlanFile } from '../../../shared/import/read-plan-file.js';
import { PlanRepository } from '../../../shared/store/plan-repository.js';
import { importPlan } from '../../../shared/use-cases/import-plan.js';

let f: ApiFixture;
let writes: { readonly count: number };
const fy = 2566;

beforeAll(async () => {
  f = await createApiFixture();
  writes = countWrites(f.store.doc);
  // กองคลัง reports on i4's 2nd follow-up twice and on i10's 1st once
  for (const obligation of [ownObligation(0), ownObligation(1), reviewableObligation(0)]) {
    const res = await call(f.handler, {
      method: 'PUT',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', { fy, obligationId: obligation }),
      as: who.financeStaff,
      body: { progress: 'done', summary: 'ดำเนินการแล้ว' },
    });
    expect(res.status).toBe(200);
  }
});
afterAll(async () => f?.close());

async function currentMeasures(): Promise<Measure[]> {
  const res = await call(f.handler, {
    method: 'GET',
    path: apiPath('/v1/fiscal-years/{fy}/measures', { fy }),
    as: who.coordinator,
  });
  return res.body.measures;
}

/** PUT the plan; a refusal must write nothing. */
async function putPlan(measures: unknown[]): Promise<ApiResponse> {
  const before = await f.dump();
  const count = writes.count;
  const res = await call(f.handler, {
    method: 'PUT',
    path: apiPath('/v1/fiscal-years/{fy}/plan', { fy }),
    as: who.coordinator,
    body: { format: 'json', measures },
  });
  expect(res.status).toBeLessThan(500);
  if (res.status >= 400) {
    expect(writes.count).toBe(count);
    expect(await f.dump()).toBe(before);
  }
  return res;
}

// review 17 s9, entry 11: the follow-up and measure stayed, so the guard let the save through, and
// the reports' obligations were gone (404) until the cadence or unit was put back
describe('a plan edit that stops making obligations units already reported on is refused (409), nothing written', () => {
  const i4f2 = (measures: Measure[]) => measures[0]!.followUps.find((x) => x.followUpNo === 2)!;
  const i4f2Index = (measures: Measure[]) => measures[0]!.followUps.findIndex((x) => x.followUpNo === 2);

  for (const [cadence, label] of [
    ['annual', 'ประจำปี (สิ้นปีงบประมาณ)'],
    ['quarterly', 'ทุกไตรมาส (ทุก ๓ เดือน)'],
    ['once', 'ครั้งเดียว (ระบุวันครบกำหนด)'],
  ] as const) {
    it(`refuses changing i4's 2nd follow-up from monthly to ${cadence}: its October and November reports would be lost`, async () => {
      const edited = structuredClone(await currentMeasures());
      expect(i4f2(edited).cadence).toBe('monthly');
      i4f2(edited).cadence = cadence;
      const res = await putPlan(edited);
      expect(res.status).toBe(409);
      const error = res.body.error;
      expect(error.message_th).toMatch(/^แผนใหม่ตัดรอบการรายงานหรือหน่วยงานที่หน่วยงานรายงานผลไปแล้ว/);
      expect(error.message_th).toContain('มีรายงานผลแล้ว ๒ ฉบับ (กองคลัง ตุลาคม ๒๕๖๕, กองคลัง พฤศจิกายน ๒๕๖๕)');
      expect(error.fields).toEqual([
        expect.objectContaining({
          path: `body.measures.0.followUps.${i4f2Index(edited)}.cadence`,
          message_th: expect.stringContaining(`เปลี่ยนรอบการรายงานจาก "ทุกเดือน" เป็น "${label}" ไม่ได้`),
        }),
      ]);
      expect(error.changedFollowUps).toBe('i4.f2');
    });
  }

  it("refuses taking กองคลัง off i4, whose reports are filed under กองคลัง, at the measure's units", async () => {
    const edited = structuredClone(await currentMeasures());
    edited[0]!.responsible = { allUnits: false, unitIds: ['clerk'], leadUnitId: 'clerk', text: 'สำนักปลัด' };
    const res = await putPlan(edited);
    expect(res.status).toBe(409);
    expect(res.body.error.fields).toEqual([
      expect.objectContaining({
        path: 'body.measures.0.responsible.unitIds',
        message_th: expect.stringContaining('เอากองคลังออกจากผู้รับผิดชอบไม่ได้'),
      }),
    ]);
  });

  it("refuses moving i10's 1st follow-up to quarterly and taking กองคลัง off i4 together, naming both", async () => {
    const edited = structuredClone(await currentMeasures());
    const i10 = edited.find((m) => m.measureId === 'i10')!;
    i10.followUps.find((x) => x.followUpNo === 1)!.cadence = 'quarterly';
    edited[0]!.responsible = { allUnits: false, unitIds: ['clerk'], text: 'สำนักปลัด' };
    const res = await putPlan(edited);
    expect(res.status).toBe(409);
    expect(res.body.error.changedFollowUps).toBe('i4.f2,i10.f1');
  });

  it('accepts what keeps every reported obligation: another unit added, a cadence changed where nobody reported', async () => {
    const edited = structuredClone(await currentMeasures());
    const unreported = edited.find((m) => m.measureId !== 'i4' && m.measureId !== 'i10')!;
    unreported.followUps[0]!.cadence = unreported.followUps[0]!.cadence === 'monthly' ? 'quarterly' : 'monthly';
    const i10 = edited.find((m) => m.measureId === 'i10')!;
    if (!i10.responsible.allUnits) i10.responsible.unitIds = [...new Set([...i10.responsible.unitIds, 'clerk'])];
    i4f2(edited).text = `${i4f2(edited).text} (แก้ถ้อยคำ)`;
    const res = await putPlan(edited);
    expect(res.status).toBe(200);
  });

  it('refuses the same through the CLI importer: a document whose i4 follow-up 2 is every six months', async () => {
    const before = await new PlanRepository(f.store).getPlan('demo', fy);
    const { document } = await readPlanFile(
      new Uint8Array(readFileSync(fileURLToPath(new URL('../../fixtures/plans/05-standard.docx', import.meta.url)))),
    );
    // the fixture is FY2567's document: confirmed (--confirm-other-year, --replace) so the reports guard answers
    const attempt = importPlan(f.repos, {
      orgId: 'demo',
      fy,
      document,
      actor: 'cli:import',
      now: new Date(),
      confirmOtherFiscalYear: true,
      confirmRemovals: true,
    });
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toMatchObject({ message_th: expect.stringContaining('i4') });
    expect((await new PlanRepository(f.store).getPlan('demo', fy))?.version).toBe(before?.version);
  });
});

describe('a plan edit that removes a follow-up units already reported on is refused (409), nothing written', () => {
  it("refuses removing i4's 2nd follow-up (2 reports of กองคลัง), naming the follow-up and its reports", async () => {
    const edited = structuredClone(await currentMeasures());
    edited[0]!.followUps = edited[0]!.followUps.filter((x) => x.followUpNo !== 2);
    const res = await putPlan(edited);
    expect(res.status).toBe(409);
    const error = res.body.error;
    expect(error.message_th).toMatch(/^แผนใหม่ตัดการติดตามผลที่หน่วยงานรายงานผลไปแล้ว จึงบันทึกไม่ได้/);
    expect(error.message_th).toContain('ตัวชี้วัดที่ ๔ (i4) การติดตามผลข้อ ๒ "มีการรายงานผลใน');
    expect(error.message_th).toContain('มีรายงานผลแล้ว ๒ ฉบับ (กองคลัง ตุลาคม ๒๕๖๕, กองคลัง พฤศจิกายน ๒๕๖๕)');
    expect(error.message_en).toContain(
      'indicator 4 (i4), follow-up 2 has 2 reports ("กองคลัง" (finance) 2022-10, "กองคลัง" (finance) 2022-11)',
    );
    expect(error.fields).toEqual([
      expect.objectContaining({
        path: 'body.measures.0.followUps',
        message_th: expect.stringContaining('ลบออกจากแผนไม่ได้'),
      }),
    ]);
    expect(error.droppedFollowUps).toBe('i4.f2');
  });

  it("refuses renumbering i10's 1st follow-up away (its report would lose it) and removing a whole measure, naming both", async () => {
    const edited = structuredClone(await currentMeasures());
    edited[6]!.followUps[0]!.followUpNo = 50;
    const res = await putPlan(edited.filter((m) => m.measureId !== 'i4'));
    expect(res.status).toBe(409);
    expect(res.body.error.message_th).toMatch(/^แผนใหม่ตัดมาตรการและการติดตามผลที่หน่วยงานรายงานผลไปแล้ว/);
    expect(res.body.error.message_th).toContain('ตัวชี้วัดที่ ๔ (i4) มีรายงานผลแล้ว ๒ ฉบับ');
    expect(res.body.error.message_th).toContain('ตัวชี้วัดที่ ๑๐ (i10) การติดตามผลข้อ ๑');
    expect(res.body.error.fields.map((x: { path: string }) => x.path)).toEqual([
      'body.measures',
      'body.measures.5.followUps',
    ]);
  });

  it('accepts removing a follow-up nobody reported on, and editing the text of one with reports', async () => {
    const edited = structuredClone(await currentMeasures());
    edited[0]!.followUps[1]!.text = 'รายงานผลต่อที่ประชุมทุกเดือน (แก้ไขถ้อยคำ)';
    edited[1]!.followUps = edited[1]!.followUps.filter((x) => x.followUpNo !== 3);
    const res = await putPlan(edited);
    expect(res.status).toBe(200);
    const saved = await currentMeasures();
    expect(saved[1]!.followUps.map((x) => x.followUpNo)).toEqual([1, 2, 4]);
  });
});

describe('plan JSON messages say which measure and follow-up, and what was sent, Thai first', () => {
  it('says which measure has an order that is not a number, and the value sent', async () => {
    const edited: unknown[] = structuredClone(await currentMeasures());
    (edited[2] as Record<string, unknown>).order = 'สาม';
    const res = await putPlan(edited);
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toContainEqual({
      path: 'body.measures.2.order',
      message_th: 'มาตรการลำดับที่ ๓ (i6): ลำดับมาตรการต้องเป็นตัวเลข (ค่าที่ส่งมา: "สาม")',
      message_en: 'measure 3 (i6): measure order must be a number (sent: "สาม")',
    });
  });

  it('names the follow-up, not the measure, when a followUpNo is over 999', async () => {
    const edited = structuredClone(await currentMeasures());
    edited[1]!.followUps[2]!.followUpNo = 1000;
    const res = await putPlan(edited);
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toContainEqual({
      path: 'body.measures.1.followUps.2.followUpNo',
      message_th: 'มาตรการลำดับที่ ๒ (i5) การติดตามผลรายการที่ ๓: เลขข้อการติดตามผลต้องไม่เกิน ๙๙๙ (ค่าที่ส่งมา: 1000)',
      message_en: 'measure 2 (i5), follow-up 3: follow-up number must be at most 999 (sent: 1000)',
    });
  });

  it('says where an indicator, a cadence and a follow-up text are wrong', async () => {
    const edited: Measure[] = structuredClone(await currentMeasures());
    (edited[3] as { indicator: unknown }).indicator = 11;
    (edited[4]!.followUps[0] as { cadence: unknown }).cadence = 'weekly';
    edited[5]!.followUps[0]!.text = '';
    const res = await putPlan(edited);
    expect(res.status).toBe(400);
    const byPath = Object.fromEntries(
      res.body.error.fields.map((x: { path: string; message_th: string }) => [x.path, x.message_th]),
    );
    expect(byPath['body.measures.3.indicator']).toBe('มาตรการลำดับที่ ๔ (i7): เลขตัวชี้วัดต้องไม่เกิน ๑๐ (ค่าที่ส่งมา: 11)');
    expect(byPath['body.measures.4.followUps.0.cadence']).toMatch(
      /^มาตรการลำดับที่ ๕ \(i8\) การติดตามผลรายการที่ ๑: รอบการรายงานต้องเป็น .* \(ค่าที่ส่งมา: "weekly"\)$/,
    );
    expect(byPath['body.measures.5.followUps.0.text']).toBe(
      'มาตรการลำดับที่ ๖ (i9) การติดตามผลรายการที่ ๑: กรุณากรอกข้อความการติดตามผล',
    );
  });
});
