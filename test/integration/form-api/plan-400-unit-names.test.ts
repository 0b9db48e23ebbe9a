// A PUT /plan 400 about units named them by id ("engineering") where the import's preview names them
// as the org calls them ("กองช่าง"): a Thai reader sees the org's names in both (session 27).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiFixture, type ApiFixture } from '../../support/api-fixture.js';
import { saveWithMeasure } from '../../support/plan-requests.js';

let f: ApiFixture;
beforeAll(async () => {
  f = await createApiFixture();
});
afterAll(async () => f?.close());

/** The 400's first field message, Thai and English, after `change` on i6 (กองช่าง's alone, then `change`). */
async function refused(change: Parameters<typeof saveWithMeasure>[2]) {
  const res = await saveWithMeasure(f, 'i6', (m) => {
    m.responsible = { ...m.responsible, allUnits: false, unitIds: ['engineering'], leadUnitId: 'engineering' };
    return change(m);
  });
  expect(res.status).toBe(400);
  const field = res.body.error.fields[0] as { message_th: string; message_en: string };
  return `${field.message_th} | ${field.message_en}`;
}

describe("PUT /plan's 400 names units as the org calls them", () => {
  it('a follow-up unit the measure does not name: "กองคลัง", not "finance"', async () => {
    const said = await refused((m) => {
      m.followUps[0]!.unitIds = ['finance'];
      return m;
    });
    expect(said).toContain('กองคลัง ไม่ใช่');
    expect(said).toContain('กองคลัง are not');
    expect(said).not.toContain('finance');
  });

  it('two such units: "กองคลัง, กองการศึกษา"', async () => {
    const said = await refused((m) => {
      m.followUps[0]!.unitIds = ['finance', 'education'];
      return m;
    });
    expect(said).toContain('กองคลัง, กองการศึกษา ไม่ใช่');
    expect(said).not.toMatch(/finance|education/);
  });

  it('a unit listed twice, on the follow-up or the measure: "กองช่าง"', async () => {
    const onFollowUp = await refused((m) => {
      m.followUps[0]!.unitIds = ['engineering', 'engineering'];
      return m;
    });
    expect(onFollowUp).toContain('หน่วยงาน "กองช่าง" อยู่ในรายชื่อหน่วยงานที่รายงานข้อนี้ซ้ำ');
    expect(onFollowUp).not.toContain('engineering');
    const onMeasure = await refused((m) => {
      m.responsible = { ...m.responsible, allUnits: false, unitIds: ['engineering', 'engineering'] };
      return m;
    });
    expect(onMeasure).toContain('หน่วยงาน "กองช่าง" อยู่ในรายชื่อผู้รับผิดชอบซ้ำ');
    expect(onMeasure).not.toContain('engineering');
  });

  it('a unit\'s first month outside the year, on the measure or a follow-up: "กองช่าง"', async () => {
    const onMeasure = await refused((m) => {
      m.responsible = { ...m.responsible, unitFirstMonths: { engineering: '2030-01' } };
      return m;
    });
    expect(onMeasure).toContain('เดือนแรกที่หน่วยงาน กองช่าง รายงาน');
    expect(onMeasure).not.toContain('หน่วยงาน engineering');
    const onFollowUp = await refused((m) => {
      m.followUps[0]!.unitIds = ['engineering'];
      m.followUps[0]!.unitFirstMonths = { engineering: '2019-12' };
      return m;
    });
    expect(onFollowUp).toContain('เดือนแรกที่หน่วยงาน กองช่าง รายงาน');
  });
});
