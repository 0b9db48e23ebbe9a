// Session 56, tester B: with next year's plan imported in September (an org with two fiscal years'
// plans), a coordinator who picked the new year and pressed "จัดทำรายงานผล" got a results report of
// a year that had not begun: "ข้อมูล ณ วันที่ ๒๙ กันยายน ๒๕๖๖ (ปีงบประมาณยังไม่สิ้นสุด)", "ได้ขับเคลื่อน
// มาตรการดังกล่าว … จึงขอรายงานผล", ครบกำหนด ๐, ready to publish. Now such a generation fails with
// the reason, in Thai, on the documents screen; from the year's first day (1 October) it is made.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Plan } from '../../shared/domain/plan.js';
import { PlanRepository } from '../../shared/store/plan-repository.js';
import { call } from '../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../support/api-fixture.js';
import { generationsPath } from '../support/document-paths.js';
import { bangkok } from '../support/jobs-fixture.js';
import { importSeedPlan } from '../support/seed-plan.js';

let now = bangkok('2023-09-29T09:00:00');
let f: ApiFixture;

const generate = (fy: number, query?: Record<string, string>) =>
  call(f.handler, {
    method: 'POST',
    path: generationsPath('annual-report', fy),
    as: who.coordinator,
    ...(query ? { query } : {}),
  });
const listed = async (fy: number, generation: number) => {
  const res = await call(f.handler, { method: 'GET', path: generationsPath('annual-report', fy), as: who.coordinator });
  return (res.body.items as { generation: number; status: string; failure?: { message_th: string } }[]).find(
    (g) => g.generation === generation,
  )!;
};

beforeAll(async () => {
  f = await createApiFixture({ clock: () => now });
  // FY2567's plan, imported in September 2566 beside FY2566's
  await new PlanRepository(f.store).savePlan(Plan.parse({ ...importSeedPlan('demo').plan, fy: 2567 }), {
    actor: 'system:seed',
    now: bangkok('2023-09-01T09:00:00'),
  });
}, 120_000);
afterAll(async () => f?.close());

describe('a results report of a fiscal year that has not begun', () => {
  it.each([
    ['the year report, the day before the year', '2023-09-29T09:00:00', undefined, 2567],
    ['the half-year report, the day before the year', '2023-09-30T23:30:00', { scope: 'half-year' }, 2567],
    ['the year report, a year and more ahead', '2023-09-29T09:00:00', undefined, 2568],
  ])('%s: the coordinator is told why, no document is made', async (_name, at, query, fy) => {
    if (fy === 2568)
      await new PlanRepository(f.store).savePlan(Plan.parse({ ...importSeedPlan('demo').plan, fy: 2568 }), {
        actor: 'system:seed',
        now: bangkok('2023-09-01T09:00:00'),
      });
    now = bangkok(at);
    const res = await generate(fy, query);
    expect(res.status).toBe(202);
    await f.documentsSettled();
    const g = await listed(fy, res.body.generation);
    expect(g.status).toBe('failed');
    const starts = fy === 2567 ? '๑ ตุลาคม ๒๕๖๖' : '๑ ตุลาคม ๒๕๖๗';
    expect(g.failure?.message_th).toBe(
      `ปีงบประมาณ พ.ศ. ${fy === 2567 ? '๒๕๖๗' : '๒๕๖๘'} ยังไม่เริ่ม (เริ่ม ${starts}) จึงยังไม่มีผลการดำเนินการให้รายงาน จัดทำรายงานผลของปีนี้ได้ตั้งแต่วันที่ ${starts}`,
    );
    expect(
      await f.files.get(`demo/${fy}/annual-report/${res.body.generation}/report.pdf`).catch(() => undefined),
    ).toBeUndefined();
  });

  it('on the year’s first day (1 October, Bangkok) it is made, and the year that ended the day before too', async () => {
    now = new Date('2023-09-30T17:00:00Z'); // 1 October 2566, 00:00 in Bangkok
    for (const fy of [2567, 2566]) {
      const res = await generate(fy);
      await f.documentsSettled();
      expect((await listed(fy, res.body.generation)).status).toBe('ready');
    }
  });
});
