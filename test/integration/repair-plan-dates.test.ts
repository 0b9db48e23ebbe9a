// Break 16 s28, B14: a due date typed with its BE year ("2566-12-31") and saved before PUT /plan
// refused it stays in the table, shown as "๓๑ ธันวาคม ๓๑๐๙" and never due. `npm run admin --
// repair-plan-dates` lists such plans (a dry run) and, with --apply, saves each repaired one.
import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fyPartition, prefixes } from '../../shared/store/keys.js';
import { repairPlanDates } from '../../shared/use-cases/repair-plan-dates.js';
import { call } from '../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../support/api-fixture.js';
import { adminCli } from '../../infra/cli/admin.js';
import { runCliEntry } from '../support/cli-process.js';

// a fresh CLI process (bundled once): its start-up, not the work, takes the time under load
vi.setConfig({ testTimeout: 90_000 });

let f: ApiFixture;
const now = new Date('2023-04-20T03:00:00Z');

/** Writes a measure's follow-ups as the pre-fix API stored them (no schema: the old save's values). */
async function storeLegacy(orgId: string, measureId: string, change: (followUps: Record<string, unknown>[]) => void) {
  const { Items } = await f.store.doc.send(
    new QueryCommand({
      TableName: f.store.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
      ExpressionAttributeValues: { ':pk': fyPartition(orgId, 2566), ':p': prefixes.measure },
    }),
  );
  const item = Items!.find((i) => i.measureId === measureId)!;
  const followUps = item.followUps as Record<string, unknown>[];
  change(followUps);
  await f.store.doc.send(
    new UpdateCommand({
      TableName: f.store.tableName,
      Key: { pk: item.pk, sk: item.sk },
      UpdateExpression: 'SET followUps = :f',
      ExpressionAttributeValues: { ':f': followUps },
    }),
  );
}

const admin = (...args: string[]) =>
  runCliEntry(adminCli, args, {
    env: { ...process.env, TABLE_NAME: f.store.tableName, DYNAMODB_ENDPOINT: f.store.endpoint, USER_POOL_ID: '' },
  });

beforeAll(async () => {
  f = await createApiFixture({ now, otherOrgHasPlan: true });
  // a one-off due "2566-03-31" (31 March 2023 in BE); a neighbour: a first month "2566-04"
  await storeLegacy('demo', 'i10', (fs) => Object.assign(fs[2]!, { cadence: 'once', dueDate: '2566-03-31' }));
  await storeLegacy('demo', 'i5', (fs) => Object.assign(fs[0]!, { firstMonth: '2566-04' }));
  // the issue's example "2566-12-31": December 2566 is FY2567's, so no reading puts it inside
  // FY2566; and "2570-01-01": both are left to the coordinator
  await storeLegacy('other', 'i10', (fs) => Object.assign(fs[2]!, { cadence: 'once', dueDate: '2566-12-31' }));
  await storeLegacy('other', 'i5', (fs) => Object.assign(fs[2]!, { cadence: 'once', dueDate: '2570-01-01' }));
}, 60_000);
afterAll(async () => f?.close());

describe('npm run admin -- repair-plan-dates', () => {
  it('the page flags such a due date, quoted as stored, instead of "๓๑ ธันวาคม ๓๑๐๙" (before the repair)', async () => {
    for (const [as, unit, id, stored] of [
      [who.financeStaff, 'finance', 'i10.f3.ONCE.finance', '2566-03-31'],
      [who.otherCoordinator, 'finance', 'i10.f3.ONCE.finance', '2566-12-31'],
      [who.otherCoordinator, 'finance', 'i5.f3.ONCE.finance', '2570-01-01'],
    ] as const) {
      const list = await call(f.handler, {
        method: 'GET',
        path: '/v1/fiscal-years/2566/obligations',
        as,
        query: { unit, limit: '200' },
      });
      expect(list.status).toBe(200);
      const view = (list.body.items as { obligationId: string; dueDateLabel: string }[]).find(
        (o) => o.obligationId === id,
      )!;
      expect(view.dueDateLabel).toBe(
        `${stored} (วันครบกำหนดในแผนอยู่นอกปีงบประมาณ พ.ศ. ๒๕๖๖ จึงไม่ถึงกำหนดและไม่มีการแจ้งเตือน: คณะทำงาน ITA ต้องแก้ไขแผน)`,
      );
    }
  });

  it('lists each plan with dates outside its year, the value and its CE repair, and writes nothing (dry run)', async () => {
    const before = await f.dump();
    const { stdout } = await admin('repair-plan-dates');
    expect(stdout).toContain('demo FY2566 plan version 1: dry run: nothing written (--apply saves it)');
    expect(stdout).toContain('  i10 follow-up 3 dueDate: 2566-03-31 -> 2023-03-31');
    expect(stdout).toContain('  i5 follow-up 1 firstMonth: 2566-04 -> 2023-04');
    expect(stdout).toContain('ใช้ปี ค.ศ. เช่น 2023-04 สำหรับ พ.ศ. ๒๕๖๖');
    expect(stdout).toMatch(/other FY2566 plan version 1: not repaired: .*fix it on the plan page/);
    expect(stdout).toContain('  i10 follow-up 3 dueDate: 2566-12-31 -> (fix by hand)');
    expect(stdout).toContain('  i5 follow-up 3 dueDate: 2570-01-01 -> (fix by hand)');
    // the stored value is quoted as typed, with the hint, not as the year 3109
    expect(stdout).toContain('(ค่าที่ส่งมา: 2566-12-31 ใช้ปี ค.ศ. เช่น 2023-12-31 สำหรับ พ.ศ. ๒๕๖๖)');
    expect(stdout).not.toMatch(/๓๑๐๙|๓๑๑๓/);
    expect(stdout).toContain('2 plan(s) with dates outside their fiscal year');
    expect(await f.dump()).toBe(before);
  });

  it("with --apply saves demo's plan with the CE values as a new version; the one-off is then overdue (20 April 2023)", async () => {
    const { stdout } = await admin('repair-plan-dates', '--org', 'demo', '--apply');
    expect(stdout).toContain('demo FY2566 plan version 1: repaired: saved as version 2');
    const plan = (await f.repos.plans.getPlan('demo', 2566))!;
    expect(plan.version).toBe(2);
    expect(plan.updatedBy).toBe('cli:repair-plan-dates');
    const i10 = plan.measures.find((m) => m.measureId === 'i10')!;
    expect(i10.followUps[2]).toMatchObject({ cadence: 'once', dueDate: '2023-03-31' });
    expect(plan.measures.find((m) => m.measureId === 'i5')!.followUps[0]!.firstMonth).toBe('2023-04');
    const list = await call(f.handler, {
      method: 'GET',
      path: '/v1/fiscal-years/2566/obligations',
      as: who.financeStaff,
      query: { unit: 'finance', limit: '200' },
    });
    expect(list.status).toBe(200);
    const once = JSON.stringify(list.body).match(/\{[^{}]*"obligationId":"i10\.f3\.ONCE\.finance"[^{}]*\}/)?.[0] ?? '';
    expect(once).toContain('"dueDate":"2023-03-31"');
    expect(once).toContain('"status":"overdue"');
  });

  it('a second run finds nothing more in demo (repeatable), and other is still left to its coordinator', async () => {
    expect(await repairPlanDates(f.repos, { orgIds: ['demo'], apply: true, actor: 't', now })).toEqual([]);
    const [other] = await repairPlanDates(f.repos, { orgIds: ['other'], apply: true, actor: 't', now });
    expect(other).toMatchObject({ orgId: 'other', fy: 2566, version: 1, outcome: 'manual' });
    expect((await f.repos.plans.getPlan('other', 2566))!.version).toBe(1);
  });
});

// tester s54: the command's lines were English only; every other admin command says what it did Thai first
describe('npm run admin -- repair-plan-dates says what it found Thai first, then English', () => {
  it('a plan left to its coordinator: a Thai line before each English one, and the total', async () => {
    const { stdout } = await admin('repair-plan-dates', '--org', 'other');
    const lines = stdout.trim().split('\n');
    const at = lines.indexOf(
      'other FY2566 plan version 1: not repaired: a value is not a BE-year date of this fiscal year; fix it on the plan page (แผนมาตรการ)',
    );
    expect(at).toBeGreaterThan(0);
    expect(lines[at - 1]).toBe(
      'other ปีงบประมาณ ๒๕๖๖ แผนฉบับที่ ๑: ไม่ได้แก้ไข มีค่าที่ไม่ใช่วันที่ปี พ.ศ. ของปีงบประมาณนี้ กรุณาแก้ไขที่หน้าแผนมาตรการ',
    );
    expect(lines.slice(-2)).toEqual(['แผน ๑ ฉบับมีวันที่อยู่นอกปีงบประมาณ', '1 plan(s) with dates outside their fiscal year']);
  });

  it('nothing found: said in Thai, then English', async () => {
    const { stdout } = await admin('repair-plan-dates', '--org', 'demo');
    expect(stdout.trim().split('\n')).toEqual([
      'ไม่มีแผนที่บันทึกไว้ซึ่งมีวันครบกำหนดหรือเดือนอยู่นอกปีงบประมาณ',
      'no saved plan has a due date or month outside its fiscal year',
    ]);
  });
});
