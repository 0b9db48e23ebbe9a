// Tester s48 (P2): an org adopting the system on 12 May 2570 saved its first plan of the year, and the
// opening email of 13 May listed 31 past reports, each with the same "เพิ่มเข้าแผนมาตรการเมื่อ …" line
// and nothing saying they were past rounds or until when they are on time. Items alike are told
// once, below the intro; a list mixing kinds keeps the line under each item (docs/reminders.md).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markLateAdditions } from '../../shared/domain/mid-year-additions.js';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { expandPlan } from '../../shared/domain/obligations.js';
import { Plan } from '../../shared/domain/plan.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import type { ReminderStage, TrackedObligation } from '../../shared/domain/reminder-plan.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';
import { renderReminder } from '../../shared/mail/reminder-email.js';
import { FIVE_UNITS, SEED_DOCUMENT } from '../support/seed-plan.js';

/** The seed document read as `fy`'s plan (its "once" follow-ups left out: their dates are FY2566's). */
function planOf(fy: number): Plan {
  const read = importMeasuresDocument(readFileSync(SEED_DOCUMENT, 'utf8'), {
    orgId: 'demo',
    fy,
    units: MUNICIPAL_UNITS,
  });
  const plan = Plan.parse(read.plan);
  return {
    ...plan,
    measures: plan.measures.map((m) => ({ ...m, followUps: m.followUps.filter((f) => f.cadence !== 'once') })),
  };
}

/** `plan` first saved at `savedAt` (Bangkok), as PUT /plan marks it: what กองคลัง owed that day. */
function savedAt(plan: Plan, local: string) {
  markLateAdditions(plan, undefined, new Date(`${local}+07:00`), FIVE_UNITS);
  const day = local.slice(0, 10);
  const items: TrackedObligation[] = expandPlan(plan, FIVE_UNITS)
    .filter((o) => o.unitId === 'finance' && o.dueDate <= day)
    .map((obligation) => ({ obligation, status: 'due' as const }));
  return { plan, items };
}

const ctxOf = (plan: Plan, today: PlainDate) => ({
  orgName: 'องค์การบริหารส่วนตำบลทดสอบ',
  unitNames: new Map([['finance', 'กองคลัง']]),
  measures: new Map(plan.measures.map((m) => [m.measureId, m])),
  today,
  formUrl: 'https://ita.example.org',
});

const render = (stage: ReminderStage, s: ReturnType<typeof savedAt>, today: PlainDate, items = s.items) =>
  renderReminder({ stage, audience: { kind: 'unit', unitId: 'finance' }, items }, ctxOf(s.plan, today));

const count = (text: string, part: string) => text.split(part).length - 1;
/** The html's text as a reader sees it (tags dropped). */
const seen = (html: string) => html.replace(/<[^>]*>/g, '').replace(/\u00a0/g, ' ');

describe('an opening email of reports already past when they came into the plan says so once, at the top', () => {
  it('the first plan of FY2570 saved on 12 May 2570: the 13 May email tells the past rounds and the on-time day once', () => {
    const may = savedAt(planOf(2570), '2027-05-12T10:00:00');
    expect(may.items.length).toBeGreaterThan(20);
    const mail = render('opening', may, '2027-05-13');
    expect(mail.subject).toBe('[ITA] กองคลัง: ถึงรอบรายงานผล รายเดือน ๗ เดือน และ ครึ่งปีแรก ปีงบประมาณ ๒๕๗๐ (๓๑ รายการ)');
    const once =
      'เพิ่มเข้าแผนมาตรการในระบบเมื่อ ๑๒ พฤษภาคม ๒๕๗๐ รายการต่อไปนี้เป็นรอบที่ผ่านมาแล้ว (ถึงกำหนดส่งแล้วในวันนั้น) กรุณาบันทึกผลย้อนหลังภายใน ๑๗ พฤษภาคม ๒๕๗๐ จึงนับว่าส่งตรงเวลา การแจ้งเตือนจึงนับจากวันที่เพิ่ม';
    expect(count(mail.text, once)).toBe(1);
    expect(count(seen(mail.html), once)).toBe(1);
    // above the first item, below the intro
    expect(mail.text.indexOf(once)).toBeLessThan(mail.text.indexOf('๑. '));
    expect(mail.text).not.toContain('ซึ่งถึงกำหนดส่งแล้ว การแจ้งเตือนจึงนับจากวันนั้น');
    expect(seen(mail.html)).not.toContain('ซึ่งถึงกำหนดส่งแล้ว การแจ้งเตือนจึงนับจากวันนั้น');
    // each item's due line still says its own due date and the on-time day
    expect(mail.text).toContain('กำหนดส่ง ๓๑ ตุลาคม ๒๕๖๙ ส่งได้ตรงเวลาถึง ๑๗ พฤษภาคม ๒๕๗๐');
  });

  it('after the on-time day (the overdue email of 18 May) it says until when they were on time, once', () => {
    const may = savedAt(planOf(2570), '2027-05-12T10:00:00');
    const mail = render('overdue', may, '2027-05-18');
    expect(count(mail.text, 'ส่งได้ตรงเวลาถึง ๑๗ พฤษภาคม ๒๕๗๐ การแจ้งเตือนจึงนับจากวันที่เพิ่ม')).toBe(1);
    expect(mail.text).not.toContain('กรุณาบันทึกผลย้อนหลังภายใน');
    expect(mail.text).not.toContain('ซึ่งถึงกำหนดส่งแล้ว การแจ้งเตือนจึงนับจากวันนั้น');
  });

  it('a plan saved on 10 February 2570 (neighbour): its past months are told once, on time until the 3rd working day', () => {
    const feb = savedAt(planOf(2570), '2027-02-10T09:00:00');
    expect(new Set(feb.items.map((t) => t.obligation.periodId)).size).toBeGreaterThanOrEqual(3);
    const mail = render('opening', feb, '2027-02-11');
    expect(
      count(
        mail.text,
        'เพิ่มเข้าแผนมาตรการในระบบเมื่อ ๑๐ กุมภาพันธ์ ๒๕๗๐ รายการต่อไปนี้เป็นรอบที่ผ่านมาแล้ว (ถึงกำหนดส่งแล้วในวันนั้น) กรุณาบันทึกผลย้อนหลังภายใน ๑๕ กุมภาพันธ์ ๒๕๗๐',
      ),
    ).toBe(1);
    expect(mail.text).not.toContain('ซึ่งถึงกำหนดส่งแล้ว การแจ้งเตือนจึงนับจากวันนั้น');
  });

  // re-check 2 s48: the real 13 May email lists May's own reports too, and the note went back under
  // each of the 32 past ones; beside plain items the note is said once, of those due by that day
  it('the 13 May email with May’s own reports beside the past ones: the note once, of those due by 12 May', () => {
    const may = savedAt(planOf(2570), '2027-05-12T10:00:00');
    const all = expandPlan(may.plan, FIVE_UNITS)
      .filter((o) => o.unitId === 'finance' && o.opensOn <= '2027-05-13')
      .map((obligation) => ({ obligation, status: 'due' as const }));
    expect(all.length).toBeGreaterThan(may.items.length);
    const mail = render('opening', may, '2027-05-13', all);
    const once =
      'เพิ่มเข้าแผนมาตรการในระบบเมื่อ ๑๒ พฤษภาคม ๒๕๗๐ รายการต่อไปนี้ที่กำหนดส่งไม่เกินวันนั้นเป็นรอบที่ผ่านมาแล้ว (ถึงกำหนดส่งแล้วในวันนั้น) กรุณาบันทึกผลย้อนหลังภายใน ๑๗ พฤษภาคม ๒๕๗๐ จึงนับว่าส่งตรงเวลา การแจ้งเตือนจึงนับจากวันที่เพิ่ม';
    expect(count(mail.text, once)).toBe(1);
    expect(count(seen(mail.html), once)).toBe(1);
    expect(mail.text).not.toContain('ซึ่งถึงกำหนดส่งแล้ว การแจ้งเตือนจึงนับจากวันนั้น');
  });

  it('a measure added to a running plan in July (neighbour), listed beside plain items: the note once, of those due by that day', () => {
    const running = planOf(2566);
    const plain = expandPlan(running, FIVE_UNITS).filter(
      (o) => o.unitId === 'finance' && o.periodId === '2023-06' && o.measureId !== 'i4',
    );
    // i4's monthly follow-up added on 10 July 2566 from October: its past months due already
    const added = structuredClone(running);
    for (const f of added.measures.find((m) => m.measureId === 'i4')!.followUps) f.addedOn = '2023-07-10';
    const late = expandPlan(added, FIVE_UNITS).filter(
      (o) => o.unitId === 'finance' && o.measureId === 'i4' && o.addedOn === '2023-07-10',
    );
    expect(late.length).toBeGreaterThanOrEqual(2);
    const s = { plan: added, items: [] as TrackedObligation[] };
    const items = [...plain, ...late].map((obligation) => ({ obligation, status: 'due' as const }));
    const mixed = render('opening', s, '2023-07-11', items);
    const note = 'เพิ่มเข้าแผนมาตรการเมื่อ ๑๐ กรกฎาคม ๒๕๖๖ ซึ่งถึงกำหนดส่งแล้ว การแจ้งเตือนจึงนับจากวันนั้น';
    expect(count(mixed.text, note)).toBe(0);
    expect(
      count(mixed.text, 'เพิ่มเข้าแผนมาตรการในระบบเมื่อ ๑๐ กรกฎาคม ๒๕๖๖ รายการต่อไปนี้ที่กำหนดส่งไม่เกินวันนั้นเป็นรอบที่ผ่านมาแล้ว'),
    ).toBe(1);
    // the added items alone: once
    const alone = render('opening', s, '2023-07-11', items.slice(plain.length));
    expect(count(alone.text, note)).toBe(0);
    expect(count(alone.text, 'เพิ่มเข้าแผนมาตรการในระบบเมื่อ ๑๐ กรกฎาคม ๒๕๖๖ รายการต่อไปนี้เป็นรอบที่ผ่านมาแล้ว')).toBe(1);
  });
});

// Tester s48 (3): the executives' 14-day escalation of that adoption listed 63 numbered items (33,718
// px tall at 390 px) and said whose they were only under each. A long escalation to the coordinators
// or the executives is counted by unit first, below its intro.
describe('a long escalation of several units is counted by unit first', () => {
  const may = savedAt(planOf(2570), '2027-05-12T10:00:00');
  const twoUnits = expandPlan(may.plan, FIVE_UNITS)
    .filter((o) => (o.unitId === 'finance' || o.unitId === 'clerk') && o.dueDate <= '2027-05-12')
    .map((obligation) => ({ obligation, status: 'overdue' as const }));
  const ctx = {
    ...ctxOf(may.plan, '2027-05-31'),
    unitNames: new Map(MUNICIPAL_UNITS.map((u) => [u.unitId, u.name])),
  };
  const escalation = (
    stage: 'escalation-head' | 'escalation-executive',
    audience: { kind: 'executives' } | { kind: 'coordinators' } | { kind: 'unit-head'; unitId: string },
    items: TrackedObligation[],
  ) => renderReminder({ stage, audience, items }, ctx);
  const n = (unitId: string) => twoUnits.filter((t) => t.obligation.unitId === unitId).length;
  const th = (k: number) => k.toString().replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]!);

  it("the executives' 14-day email of the adoption: 'แยกตามหน่วยงาน' with each unit's count, most first, once above the list", () => {
    expect(twoUnits.length).toBeGreaterThan(40);
    const mail = escalation('escalation-executive', { kind: 'executives' }, twoUnits);
    const [most, fewer] = n('clerk') >= n('finance') ? ['clerk', 'finance'] : ['finance', 'clerk'];
    const name = (u: string) => MUNICIPAL_UNITS.find((x) => x.unitId === u)!.name;
    const line = `แยกตามหน่วยงาน: ${name(most)} ${th(n(most))} รายการ, ${name(fewer)} ${th(n(fewer))} รายการ`;
    expect(count(mail.text, line)).toBe(1);
    expect(count(seen(mail.html), line)).toBe(1);
    expect(mail.text.indexOf(line)).toBeLessThan(mail.text.indexOf('๑. '));
  });

  it("the coordinators' 7-day email (neighbour) is counted so too", () => {
    expect(escalation('escalation-head', { kind: 'coordinators' }, twoUnits).text).toContain('แยกตามหน่วยงาน: ');
  });

  // re-check 2 s48: a split email's counts are its own part's, and read as the whole's
  it('a part of a split email says its counts are of that part', () => {
    for (const part of [
      { index: 1, of: 2, first: 1 },
      { index: 2, of: 2, first: 30 },
    ]) {
      const mail = renderReminder(
        { stage: 'escalation-executive', audience: { kind: 'executives' }, items: twoUnits, part },
        ctx,
      );
      expect(mail.text).toContain('แยกตามหน่วยงาน (ในฉบับนี้): ');
    }
    expect(escalation('escalation-executive', { kind: 'executives' }, twoUnits).text).not.toContain('(ในฉบับนี้)');
  });

  it("a short list, and one unit's head (neighbours), are not", () => {
    expect(escalation('escalation-executive', { kind: 'executives' }, twoUnits.slice(0, 4)).text).not.toContain(
      'แยกตามหน่วยงาน',
    );
    const own = twoUnits.filter((t) => t.obligation.unitId === 'finance');
    expect(escalation('escalation-head', { kind: 'unit-head', unitId: 'finance' }, own).text).not.toContain(
      'แยกตามหน่วยงาน',
    );
  });
});
