// Review 17 s13, S13-3 (units): a unit that reported could never leave a follow-up mid-year (409
// "keep the unit"), so it kept getting obligations, reminders and overdue marks to September. A
// follow-up may now name its own units among the measure's: stop the old follow-up after the last
// reported month and add one from the next month without the unit; the report stays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Measure } from '../../../shared/domain/plan.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { obligationIdsOf, savedPlan, saveWithMeasure } from '../../support/plan-requests.js';
import { putReport } from '../../support/report-requests.js';

let f: ApiFixture;
/** i4 (every unit) follow-up 2 is monthly: กองคลัง reports March */
const MARCH = 'i4.f2.2023-03.finance';

beforeAll(async () => {
  f = await createApiFixture();
  const res = await putReport(f, MARCH, { progress: 'done', summary: 'รายงานการใช้ทรัพย์สินของราชการเดือนมีนาคมแล้ว' });
  expect(res.status, JSON.stringify(res.body.error)).toBe(200);
});
afterAll(async () => f?.close());

const measures = async () => savedPlan(f);
const saveWith = (measureId: string, change: (m: Measure) => Measure) => saveWithMeasure(f, measureId, change);
const obligationIds = (as: string) => obligationIdsOf(f, as);

describe('a unit leaving one follow-up from a month on', () => {
  it('refuses taking กองคลัง off the follow-up it reported on, on that field, with how to do it from a month', async () => {
    const res = await saveWith('i4', (m) => {
      m.followUps[1]!.unitIds = ['clerk', 'engineering', 'education', 'health'];
      return m;
    });
    expect(res.status).toBe(409);
    expect(res.body.error.changedFollowUps).toBe('i4.f2');
    expect(res.body.error.fields[0].path).toBe('body.measures.0.followUps.1.unitIds');
    expect(res.body.error.fields[0].message_th).toContain('เอากองคลังออกจากหน่วยงานที่รายงานข้อนี้ไม่ได้');
    expect(res.body.error.fields[0].message_th).toContain('หยุดการติดตามผลข้อนี้หลังเดือน');
  });

  it('refuses a follow-up unit the measure is not responsible for, or the org does not have (400 on the field)', async () => {
    const notResponsible = await saveWith('i6', (m) => {
      m.followUps[0]!.unitIds = ['finance'];
      return m;
    });
    expect(notResponsible.status).toBe(400);
    expect(notResponsible.body.error.fields[0].path).toBe('body.measures.2.followUps.0.unitIds');
    expect(notResponsible.body.error.fields[0].message_th).toContain('ต้องเป็นหน่วยงานผู้รับผิดชอบของมาตรการ');
    const unknown = await saveWith('i4', (m) => {
      m.followUps[0]!.unitIds = ['finance', 'kong-nai'];
      return m;
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields[0].path).toBe('body.measures.0.followUps.0.unitIds');
    expect(unknown.body.error.fields[0].message_th).toContain('องค์กรไม่มีหน่วยงาน "kong-nai"');
    const twice = await saveWith('i4', (m) => {
      m.followUps[0]!.unitIds = ['finance', 'finance'];
      return m;
    });
    expect(twice.status).toBe(400);
    expect(twice.body.error.fields[0].path).toMatch(/^body\.measures\.0\.followUps\.0\.unitIds/);
  });

  it('saves monthly for everyone until March and without กองคลัง from April: its report stays, its later months go', async () => {
    const res = await saveWith('i4', (m) => {
      m.followUps[1]!.lastMonth = '2023-03';
      m.followUps.push({
        followUpNo: 9,
        text: 'รายงานผลการใช้ทรัพย์สินของราชการทุกเดือน',
        cadence: 'monthly',
        audience: [],
        firstMonth: '2023-04',
        unitIds: ['clerk', 'engineering', 'education', 'health'],
      });
      return m;
    });
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    const finance = await obligationIds(who.financeStaff);
    expect(finance).toContain(MARCH);
    expect(finance).not.toContain('i4.f2.2023-04.finance');
    expect(finance).not.toContain('i4.f2.2023-09.finance');
    expect(finance.filter((id) => id.startsWith('i4.f9.'))).toEqual([]);
    const engineering = await obligationIds(who.engineeringStaff);
    expect(engineering).toContain('i4.f2.2023-03.engineering');
    expect(engineering).toContain('i4.f9.2023-04.engineering');
    expect(engineering).toContain('i4.f9.2023-09.engineering');
    const saved = (await measures()).measures.find((m) => m.measureId === 'i4')!;
    expect(saved.followUps.find((x) => x.followUpNo === 9)?.unitIds).toEqual([
      'clerk',
      'engineering',
      'education',
      'health',
    ]);
  });
});
