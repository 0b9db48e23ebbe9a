import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { assembleOrgYear } from '../../shared/domain/org-year.js';
import type { Person, Unit } from '../../shared/domain/organisation.js';
import { addDays, type PlainDate } from '../../shared/domain/plain-date.js';
import { unreachableUnits } from '../../shared/jobs/unreachable-units.js';
import { unreachableUnitLine, type UnreachableUnit } from '../../shared/mail/summary-email.js';
import { importSeedPlan } from '../support/seed-plan.js';

const unit = (over: Partial<UnreachableUnit>): UnreachableUnit => ({
  unitId: 'engineering',
  name: 'กองช่าง',
  noStaff: true,
  noHead: true,
  open: 6,
  ...over,
});

describe("the coordinators' digest line for a unit whose reminders reach nobody", () => {
  it('an open unit with nobody is told to add staff and set its head', () => {
    expect(unreachableUnitLine(unit({}))).toBe(
      'กองช่าง: ไม่มีผู้รับอีเมลแจ้งเตือน (ไม่มีทั้งเจ้าหน้าที่และหัวหน้าหน่วยงาน) กรุณาเพิ่มเจ้าหน้าที่และกำหนดหัวหน้าหน่วยงานในหน้าผู้ใช้งานและหน่วยงาน (รายงานที่ยังไม่ได้ส่งซึ่งระบบยังแจ้งเตือนอยู่ ๖ รายการ)',
    );
  });

  // tester s47 (P3): the count left out the reports past their cut-off that the list above shows
  it.each([
    [{ noStaff: false, noHead: true, open: 4 }, 'ไม่มีหัวหน้าหน่วยงานรับอีเมลแจ้งรายงานค้างส่ง', '๔'],
    [{ noStaff: true, noHead: false, open: 1 }, 'ไม่มีผู้รับอีเมลแจ้งเตือน กรุณาเพิ่มเจ้าหน้าที่', '๑'],
  ])('says what its count is: the reports still reminded (%o)', (over, what, n) => {
    const line = unreachableUnitLine(unit(over));
    expect(line).toContain(what);
    expect(line.endsWith(` (รายงานที่ยังไม่ได้ส่งซึ่งระบบยังแจ้งเตือนอยู่ ${n} รายการ)`)).toBe(true);
  });
});

// Tester s44: a closed (deactivated) unit was listed among the units with no recipient, every month
// to its cut-off. It owes nothing new and takes no people: its earlier reports are escalated to
// nobody already, and the summaries count them under "กองช่าง (ปิดการใช้งานแล้ว)".
describe('which units the summaries list as reaching nobody', () => {
  const { plan } = importSeedPlan();
  const stored = { ...plan, version: 1, updatedAt: '2022-10-01T00:00:00Z', updatedBy: 'seed' };
  /** Staff and a head in every unit but those in `empty`. */
  const people = (empty: readonly string[]): Person[] =>
    MUNICIPAL_UNITS.filter((u) => !empty.includes(u.unitId)).flatMap((u) =>
      [false, true].map((headOfUnit) => ({
        orgId: 'o',
        personId: `${headOfUnit ? 'h' : 's'}-${u.unitId}`,
        email: `${headOfUnit ? 'h' : 's'}.${u.unitId}@o.example.org`,
        name: headOfUnit ? 'ผู้อำนวยการ' : 'เจ้าหน้าที่',
        unitId: u.unitId,
        roles: ['staff' as const],
        headOfUnit,
        active: true,
      })),
    );
  /** The org's units, `closed` deactivated on the day given (Bangkok noon). */
  const units = (closed: Record<string, PlainDate> = {}): Unit[] =>
    MUNICIPAL_UNITS.map((u) => ({
      orgId: 'o',
      unitId: u.unitId,
      name: u.name,
      aliases: [],
      active: closed[u.unitId] === undefined,
      ...(closed[u.unitId] ? { deactivatedAt: new Date(`${closed[u.unitId]}T12:00:00+07:00`).toISOString() } : {}),
    }));
  const listed = async (today: PlainDate, orgUnits: Unit[], empty: readonly string[]) => {
    const year = assembleOrgYear({
      plan: stored,
      reports: new Map(),
      units: orgUnits,
      dueRules: undefined,
      asOf: today,
    });
    const found = await unreachableUnits({
      units: orgUnits,
      people: people(empty),
      today,
      year: (fy) => Promise.resolve(fy === year.fy ? year : undefined),
      ladder: {},
    });
    return found.map((u) => u.unitId);
  };

  it.each([
    ['closed on 10 April, its March reports still unsent (the April digest)', '2023-05-01', '2023-04-10'],
    ['closed on 10 April, its first half-year reports still unsent (the May digest)', '2023-06-01', '2023-04-10'],
    ['closed on the last day of the month the digest covers', '2023-06-01', '2023-05-31'],
  ])('a unit %s is not listed', async (_, today, closedOn) => {
    const day = today as PlainDate;
    // open with nobody in it, it would be: reports of its are on the ladder that day
    expect(await listed(day, units(), ['engineering'])).toEqual(['engineering']);
    expect(await listed(day, units({ engineering: closedOn as PlainDate }), ['engineering'])).toEqual([]);
  });

  it('an open unit left without people beside a closed one is still listed', async () => {
    const found = await listed('2023-05-01', units({ engineering: '2023-04-25' }), ['engineering', 'health']);
    expect(found).toEqual(['health']);
  });

  it('a unit reactivated with nobody in it is listed again', async () => {
    expect(await listed('2023-05-01', units(), ['engineering'])).toEqual(['engineering']);
  });
});

// Re-check of the turn of the year (s48): "กองช่าง: ไม่มีหัวหน้าหน่วยงานรับอีเมล … (…ซึ่งระบบยังแจ้งเตือนอยู่
// ๑๒ รายการ)" counted every report on the ladder, also those still on the staff's stages (opening to
// overdue), which its staff do get. The "no head" count is of those whose head escalation has come
// (7 days after the due date; every day a working day here) and not yet cut off (60 days).
describe('a unit with staff but no head: its line counts the reports whose head escalation has come', () => {
  const { plan } = importSeedPlan();
  const stored = { ...plan, version: 1, updatedAt: '2022-10-01T00:00:00Z', updatedBy: 'seed' };
  const orgUnits: Unit[] = MUNICIPAL_UNITS.map((u) => ({
    orgId: 'o',
    unitId: u.unitId,
    name: u.name,
    aliases: [],
    active: true,
  }));
  const staffOnly: Person[] = MUNICIPAL_UNITS.flatMap((u) =>
    [false, true]
      .filter((headOfUnit) => !(headOfUnit && u.unitId === 'engineering'))
      .map((headOfUnit) => ({
        orgId: 'o',
        personId: `${headOfUnit ? 'h' : 's'}-${u.unitId}`,
        email: `${headOfUnit ? 'h' : 's'}.${u.unitId}@o.example.org`,
        name: headOfUnit ? 'ผู้อำนวยการ' : 'เจ้าหน้าที่',
        unitId: u.unitId,
        roles: ['staff' as const],
        headOfUnit,
        active: true,
      })),
  );

  it.each([
    ["1 May 2023: March's reports escalated, April's (due 30 April) still the staff's", '2023-05-01'],
    ["7 May 2023: April's monthly reports reach the head that day", '2023-05-07'],
    ["5 October 2023, after the turn: September's and the year's reports still the staff's", '2023-10-05'],
  ])('%s', async (_, today) => {
    const day = today as PlainDate;
    const year = assembleOrgYear({ plan: stored, reports: new Map(), units: orgUnits, dueRules: undefined, asOf: day });
    const found = await unreachableUnits({
      units: orgUnits,
      people: staffOnly,
      today: day,
      year: (fy) => Promise.resolve(fy === year.fy ? year : undefined),
      ladder: {},
    });
    const engineering = year.tracked.filter((t) => t.obligation.unitId === 'engineering');
    const escalated = engineering.filter(
      (t) => addDays(t.obligation.dueDate, 7) <= day && day <= addDays(t.obligation.dueDate, 60),
    ).length;
    const onStaffLadder = engineering.filter(
      (t) => t.obligation.opensOn <= day && day < addDays(t.obligation.dueDate, 7),
    ).length;
    expect(onStaffLadder).toBeGreaterThan(0);
    expect(escalated).toBeGreaterThan(0);
    expect(found).toEqual([{ unitId: 'engineering', name: 'กองช่าง', noStaff: false, noHead: true, open: escalated }]);
    expect(unreachableUnitLine(found[0]!)).toMatch(
      /^กองช่าง: ไม่มีหัวหน้าหน่วยงานรับอีเมลแจ้งรายงานค้างส่ง .*อยู่ [๐-๙]+ รายการ\)$/,
    );
  });
});
