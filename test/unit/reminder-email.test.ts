import { describe, expect, it } from 'vitest';
import { summarizeCompliance } from '../../shared/domain/compliance-summary.js';
import { expandPlan } from '../../shared/domain/obligations.js';
import type { FollowUp } from '../../shared/domain/plan.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import type { Report } from '../../shared/domain/report.js';
import type { TrackedObligation } from '../../shared/domain/reminder-plan.js';
import { thaiWorkingDays } from '../../shared/domain/thai-working-days.js';
import { escapeHtml, keepWhole } from '../../shared/mail/html.js';
import { renderAnnualReportEmail } from '../../shared/mail/annual-report-email.js';
import { renderInvitation } from '../../shared/mail/invitation-email.js';
import { buildAnnualReport } from '../../shared/documents/annual-report-model.js';
import { SAMPLE_ORG, SAMPLE_UNITS, samplePlan } from '../support/document-samples.js';
import { renderReminder } from '../../shared/mail/reminder-email.js';
import { renderSummary } from '../../shared/mail/summary-email.js';
import { FIVE_UNITS, importSeedPlan } from '../support/seed-plan.js';

const { plan } = importSeedPlan();
const obligations = expandPlan(plan, FIVE_UNITS).filter((o) => o.periodId === '2023-04' && o.unitId === 'finance');
const ctx = {
  orgName: 'เทศบาลตำบลดอนอะระง',
  unitNames: new Map([['finance', 'กองคลัง']]),
  measures: new Map(plan.measures.map((m) => [m.measureId, m])),
  today: '2023-04-01' as const,
  formUrl: 'https://ita.example.org',
};

describe('a reminder email, as a Thai reader sees it', () => {
  const mail = renderReminder(
    {
      stage: 'opening',
      audience: { kind: 'unit', unitId: 'finance' },
      items: obligations.map((o) => ({ obligation: o, status: 'due' as const })),
    },
    ctx,
  );

  it('has a UTF-8 Thai subject naming the unit, the month in Thai and the count in Thai digits', () => {
    expect(mail.subject).toBe('[ITA] กองคลัง: ถึงรอบรายงานผล ประจำเดือนเมษายน ๒๕๖๖ (๔ รายการ)');
  });

  it('shows the BE due date with the Thai month name and Thai digits, in both parts', () => {
    expect(mail.html).toContain(keepWhole('กำหนดส่ง ๓๐ เมษายน ๒๕๖๖'));
    expect(mail.text).toContain('กำหนดส่ง ๓๐ เมษายน ๒๕๖๖');
    const visible = mail.html.replace(/<[^>]*>/g, ' ');
    expect(visible).not.toMatch(/2023|2566/);
  });

  it('links each obligation to its page in the web page, where the report form is', () => {
    expect(mail.html).toContain('href="https://ita.example.org/#/org/demo/fy/2566/o/i4.f2.2023-04.finance"');
    expect(mail.text).toContain('แบบรายงาน: https://ita.example.org/#/org/demo/fy/2566/o/i10.f4.2023-04.finance');
  });

  it("names the obligation's org in each link: the same id in another org opens there (break 18 s28, F4)", () => {
    const other = renderReminder(
      {
        stage: 'overdue',
        audience: { kind: 'unit', unitId: 'finance' },
        items: obligations.map((o) => ({ obligation: { ...o, orgId: 'nongbua' }, status: 'overdue' as const })),
      },
      { ...ctx, orgName: 'เทศบาลตำบลหนองบัว' },
    );
    expect(other.html).toContain('href="https://ita.example.org/#/org/nongbua/fy/2566/o/i4.f2.2023-04.finance"');
    expect(other.text).toContain('https://ita.example.org/#/org/nongbua/fy/2566/o/i10.f4.2023-04.finance');
    expect(other.html).not.toMatch(/#\/(?!org\/nongbua\/)fy\//);
  });

  it('fits a phone: one column with a viewport and no external images', () => {
    expect(mail.html).toContain('name="viewport"');
    expect(mail.html).toContain('max-width:640px');
    expect(mail.html).not.toContain('<img');
  });
});

// Tester s37 (P3): with `npm start -- --today 2025-10-15` running, the import CLI stamped the plan's
// follow-ups with the real clock (5 December 2026), and a run for 1 October 2025 said on every item
// "เพิ่มเข้าแผนมาตรการเมื่อ ๕ ธันวาคม ๒๕๖๙ ซึ่งถึงกำหนดส่งแล้ว …". The ladder of a run on a day before
// the addition is the plain one (docs/reminders.md "Added late"); the note now follows the same rule.
describe('the added-late note follows the ladder: a run on a day before the addition says nothing of it', () => {
  /** กองคลัง's April 2566 report (due 30 April 2023), its follow-up (i4 no. 2) patched. */
  const april = (patch: Partial<FollowUp>) => {
    const measures = plan.measures.map((m) =>
      m.measureId === 'i4'
        ? { ...m, followUps: m.followUps.map((f) => (f.followUpNo === 2 ? { ...f, ...patch } : f)) }
        : m,
    );
    const obligation = expandPlan({ ...plan, measures }, FIVE_UNITS).find(
      (o) => o.obligationId === 'i4.f2.2023-04.finance',
    )!;
    return { obligation, measures: new Map(measures.map((m) => [m.measureId, m])) };
  };
  const overdueOn = (today: PlainDate, patch: Partial<FollowUp>) => {
    const { obligation, measures } = april(patch);
    expect(obligation.addedOn).toBe('2023-12-05');
    return renderReminder(
      { stage: 'overdue', audience: { kind: 'unit', unitId: 'finance' }, items: [{ obligation, status: 'overdue' }] },
      { ...ctx, measures, today },
    );
  };

  it('a follow-up stamped 5 December 2023: no note on 1 May, the note from 6 December', () => {
    const before = overdueOn('2023-05-01', { addedOn: '2023-12-05' });
    expect(before.text).not.toContain('เพิ่มเข้าแผนมาตรการ');
    expect(before.html).not.toContain('เพิ่มเข้าแผนมาตรการ');
    expect(before.text).not.toContain('ธันวาคม');
    expect(overdueOn('2023-12-06', { addedOn: '2023-12-05' }).text).toContain(
      'เพิ่มเข้าแผนมาตรการเมื่อ ๕ ธันวาคม ๒๕๖๖ ซึ่งถึงกำหนดส่งแล้ว การแจ้งเตือนจึงนับจากวันนั้น',
    );
  });

  it('a period a replacement made due on 5 December (neighbour): no "แผนมาตรการแก้ไขเมื่อ" before that day', () => {
    const patch = { periodsAddedOn: { '2023-04': '2023-12-05' } };
    expect(overdueOn('2023-05-01', patch).text).not.toContain('แผนมาตรการแก้ไขเมื่อ');
    expect(overdueOn('2023-12-05', patch).text).toContain('แผนมาตรการแก้ไขเมื่อ ๕ ธันวาคม ๒๕๖๖ ทำให้รอบรายงานนี้ถึงกำหนดส่งแล้ว');
  });

  it('a unit that began reporting the follow-up on 5 December (neighbour): no note before that day', () => {
    const patch = { unitsAddedOn: { finance: '2023-12-05' } };
    expect(overdueOn('2023-11-30', patch).text).not.toContain('เพิ่มเข้าแผนมาตรการ');
    expect(overdueOn('2023-12-05', patch).text).toContain('เพิ่มเข้าแผนมาตรการเมื่อ ๕ ธันวาคม ๒๕๖๖');
  });
});

// Tester s37 (P3): the coordinators' escalation said "[ITA] ผู้ประสานงาน ITA: …" and the returned
// email "ผู้ประสานงานได้ส่ง…", "ความเห็นผู้ประสานงาน:"; the product names them "คณะทำงาน ITA".
describe('the coordinators are named คณะทำงาน ITA in the emails, as the page names them', () => {
  const items = obligations.map((o) => ({ obligation: o, status: 'overdue' as const }));

  it("the coordinators' escalation: subject and greeting", () => {
    const mail = renderReminder({ stage: 'escalation-head', audience: { kind: 'coordinators' }, items }, ctx);
    expect(mail.subject).toBe('[ITA] คณะทำงาน ITA: รายงานค้างส่งเกิน ๗ วัน (๔ รายการ)');
    // after its headline (session 51)
    expect(
      mail.text.startsWith(`${mail.subject.slice('[ITA] '.length)}\n\nเรียน คณะทำงาน ITA เทศบาลตำบลดอนอะระง\n`),
    ).toBe(true);
    expect(`${mail.subject}${mail.text}${mail.html}`).not.toContain('ผู้ประสานงาน');
  });

  it("a returned report's email to the unit (neighbour): who returned it and whose comment it is", () => {
    const report = { reviewComment: 'กรุณาแนบรายงานการประชุม', version: 1 } as Report;
    const mail = renderReminder(
      {
        stage: 'returned',
        audience: { kind: 'unit', unitId: 'finance' },
        items: items.slice(0, 1).map((t) => ({ ...t, status: 'returned' as const, report })),
      },
      ctx,
    );
    expect(mail.text).toContain('คณะทำงาน ITA ได้ส่งรายงานต่อไปนี้กลับให้แก้ไข ตามความเห็นที่แนบ');
    expect(mail.text).toContain('ความเห็นของคณะทำงาน ITA: กรุณาแนบรายงานการประชุม');
    expect(`${mail.text}${mail.html}`).not.toContain('ผู้ประสานงาน');
  });
});

// Tester s37 (P3): December 2569's monthly reports are due 31 December (วันสิ้นปี); the "due" email
// went out on 30 December saying only "กรุณาส่งภายในวันครบกำหนด … กำหนดส่ง ๓๑ ธันวาคม ๒๕๖๙". The
// plan's due dates never move, so an email listing a due date ahead that is a day off says which,
// and (once) that the page takes the report that day, or why the "due" email came early.
/** the Thai calendar, with 15 June 2023 (a Thursday) the org's own closure day */
const calendar = await thaiWorkingDays([2023, 2026], ['2023-06-15']);

describe('a due date ahead on a day off is named, with one short note (the calendar says which)', () => {
  /** กองคลัง's reports of April 2566 re-dated: `periodId`, `dueDate` */
  const dated = (periodId: string, dueDate: PlainDate, fy = Number(periodId.slice(0, 4)) + 544) =>
    obligations.map((o) => ({ obligation: { ...o, fy, periodId, dueDate }, status: 'due' as const }));
  const render = (stage: 'opening' | 'due-soon' | 'due' | 'overdue', today: PlainDate, items: TrackedObligation[]) =>
    renderReminder({ stage, audience: { kind: 'unit', unitId: 'finance' }, items }, { ...ctx, today, calendar });
  const EARLY = 'วันครบกำหนดเป็นวันหยุด อีเมลนี้จึงส่งในวันทำการก่อนหน้า ส่งรายงานผ่านหน้าเว็บได้จนถึงวันครบกำหนด';
  const SEND_THAT_DAY = 'กำหนดส่งที่ตรงกับวันหยุดไม่เลื่อน ส่งรายงานผ่านหน้าเว็บได้ในวันนั้นด้วย';
  const count = (text: string, part: string) => text.split(part).length - 1;
  /** The text part as it is, the HTML with its dates whole (keepWhole). */
  const bodies = (mail: { text: string; html: string }) =>
    [
      [mail.text, (s: string) => s],
      [mail.html, (s: string) => keepWhole(s)],
    ] as const;

  it('the "due" email of 30 December 2569 for reports due 31 December (วันสิ้นปี): the holiday named, why it came early', () => {
    const mail = render('due', '2026-12-30', dated('2026-12', '2026-12-31'));
    for (const [body, as] of bodies(mail)) {
      expect(count(body, as('กำหนดส่ง ๓๑ ธันวาคม ๒๕๖๙ ตรงกับวันหยุด (วันสิ้นปี)'))).toBe(4);
      expect(count(body, EARLY)).toBe(1);
      expect(body).not.toContain(SEND_THAT_DAY);
    }
    expect(mail.text.split('\n').slice(4, 7)).toEqual(['รายงานต่อไปนี้ถึงกำหนดส่งแล้ว กรุณาส่งภายในวันครบกำหนด', '', EARLY]);
  });

  it('the "due soon" email of 28 December 2569 (neighbour): the holiday named, and that the page takes it that day', () => {
    const mail = render('due-soon', '2026-12-28', dated('2026-12', '2026-12-31'));
    for (const [body, as] of bodies(mail)) {
      expect(body).toContain(as('กำหนดส่ง ๓๑ ธันวาคม ๒๕๖๙ ตรงกับวันหยุด (วันสิ้นปี)'));
      expect(count(body, SEND_THAT_DAY)).toBe(1);
    }
  });

  it('April 2566’s opening and its "due" on Friday 28 April (neighbour): due Sunday 30 April, the weekday named', () => {
    const opening = render('opening', '2023-04-03', dated('2023-04', '2023-04-30', 2566));
    expect(opening.text).toContain('กำหนดส่ง ๓๐ เมษายน ๒๕๖๖ ตรงกับวันหยุด (วันอาทิตย์)');
    expect(opening.text).toContain(SEND_THAT_DAY);
    const due = render('due', '2023-04-28', dated('2023-04', '2023-04-30', 2566));
    expect(due.text).toContain(EARLY);
  });

  it("a once report due on the org's closure day (neighbour): the closure day named", () => {
    const mail = render('due-soon', '2023-06-12', dated('2023-06', '2023-06-15', 2566));
    expect(mail.text).toContain('กำหนดส่ง ๑๕ มิถุนายน ๒๕๖๖ ตรงกับวันหยุด (วันปิดทำการขององค์กร)');
  });

  it('says nothing of days off for a due date on a working day, nor for one already past', () => {
    const working = render('due', '2023-05-31', dated('2023-05', '2023-05-31', 2566));
    const past = render('overdue', '2027-01-04', dated('2026-12', '2026-12-31'));
    for (const mail of [working, past]) {
      expect(`${mail.text}${mail.html}`).not.toContain('วันหยุด');
    }
    expect(past.text).toContain('กำหนดส่ง ๓๑ ธันวาคม ๒๕๖๙ (เลยกำหนด ๔ วัน)');
  });
});

// Tester s40: on the 1st, an opening listing several cadences (the daily pass's, or a working 1st's
// listings planned together) said only "ถึงรอบรายงานผล (๕ รายการ)": which month's or period's reports
// open was in the monthly subject alone.
describe("an opening's subject names the month and the periods that open, one cadence or several", () => {
  /** กองคลัง's obligations of `periods`, from the seed plan with follow-up i5 no. 4 (every 6 months) as `cadence`. */
  const financeOf = (periods: string[], cadence: 'semiannual' | 'quarterly' = 'semiannual') => {
    const measures = plan.measures.map((m) =>
      m.measureId === 'i5'
        ? { ...m, followUps: m.followUps.map((f) => (f.followUpNo === 4 ? { ...f, cadence } : f)) }
        : m,
    );
    return expandPlan({ ...plan, measures }, FIVE_UNITS)
      .filter((o) => o.unitId === 'finance' && periods.includes(o.periodId))
      .map((o) => ({ obligation: o, status: 'due' as const }));
  };
  const openingOn = (today: PlainDate, items: TrackedObligation[]) =>
    renderReminder({ stage: 'opening', audience: { kind: 'unit', unitId: 'finance' }, items }, { ...ctx, today })
      .subject;

  it('1 March 2566, monthly and quarterly: March and the second quarter', () => {
    const items = financeOf(['2023-03', 'Q2'], 'quarterly');
    expect(items.map((t) => t.obligation.cadence)).toContain('quarterly');
    expect(openingOn('2023-03-01', items)).toBe(
      '[ITA] กองคลัง: ถึงรอบรายงานผล ประจำเดือนมีนาคม ๒๕๖๖ และ ไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๖ (๕ รายการ)',
    );
  });

  it('1 March 2566, monthly and the semiannual: March and the first half', () => {
    expect(
      openingOn(
        '2023-03-01',
        financeOf(['2023-03', 'H1']).filter((t) => t.obligation.dueDate === '2023-03-31'),
      ),
    ).toBe('[ITA] กองคลัง: ถึงรอบรายงานผล ประจำเดือนมีนาคม ๒๕๖๖ และ ครึ่งปีแรก ปีงบประมาณ ๒๕๖๖ (๕ รายการ)');
  });

  it('1 September 2566 (neighbour), monthly, the second halves and the year: each period once, the year last', () => {
    expect(openingOn('2023-09-01', financeOf(['2023-09', 'H2', 'FY']))).toBe(
      '[ITA] กองคลัง: ถึงรอบรายงานผล ประจำเดือนกันยายน ๒๕๖๖, ครึ่งปีหลัง และ ประจำปีงบประมาณ ๒๕๖๖ (๑๕ รายการ)',
    );
  });

  it('a single-cadence monthly 1st is unchanged: the month alone', () => {
    expect(openingOn('2023-03-01', financeOf(['2023-03']))).toBe(
      '[ITA] กองคลัง: ถึงรอบรายงานผล ประจำเดือนมีนาคม ๒๕๖๖ (๔ รายการ)',
    );
  });

  it('a single-cadence semiannual 1st (neighbour) names its half too', () => {
    expect(
      openingOn(
        '2023-03-01',
        financeOf(['H1']).filter((t) => t.obligation.cadence === 'semiannual'),
      ),
    ).toBe('[ITA] กองคลัง: ถึงรอบรายงานผล ครึ่งปีแรก ปีงบประมาณ ๒๕๖๖ (๑ รายการ)');
  });
});

// Tester s42 (F5): on 8 December 2569 a unit's opening listed October's and November's reports
// (added late: the plan was saved on 6 December) with December's, under "ประจำเดือนธันวาคม ๒๕๖๙".
describe("an opening's subject names the months of the monthly reports it opens", () => {
  const fy2570 = expandPlan({ ...plan, fy: 2570 }, FIVE_UNITS);
  /** กองคลัง's obligations of `periods` in FY2570 (the seed plan's), the monthly ones only unless `all` */
  const financeOf = (periods: string[], all = false) =>
    fy2570
      .filter((o) => o.unitId === 'finance' && periods.includes(o.periodId))
      .filter((o) => all || o.cadence === 'monthly')
      .map((o) => ({ obligation: o, status: 'due' as const }));
  const openingOn = (today: PlainDate, items: TrackedObligation[], stillOpen: TrackedObligation[] = []) =>
    renderReminder(
      {
        stage: 'opening',
        audience: { kind: 'unit', unitId: 'finance' },
        items,
        ...(stillOpen.length ? { stillOpen, listedIn: today.slice(0, 7) } : {}),
      },
      { ...ctx, today },
    );

  it('8 December 2569: October, November and December in a row are named as one span, the heading too', () => {
    const items = financeOf(['2026-10', '2026-11', '2026-12']);
    expect(items).toHaveLength(12);
    const mail = openingOn('2026-12-08', items);
    expect(mail.subject).toBe('[ITA] กองคลัง: ถึงรอบรายงานผล ประจำเดือนตุลาคม-ธันวาคม ๒๕๖๙ (๑๒ รายการ)');
    expect(mail.html).toContain(keepWhole('กองคลัง: ถึงรอบรายงานผล ประจำเดือนตุลาคม-ธันวาคม ๒๕๖๙ (๑๒ รายการ)', ['กองคลัง']));
    expect(mail.subject).not.toContain('ประจำเดือนธันวาคม');
  });

  it('two months across the new year name both years; two apart are listed', () => {
    expect(openingOn('2027-01-08', financeOf(['2026-12', '2027-01'])).subject).toBe(
      '[ITA] กองคลัง: ถึงรอบรายงานผล ประจำเดือนธันวาคม ๒๕๖๙-มกราคม ๒๕๗๐ (๘ รายการ)',
    );
    expect(openingOn('2026-12-08', financeOf(['2026-10', '2026-12'])).subject).toBe(
      '[ITA] กองคลัง: ถึงรอบรายงานผล ประจำเดือนตุลาคม และ ธันวาคม ๒๕๖๙ (๘ รายการ)',
    );
  });

  it('more than three months name no month but count them, and the other periods still follow', () => {
    const months = ['2026-10', '2026-11', '2026-12', '2027-01', '2027-02'];
    const subject = openingOn('2027-02-08', financeOf([...months, 'H1'], true)).subject;
    expect(subject).toBe('[ITA] กองคลัง: ถึงรอบรายงานผล รายเดือน ๕ เดือน และ ครึ่งปีแรก ปีงบประมาณ ๒๕๗๐ (๒๓ รายการ)');
    expect(subject).not.toMatch(/ตุลาคม|พฤศจิกายน|ธันวาคม|มกราคม|กุมภาพันธ์/);
  });

  it("a month's opening with last month's listed again below still names the month that opens (unchanged)", () => {
    const mail = openingOn('2026-11-02', financeOf(['2026-11']), financeOf(['2026-10']));
    expect(mail.subject).toBe('[ITA] กองคลัง: ถึงรอบรายงานผล ประจำเดือนพฤศจิกายน ๒๕๖๙ (๘ รายการ)');
  });
});

// Tester s44 F1: a city's executives got three parts of one escalation, two with the same subject
// "(๙๘ จาก ๒๖๒ รายการ)", each numbered from ๑. A part now says which of how many it is and which items.
describe('one part of an escalation split over three emails says which part and which items', () => {
  const items = obligations.map((o) => ({ obligation: o, status: 'overdue' as const }));
  const part = (index: number, first: number, elsewhere: number) =>
    renderReminder(
      {
        stage: 'escalation-executive',
        audience: { kind: 'executives' },
        items,
        elsewhere,
        part: { index, of: 3, first },
      },
      ctx,
    );

  it('the middle part: its subject, its numbers from ๙๙, the other two parts named', () => {
    const mail = part(2, 99, 200);
    expect(mail.subject).toBe('[ITA] ผู้บริหาร: รายงานค้างส่งเกิน ๑๔ วัน (ฉบับที่ ๒/๓: รายการที่ ๙๙–๑๐๒ จาก ๒๐๔)');
    expect([...mail.text.matchAll(/^([๐-๙]+)\. /gm)].map((x) => x[1])).toEqual(['๙๙', '๑๐๐', '๑๐๑', '๑๐๒']);
    expect(mail.text).toContain('\nและอีก ๒๐๐ รายการ ในอีเมลฉบับอื่นที่ส่งถึงคุณ (ฉบับที่ ๑ และ ๓)\n');
    expect(mail.html).toContain('๑๐๒. ');
  });

  it('the first and the last part (neighbours): each names the others, none repeats a subject', () => {
    const first = part(1, 1, 200);
    const last = part(3, 197, 200);
    expect(first.text).toContain('(ฉบับที่ ๒ และ ๓)\n');
    expect(last.text).toContain('(ฉบับที่ ๑ และ ๒)\n');
    expect(last.text).toMatch(/^๑๙๗\. /m);
    expect(new Set([first.subject, part(2, 99, 200).subject, last.subject]).size).toBe(3);
  });
});

/** The hidden first line a mail list shows after the subject, its dates' no-break spaces plain. */
const preheader = (html: string) =>
  /<div class="preheader"[^>]*>([^<]*)<\/div>/.exec(html)?.[1]?.replaceAll('\u00a0', ' ');

// Tester (session 45): a later part's preheader said "และอีก ๙๗ รายการ" (counted in its own list) while its
// body said "และอีก ๑๖๔ รายการ ในอีเมลฉบับอื่น": the preheader now names the part's range, as the subject.
describe("a part's preheader says which items of how many it lists, as its body does", () => {
  const items = obligations.map((o) => ({ obligation: o, status: 'overdue' as const }));
  const part = (index: number, first: number, elsewhere: number) =>
    renderReminder(
      {
        stage: 'escalation-executive',
        audience: { kind: 'executives' },
        items,
        elsewhere,
        part: { index, of: 3, first },
      },
      ctx,
    );

  it('the middle part: "ฉบับที่ ๒/๓: รายการที่ ๙๙–๑๐๒ จาก ๒๐๔", no "และอีก ๓ รายการ" of its own list', () => {
    const mail = part(2, 99, 200);
    const line = preheader(mail.html)!;
    expect(line).toMatch(/^ฉบับที่ ๒\/๓: รายการที่ ๙๙–๑๐๒ จาก ๒๐๔ · ครบกำหนด ๓๐ เม\.ย\. ๒๕๖๖: /);
    expect(line).not.toContain('และอีก');
    // the body's rest is the other parts' 200, and the range's total says the same
    expect(mail.text).toContain('และอีก ๒๐๐ รายการ ในอีเมลฉบับอื่น');
    expect(mail.text).toMatch(/^๙๙\. /m);
  });

  it('the first and the last part (neighbours): each its own range', () => {
    expect(preheader(part(1, 1, 200).html)).toMatch(/^ฉบับที่ ๑\/๓: รายการที่ ๑–๔ จาก ๒๐๔ · ครบกำหนด /);
    expect(preheader(part(3, 197, 200).html)).toMatch(/^ฉบับที่ ๓\/๓: รายการที่ ๑๙๗–๒๐๐ จาก ๒๐๔ · ครบกำหนด /);
    expect(preheader(part(3, 197, 200).html)).not.toContain('และอีก');
  });

  it('one email holding them all (unchanged): the first due date and title, and how many more in it', () => {
    const mail = renderReminder({ stage: 'escalation-executive', audience: { kind: 'executives' }, items }, ctx);
    expect(preheader(mail.html)).toMatch(/^ครบกำหนด ๓๐ เม\.ย\. ๒๕๖๖: .+ และอีก ๓ รายการ$/);
  });

  it('a part rendered from an older recipe, without its place (neighbour): its count of the whole, as its subject', () => {
    const mail = renderReminder(
      { stage: 'escalation-executive', audience: { kind: 'executives' }, items, elsewhere: 40 },
      ctx,
    );
    expect(mail.subject).toContain('(๔ จาก ๔๔ รายการ)');
    expect(preheader(mail.html)).toMatch(/^๔ จาก ๔๔ รายการ · ครบกำหนด ๓๐ เม\.ย\. ๒๕๖๖: /);
    expect(preheader(mail.html)).not.toContain('และอีก');
  });

  it("a newcomer's email (neighbour): the rest it counts past the cut-off, as its subject and body do", () => {
    const mail = renderReminder(
      {
        stage: 'backlog',
        audience: { kind: 'unit', unitId: 'finance' },
        items,
        pastCutoff: items.slice(0, 2),
      },
      ctx,
    );
    expect(mail.subject).toContain('(๔ รายการ และเลยกำหนดนานกว่า ๖๐ วันอีก ๒ รายการ)');
    expect(preheader(mail.html)).toMatch(/ และอีก ๓ รายการ และเลยกำหนดนานกว่า ๖๐ วันอีก ๒ รายการ$/);
  });
});

// s46 re-check (P3, the home link's neighbour): a newcomer's email pointed to "หน้างานของงานห้องสมุด"
// for a unit named งาน…; it names the unit's screen as the page heads it
describe("a newcomer's email names the unit's work screen as the page heads it, whatever the unit's name", () => {
  const items = obligations.map((o) => ({ obligation: o, status: 'overdue' as const }));
  const restOf = (unitName: string) => {
    const mail = renderReminder(
      { stage: 'backlog', audience: { kind: 'unit', unitId: 'finance' }, items, pastCutoff: items.slice(0, 2) },
      { ...ctx, unitNames: new Map([['finance', unitName]]) },
    );
    return mail.text.slice(mail.text.indexOf('ซึ่งระบบไม่แจ้งเตือนแล้ว'));
  };

  it.each([
    ['งานห้องสมุด', 'งานที่ต้องรายงานของงานห้องสมุด'],
    ['กองคลัง', 'งานที่ต้องรายงานของกองคลัง'],
    ['สำนักปลัดเทศบาล', 'งานที่ต้องรายงานของสำนักปลัดเทศบาล'],
  ])('%s: \'ดูได้ที่หน้า "%s"\' (quoted: the title is read whole, re-check s47), and its link likewise', (name, title) => {
    const rest = restOf(name);
    expect(rest).toMatch(new RegExp(`^ซึ่งระบบไม่แจ้งเตือนแล้ว ดูได้ที่หน้า "${title}"\n {3}${title} ปีงบประมาณ ๒๕๖๖: `));
    // the old wording, "หน้างานของ…" and a link "งานของ…"
    expect(rest).not.toContain('หน้างานของ');
    expect(rest).not.toMatch(/^ +งานของ/m);
  });
});

// Tester s44: on a phone an email's "๓๐ เมษายน ๒๕๖๖" could break between day, month and year (the
// public page keeps them whole since s43 F11). Every email's HTML keeps it in a nowrap span (emailPage,
// keepWhole), its spaces no-break too; the plain-text part keeps plain spaces.
describe("a Thai date is kept whole in the emails' HTML, plain in their text", () => {
  const NBSP = '\u00a0';
  const kept = (s: string) => `<span style="white-space:nowrap">${s.replaceAll(' ', NBSP)}</span>`;
  const items = obligations.map((o) => ({ obligation: o, status: 'overdue' as const }));

  it('a reminder: its due dates', () => {
    const mail = renderReminder({ stage: 'due', audience: { kind: 'unit', unitId: 'finance' }, items }, ctx);
    expect(mail.html).toContain(`กำหนดส่ง ${kept('๓๐ เมษายน ๒๕๖๖')}`);
    expect(mail.html).not.toContain('๓๐ เมษายน');
    expect(mail.text).toContain('กำหนดส่ง ๓๐ เมษายน ๒๕๖๖');
    expect(mail.text).not.toContain(NBSP);
  });

  it('an escalation (neighbour): a follow-up\'s own short date with a two-digit year, "5 ม.ค. 70"', () => {
    const typed = new Map(
      [...ctx.measures].map(([id, m]) => [
        id,
        {
          ...m,
          // first: an escalation lists the follow-up's text shortened (tester s50)
          followUps: m.followUps.map((f) => ({ ...f, text: `ภายใน 5 ม.ค. 70 และ ๑๕ ก.พ. พ.ศ. ๒๕๗๐ ${f.text}` })),
        },
      ]),
    );
    const mail = renderReminder(
      { stage: 'escalation-head', audience: { kind: 'coordinators' }, items },
      { ...ctx, measures: typed },
    );
    expect(mail.html).toContain(`ภายใน ${kept('5 ม.ค. 70')} และ ${kept('๑๕ ก.พ. พ.ศ. ๒๕๗๐')}`);
    expect(mail.text).toContain('ภายใน 5 ม.ค. 70 และ ๑๕ ก.พ. พ.ศ. ๒๕๗๐');
  });

  it("the executives' summary (neighbour): its range line and the overdue list's due dates", () => {
    const tracked = expandPlan(plan, FIVE_UNITS).map((obligation) => ({ obligation, status: 'overdue' as const }));
    const summary = summarizeCompliance(tracked, { from: '2023-03-01', to: '2023-03-31' }, '2023-04-01', ctx.unitNames);
    const mail = renderSummary(summary, {
      title: 'สรุปผลการรายงานตามมาตรการ ITA ประจำเดือนมีนาคม ๒๕๖๖',
      subjectPeriod: 'สรุปเดือนมีนาคม ๒๕๖๖',
      orgName: ctx.orgName,
      unitNames: ctx.unitNames,
      measures: ctx.measures,
      formUrl: ctx.formUrl,
    });
    expect(mail.html).toContain(`ครบกำหนดระหว่าง ${kept('๑ มีนาคม ๒๕๖๖')} ถึง ${kept('๓๑ มีนาคม ๒๕๖๖')}`);
    expect(mail.html).toContain(`กำหนดส่ง ${kept('๓๑ ตุลาคม ๒๕๖๕')}`);
    expect(mail.text).toContain('ครบกำหนดระหว่าง ๑ มีนาคม ๒๕๖๖ ถึง ๓๑ มีนาคม ๒๕๖๖');
    expect(mail.text).not.toContain(NBSP);
  });
});

// s45 re-check: a month with its year ("ประจำเดือนมีนาคม ๒๕๖๖", no day) and a unit's name ("กองการ" /
// "ศึกษา") could still break across lines at 360 px: the page keeps them whole (web/src/dom.ts), the
// emails now too, by one helper every email kind's HTML goes through (keepWhole, in emailPage).
describe("a month with its year and a unit's name are kept whole in every email's HTML", () => {
  const NBSP = '\u00a0';
  const kept = (s: string) => `<span style="white-space:nowrap">${s.replaceAll(' ', NBSP)}</span>`;
  const unitNames = new Map([
    ['finance', 'กองคลัง'],
    ['health', 'กองสาธารณสุขและสิ่งแวดล้อม'],
    ['education', 'กองการศึกษา ศาสนาและวัฒนธรรม'],
  ]);

  it("a reminder's heading: the unit and the month with its year, each whole; the text part and <title> as they were", () => {
    const mail = renderReminder(
      {
        stage: 'opening',
        audience: { kind: 'unit', unitId: 'finance' },
        items: obligations.map((o) => ({ obligation: o, status: 'due' as const })),
      },
      { ...ctx, unitNames },
    );
    expect(mail.html).toContain(
      `<h1 style="font-size:20px;line-height:1.4;margin:0 0 12px">${kept('กองคลัง')}: ถึงรอบรายงานผล ประจำเดือน${kept('เมษายน ๒๕๖๖')} (๔ รายการ)</h1>`,
    );
    // the org's name whole too (tester s55)
    expect(mail.html).toContain(`<p style="margin:0 0 8px">เรียน ${kept('กองคลัง')} ${kept('เทศบาลตำบลดอนอะระง')}</p>`);
    expect(mail.html).toContain('<title>กองคลัง: ถึงรอบรายงานผล ประจำเดือนเมษายน ๒๕๖๖ (๔ รายการ)</title>');
    expect(mail.text).toContain('เรียน กองคลัง เทศบาลตำบลดอนอะระง');
    expect(mail.text).not.toContain(NBSP);
  });

  it("the executives' summary (neighbour): its heading's month and year, each unit's name in its table; a name too long for a phone's line is left to wrap", () => {
    const tracked = expandPlan(plan, FIVE_UNITS).map((obligation) => ({ obligation, status: 'overdue' as const }));
    const summary = summarizeCompliance(tracked, { from: '2023-03-01', to: '2023-03-31' }, '2023-04-01', unitNames);
    const mail = renderSummary(summary, {
      title: 'สรุปผลการรายงานตามมาตรการ ITA ประจำเดือนมีนาคม ๒๕๖๖',
      subjectPeriod: 'สรุปเดือนมีนาคม ๒๕๖๖',
      orgName: ctx.orgName,
      unitNames,
      measures: ctx.measures,
      formUrl: ctx.formUrl,
    });
    expect(mail.html).toContain(`>สรุปผลการรายงานตามมาตรการ ITA ประจำเดือน${kept('มีนาคม ๒๕๖๖')}</h1>`);
    expect(mail.html).toContain(`>${kept('กองสาธารณสุขและสิ่งแวดล้อม')}</td>`);
    // 26 letters that take room: wider than a 320 px phone's heading, so it may wrap
    expect(mail.html).toContain('>กองการศึกษา ศาสนาและวัฒนธรรม</td>');
    expect(mail.text).toContain('สรุปผลการรายงานตามมาตรการ ITA ประจำเดือนมีนาคม ๒๕๖๖');
  });

  it('a name with brackets, a dot or & (neighbour) is found as the HTML writes it, whole', () => {
    const name = 'งานพัสดุ (ก.) & คลัง';
    expect(keepWhole(`<p>เรียน ${escapeHtml(name)} ครบกำหนดเดือนมีนาคม ๒๕๖๖</p>`, [name])).toBe(
      `<p>เรียน ${kept('งานพัสดุ (ก.) &amp; คลัง')} ครบกำหนดเดือน${kept('มีนาคม ๒๕๖๖')}</p>`,
    );
  });

  it("the annual report's email and the invitation (neighbours): their dates, by the same helper", () => {
    const annual = renderAnnualReportEmail(
      buildAnnualReport({
        org: SAMPLE_ORG,
        units: SAMPLE_UNITS,
        plan: samplePlan(),
        reports: new Map(),
        asOf: '2023-03-15',
      }),
      1,
      'https://ita.example.org/',
    );
    expect(annual.html).toContain(`ข้อมูล ณ วันที่ ${kept('๑๕ มีนาคม ๒๕๖๖')}`);
    const invitation = renderInvitation({
      orgName: ctx.orgName,
      name: 'นางสาวสมศรี ใจงาม',
      pageUrl: ctx.formUrl,
      email: 'somsri@example.org',
      signIn: { kind: 'password', temporaryPassword: 'Abc-12345', validDays: 7 },
      sentAt: new Date('2023-04-27T03:00:00Z'),
    });
    expect(invitation.html).toContain(`(ถึงวันที่ ${kept('๓ พฤษภาคม ๒๕๖๖')})`);
    expect(invitation.text).toContain('(ถึงวันที่ ๓ พฤษภาคม ๒๕๖๖)');
  });
});

// tester s47 (P3): a reminder about last fiscal year says its year in the subject
describe("a reminder's subject names an earlier fiscal year it lists", () => {
  const due: PlainDate = '2023-09-30';
  const september: TrackedObligation[] = obligations.map((o) => ({
    obligation: { ...o, periodId: '2023-09', dueDate: due },
    status: 'overdue',
  }));
  const subjectOn = (today: PlainDate, items: TrackedObligation[]) =>
    renderReminder(
      { stage: 'escalation-head', audience: { kind: 'unit-head', unitId: 'finance' }, items },
      { ...ctx, today },
    ).subject;

  it('FY2566 reports on 9 October 2023 (FY2567 running): the year', () => {
    expect(subjectOn('2023-10-09', september)).toBe('[ITA] กองคลัง: รายงานค้างส่งเกิน ๗ วัน ปีงบประมาณ ๒๕๖๖ (๔ รายการ)');
  });

  it('FY2566 and FY2567 reports in one email: both years', () => {
    const october = september.map((t) => ({ ...t, obligation: { ...t.obligation, fy: 2567 } }));
    expect(subjectOn('2023-11-09', [september[0]!, october[1]!])).toBe(
      '[ITA] กองคลัง: รายงานค้างส่งเกิน ๗ วัน ปีงบประมาณ ๒๕๖๖ และ ๒๕๖๗ (๒ รายการ)',
    );
  });

  it('FY2566 reports on 8 September 2023 (its own year): no year', () => {
    expect(subjectOn('2023-09-08', september)).toBe('[ITA] กองคลัง: รายงานค้างส่งเกิน ๗ วัน (๔ รายการ)');
  });
});
