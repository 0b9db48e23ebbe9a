// Session 27's closing note: a cadence edit refused on a reported follow-up was summed up as a removal
// ("…คงไว้ แล้วแก้ไขข้อความแทนการลบ", "keep them and edit them instead") while the coordinator only
// changed the cadence. The summary now says, item by item, what each refusal says.
import { describe, expect, it } from 'vitest';
import { orphanedReportsConflict, reportsOrphanedBy } from '../../shared/domain/plan-reports-guard.js';
import type { Plan } from '../../shared/domain/plan.js';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { FIVE_UNITS, importSeedPlan } from '../support/seed-plan.js';

const { plan: seed } = importSeedPlan();
const unitName = (id: string) => MUNICIPAL_UNITS.find((u) => u.unitId === id)?.name ?? id;
type FollowUp = Plan['measures'][number]['followUps'][number];
/** The seed with i4's follow-up 2 (monthly, every unit) changed by `change`, or removed when `change` is null. */
const withI4F2 = (change: ((f: FollowUp) => FollowUp) | null): Plan => ({
  ...seed,
  measures: seed.measures.map((m) =>
    m.measureId !== 'i4'
      ? m
      : {
          ...m,
          followUps: m.followUps.flatMap((f) => (f.followUpNo !== 2 ? [f] : change ? [change(f)] : [])),
        },
  ),
});
const reports = [
  { obligationId: 'i4.f2.2022-10.finance', unitId: 'finance' },
  { obligationId: 'i4.f2.2022-11.finance', unitId: 'finance' },
];
/** The guard's 409 as the coordinator reads it: its summary (Thai, English) and its fields. */
const refusal = (plan: Plan) => {
  const orphaned = reportsOrphanedBy(plan, reports, { plan: seed, orgUnitIds: FIVE_UNITS });
  const error = orphanedReportsConflict(orphaned, { stored: seed, newPlan: plan, unitName, path: 'body' });
  return { th: error.message_th, en: error.message_en, fields: error.fields ?? [] };
};

describe("the guard's summary of a refused plan says what was refused", () => {
  it('a cadence changed on a reported follow-up is summed up as a cadence change, not as a removal', () => {
    const r = refusal(withI4F2((f) => ({ ...f, cadence: 'quarterly' })));
    expect(r.th).toContain('เปลี่ยนรอบการรายงานจาก "ทุกเดือน" เป็น "ทุกไตรมาส (ทุก ๓ เดือน)" ไม่ได้');
    expect(r.th).toContain('ให้คงรอบเดิมไว้และตั้ง "หยุดการติดตามผลข้อนี้หลังเดือน"');
    expect(r.th).not.toContain('แทนการลบ');
    expect(r.en).toContain('its cadence cannot change from monthly to quarterly');
    expect(r.en).not.toContain('edit them instead');
    expect(r.fields.map((f) => f.path)).toEqual(['body.measures.0.followUps.1.cadence']);
  });

  it('months narrowed past a reported month are summed up as the months, not as a removal', () => {
    const r = refusal(withI4F2((f) => ({ ...f, firstMonth: '2023-01' })));
    expect(r.th).toContain('ไม่ครอบคลุมรอบที่รายงานผลแล้ว');
    expect(r.th).not.toContain('แทนการลบ');
    expect(r.en).toContain('leave out periods already reported');
    expect(r.en).not.toContain('edit them instead');
  });

  it('a reporting unit taken off the follow-up is summed up as the unit taken off, not as a removal', () => {
    const r = refusal(withI4F2((f) => ({ ...f, unitIds: ['clerk'] })));
    expect(r.th).toContain('เอากองคลังออกจากหน่วยงานที่รายงานข้อนี้ไม่ได้');
    expect(r.th).not.toContain('แทนการลบ');
    expect(r.en).not.toContain('edit them instead');
  });

  it("names the units in English as the org calls them, their ids in brackets (as the importer's unit warnings)", () => {
    const cadence = refusal(withI4F2((f) => ({ ...f, cadence: 'quarterly' })));
    expect(cadence.en).toContain('has 2 reports ("กองคลัง" (finance) 2022-10, "กองคลัง" (finance) 2022-11)');
    const unit = refusal(withI4F2((f) => ({ ...f, unitIds: ['clerk'] })));
    expect(unit.fields.map((f) => f.message_en)).toEqual([
      expect.stringContaining(': "กองคลัง" (finance) cannot be taken off the units reporting on this follow-up'),
    ]);
  });

  it('a removed follow-up is still summed up as a removal, with its advice', () => {
    const r = refusal(withI4F2(null));
    expect(r.th).toMatch(/^แผนใหม่ตัดการติดตามผลที่หน่วยงานรายงานผลไปแล้ว จึงบันทึกไม่ได้/);
    expect(r.th).toContain('มีรายงานผลแล้ว ๒ ฉบับ (กองคลัง ตุลาคม ๒๕๖๕, กองคลัง พฤศจิกายน ๒๕๖๕)');
    // tester s43 F3: "keep it and edit its text" stopped nothing; it says how to cancel it
    expect(r.th).toContain(
      ': ลบออกจากแผนไม่ได้ ถ้ายกเลิกการติดตามผลข้อนี้ ให้คงไว้และตั้ง "หยุดการติดตามผลข้อนี้หลังเดือน" ของการติดตามผลข้อนี้เป็นเดือนสุดท้ายที่ต้องรายงาน',
    );
    expect(r.th).not.toContain('แก้ไขข้อความแทนการลบ');
    expect(r.en).toContain(
      'to cancel it, keep it and set "stop this follow-up after" on it, the last month it is owed',
    );
  });
  it('a removal and a cadence change together: each is said with its own advice', () => {
    const plan = withI4F2((f) => ({ ...f, cadence: 'annual' }));
    const cut = { ...plan, measures: plan.measures.filter((m) => m.measureId !== 'i10') };
    const orphaned = reportsOrphanedBy(
      cut,
      [...reports, { obligationId: 'i10.f1.2022-10.finance', unitId: 'finance' }],
      {
        plan: seed,
        orgUnitIds: FIVE_UNITS,
      },
    );
    const error = orphanedReportsConflict(orphaned, { stored: seed, newPlan: cut, unitName, path: 'body' });
    expect(error.message_th).toContain('ตัวชี้วัดที่ ๑๐ (i10) มีรายงานผลแล้ว ๑ ฉบับ (กองคลัง ตุลาคม ๒๕๖๕): ลบออกจากแผนไม่ได้');
    expect(error.message_th).toContain('เปลี่ยนรอบการรายงานจาก "ทุกเดือน" เป็น "ประจำปี (สิ้นปีงบประมาณ)" ไม่ได้');
    expect(error.message_th).toContain('(กองคลัง ตุลาคม ๒๕๖๕, กองคลัง พฤศจิกายน ๒๕๖๕): เปลี่ยนรอบการรายงาน');
  });
});

// tester s43 F3: removing a cancelled measure with reports was refused with "keep it and edit its
// text instead", which stops no reminder; the refusal says how to cancel it, in the page's words
// (or, for the CLI's file, the note the importer reads as the last month)
describe('a refused removal says how to cancel the measure or follow-up instead', () => {
  const withoutI4 = { ...seed, measures: seed.measures.filter((m) => m.measureId !== 'i4') };
  const i4 = seed.measures.find((m) => m.measureId === 'i4')!;
  const fieldOf = (path: string) => {
    const orphaned = reportsOrphanedBy(withoutI4, reports, { plan: seed, orgUnitIds: FIVE_UNITS });
    return orphanedReportsConflict(orphaned, { stored: seed, newPlan: withoutI4, unitName, path }).fields[0]!;
  };

  it('a measure: stop each reported follow-up after a month, delete those without reports', () => {
    const others = i4.followUps.filter((f) => f.followUpNo !== 2).map((f) => f.followUpNo);
    expect(others.length).toBeGreaterThan(0);
    const field = fieldOf('body');
    expect(field.message_th).toContain(
      'ลบออกจากแผนไม่ได้ ถ้ามาตรการนี้ยกเลิก ให้คงมาตรการไว้ ตั้ง "หยุดการติดตามผลข้อนี้หลังเดือน" ของการติดตามผลข้อ ๒ ที่มีรายงานแล้วเป็นเดือนสุดท้ายที่ต้องรายงาน',
    );
    expect(field.message_th).toContain(
      `และลบการติดตามผลข้อ ${others.map((n) => '๐๑๒๓๔๕๖๗๘๙'[n]).join(', ')} ที่ยังไม่มีรายงาน`,
    );
    expect(field.message_en).toContain(
      'to cancel the measure, keep it, set "stop this follow-up after" on follow-up 2 (reported)',
    );
  });

  it("the CLI's file: the note after the follow-up's text that the importer reads as its last month", () => {
    const field = fieldOf('file');
    expect(field.message_th).toContain(
      'เขียน "(ถึงเดือน…)" เช่น "(ถึงเดือนมีนาคม ๒๕๖๖)" ต่อท้ายข้อความการติดตามผลข้อ ๒ ที่มีรายงานแล้ว',
    );
    expect(field.message_th).not.toContain('หยุดการติดตามผลข้อนี้หลังเดือน');
  });

  it('a measure whose every follow-up has reports names them all and deletes none', () => {
    const all = i4.followUps.map((f) => ({
      obligationId: `i4.f${f.followUpNo}.${f.cadence === 'monthly' ? '2022-10' : 'FY'}.finance`,
      unitId: 'finance',
    }));
    const orphaned = reportsOrphanedBy(withoutI4, all, { plan: seed, orgUnitIds: FIVE_UNITS });
    const field = orphanedReportsConflict(orphaned, { stored: seed, newPlan: withoutI4, unitName, path: 'body' })
      .fields[0]!;
    expect(field.message_th).toContain(
      `ของการติดตามผลข้อ ${i4.followUps.map((f) => '๐๑๒๓๔๕๖๗๘๙'[f.followUpNo]).join(', ')} ที่มีรายงานแล้ว`,
    );
    expect(field.message_th).not.toContain('และลบการติดตามผลข้อ');
  });
});

// tester s37 #5: a measure dropped with reports on two of its follow-ups listed "กองคลัง ตุลาคม ๒๕๖๘"
// twice, one for each follow-up, with nothing to tell them apart
describe('a dropped measure with reports on more than one follow-up names the follow-up of each', () => {
  const without = (measureId: string): Plan => ({
    ...seed,
    measures: seed.measures.filter((m) => m.measureId !== measureId),
  });
  const said = (measureId: string, reported: { obligationId: string; unitId: string }[]) => {
    const plan = without(measureId);
    const orphaned = reportsOrphanedBy(plan, reported, { plan: seed, orgUnitIds: FIVE_UNITS });
    const error = orphanedReportsConflict(orphaned, { stored: seed, newPlan: plan, unitName, path: 'body' });
    return { th: error.message_th, en: error.message_en };
  };

  it('two monthly follow-ups of i10 reported for the same month by the same unit read apart', () => {
    const r = said('i10', [
      { obligationId: 'i10.f1.2022-10.finance', unitId: 'finance' },
      { obligationId: 'i10.f1.2022-11.finance', unitId: 'finance' },
      { obligationId: 'i10.f4.2022-10.finance', unitId: 'finance' },
    ]);
    expect(r.th).toContain(
      'มีรายงานผลแล้ว ๓ ฉบับ (ข้อ ๑ กองคลัง ตุลาคม ๒๕๖๕, ข้อ ๑ กองคลัง พฤศจิกายน ๒๕๖๕, ข้อ ๔ กองคลัง ตุลาคม ๒๕๖๕)',
    );
    expect(r.en).toContain(
      '(no. 1 "กองคลัง" (finance) 2022-10, no. 1 "กองคลัง" (finance) 2022-11, no. 4 "กองคลัง" (finance) 2022-10)',
    );
  });

  it("i5's monthly and semiannual follow-ups, two units: each report with its follow-up", () => {
    const r = said('i5', [
      { obligationId: 'i5.f1.2022-10.clerk', unitId: 'clerk' },
      { obligationId: 'i5.f4.H1.finance', unitId: 'finance' },
    ]);
    expect(r.th).toMatch(/\(ข้อ ๑ สำนักปลัดเทศบาล ตุลาคม ๒๕๖๕, ข้อ ๔ กองคลัง .+\)/);
  });

  it('reports of one follow-up only need no follow-up number', () => {
    const r = said('i10', [
      { obligationId: 'i10.f1.2022-10.finance', unitId: 'finance' },
      { obligationId: 'i10.f1.2022-11.finance', unitId: 'finance' },
    ]);
    expect(r.th).toContain('มีรายงานผลแล้ว ๒ ฉบับ (กองคลัง ตุลาคม ๒๕๖๕, กองคลัง พฤศจิกายน ๒๕๖๕)');
  });
});
