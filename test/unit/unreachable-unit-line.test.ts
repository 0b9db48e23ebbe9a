import { describe, expect, it } from 'vitest';
import { unreachableUnitLine, type UnreachableUnit } from '../../shared/mail/summary-email.js';

const unit = (over: Partial<UnreachableUnit>): UnreachableUnit => ({
  unitId: 'engineering',
  name: 'กองช่าง',
  noStaff: true,
  noHead: true,
  open: 6,
  closed: false,
  ...over,
});

describe("the coordinators' digest line for a unit whose reminders reach nobody", () => {
  const CLOSED =
    'กองช่าง (ปิดการใช้งานแล้ว): ไม่มีผู้รับอีเมลแจ้งเตือน คณะทำงาน ITA ส่งรายงานที่ค้างแทนหน่วยงานได้จากแบบรายงานของแต่ละรายการ (รายงานที่ยังไม่ได้ส่ง ๖ รายการ)';

  it.each([
    ['neither staff nor head', { noStaff: true, noHead: true }],
    ['no staff, its head escalation not come yet', { noStaff: true, noHead: false }],
    ['only its head escalation reaching nobody', { noStaff: false, noHead: true }],
  ])('a closed unit with %s is named as closed, never told to add people', (_, over) => {
    const line = unreachableUnitLine(unit({ ...over, closed: true }));
    expect(line).toBe(CLOSED);
    expect(line).not.toContain('กรุณาเพิ่ม');
    expect(line).not.toContain('กรุณากำหนด');
  });

  it('an open unit with nobody is told to add staff and set its head', () => {
    expect(unreachableUnitLine(unit({}))).toBe(
      'กองช่าง: ไม่มีผู้รับอีเมลแจ้งเตือน (ไม่มีทั้งเจ้าหน้าที่และหัวหน้าหน่วยงาน) กรุณาเพิ่มเจ้าหน้าที่และกำหนดหัวหน้าหน่วยงานในหน้าผู้ใช้งานและหน่วยงาน (รายงานที่ยังไม่ได้ส่ง ๖ รายการ)',
    );
  });
});
