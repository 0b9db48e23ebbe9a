// Tester s41b (F8): an executive's phone shows ~40 characters of a subject, and the summaries' began
// "[ITA] สรุปผลการรายงานตามมาตรการ ITA ประจำ…" (month cut off), "[ITA] รายงานผลการดำเนินการตามมาตรการ
// รอบ…", with no figure. Each now says its period first, then how many of its reports are unsent.
import { describe, expect, it } from 'vitest';
import type { ComplianceSummary } from '../../shared/domain/compliance-summary.js';
import { assembleOrgYear } from '../../shared/domain/org-year.js';
import { addDays, type PlainDate } from '../../shared/domain/plain-date.js';
import { type OrgRunContext, summaryMail } from '../../shared/jobs/mail-recipes.js';
import { type SummaryPlan, summariesFor } from '../../shared/jobs/summary-plans.js';
import { keepWhole } from '../../shared/mail/html.js';
import { subjectFigureTh } from '../../shared/mail/summary-email.js';
import { kindsFiringOn, SCHEDULES } from '../../shared/schedules/schedule-catalog.js';
import { FIVE_UNITS, importSeedPlan } from '../support/seed-plan.js';

const { plan } = importSeedPlan();

/** The summary `summary` as an executive gets it from a run on `today` (no report sent). */
async function mailOf(summary: SummaryPlan, today: PlainDate) {
  const year = assembleOrgYear({
    plan: { ...plan, version: 1, updatedAt: '2022-10-01T00:00:00Z', updatedBy: 'x' },
    reports: new Map(),
    units: FIVE_UNITS.map((unitId) => ({ unitId, active: true })),
    dueRules: undefined,
    asOf: today,
  });
  const ctx = {
    deps: { settings: { formUrl: 'https://ita.example.org' } },
    org: { orgId: 'demo', name: 'เทศบาลตำบลดอนอะระง' },
    unitNames: new Map([['clerk', 'สำนักปลัดเทศบาล']]),
    today,
    units: [],
    people: [],
    ladder: {},
    year: (fy: number) => Promise.resolve(fy === year.fy ? year : undefined),
  } as unknown as OrgRunContext;
  const person = {
    orgId: 'demo',
    personId: 'mayor',
    email: 'mayor@demo.example.org',
    name: 'นายก',
    roles: ['executive' as const],
    headOfUnit: false,
    active: true,
  };
  return (await summaryMail(ctx, summary, person))!;
}

/** Every summary of fiscal year 2566 the catalog's schedules send (1 November 2022 to 1 October 2023), with its run day. */
function yearsSummaries(): { day: PlainDate; summary: SummaryPlan }[] {
  const out: { day: PlainDate; summary: SummaryPlan }[] = [];
  for (let day: PlainDate = '2022-11-01'; day <= '2023-10-01'; day = addDays(day, 1))
    for (const kind of kindsFiringOn(day)) for (const summary of summariesFor(kind, day)) out.push({ day, summary });
  return out;
}

/**
 * A subject as a phone lays it out: one column for each character, its Thai vowels and tone marks
 * above or below a letter (U+0E31, U+0E34-0E3A, U+0E47-0E4E) with the letter before them.
 */
const columns = (text: string) => text.match(/.[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]*/gsu) ?? [];

/** The text part's headline figures ("ครบกำหนด … รายการ · …"): [due, missing] in Thai digits. */
const totals = (text: string) =>
  /\nครบกำหนด ([๐-๙]+) รายการ · ส่งตรงเวลา [๐-๙]+ · ส่งล่าช้า [๐-๙]+ · ยังไม่ส่ง ([๐-๙]+)/.exec(text)!;

describe("each summary's subject says its period first, then its figure, short for a phone", () => {
  it("March's digest: the month, then ยังไม่ส่ง of ครบกำหนด as the email's own totals say", async () => {
    const mail = await mailOf(summariesFor('monthly', '2023-04-01')[0]!, '2023-04-01');
    const [, due, missing] = totals(mail.text);
    expect(mail.subject).toBe(`[ITA] สรุปเดือนมีนาคม ๒๕๖๖: ยังไม่ส่ง ${missing} จาก ${due} รายการ`);
    // the official wording stays, as the body's heading
    expect(mail.html).toContain(keepWhole('>สรุปผลการรายงานตามมาตรการ ITA ประจำเดือนมีนาคม ๒๕๖๖</h1>'));
  });

  it('the April summary: the first half of the fiscal year, as the reminders name it', async () => {
    const mail = await mailOf(summariesFor('april-september', '2023-04-01')[0]!, '2023-04-01');
    const [, due, missing] = totals(mail.text);
    expect(mail.subject).toBe(`[ITA] สรุปครึ่งปีแรก ปีงบฯ ๒๕๖๖: ยังไม่ส่ง ${missing} จาก ${due} รายการ`);
    expect(mail.html).toContain('>รายงานผลการดำเนินการตามมาตรการ รอบ ๖ เดือนแรก ปีงบประมาณ ๒๕๖๖</h1>');
  });

  it('the September summary: the year, to the day its figures count', async () => {
    const mail = await mailOf(summariesFor('april-september', '2023-09-01')[0]!, '2023-09-01');
    const [, due, missing] = totals(mail.text);
    expect(mail.subject).toBe(`[ITA] สรุปปีงบฯ ๒๕๖๖ ณ ๑ ก.ย.: ยังไม่ส่ง ${missing} จาก ${due} รายการ`);
    expect(mail.text).toContain('ครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๑ กันยายน ๒๕๖๖');
  });

  it('sent by the next working day (4 September): the year to that day, as its figures count', async () => {
    const mail = await mailOf(summariesFor('april-september', '2023-09-01')[0]!, '2023-09-04');
    expect(mail.subject).toMatch(/^\[ITA\] สรุปปีงบฯ ๒๕๖๖ ณ ๔ ก\.ย\.: ยังไม่ส่ง [๐-๙]+ จาก [๐-๙]+ รายการ$/);
    expect(mail.text).toContain('ครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๔ กันยายน ๒๕๖๖');
    // tester s41c F3: the heading said the run's day, 1 September, above figures as of the 4th
    expect(mail.text.split('\n')[0]).toBe('รายงานผลการดำเนินการตามมาตรการ ปีงบประมาณ ๒๕๖๖ (ข้อมูล ณ ๔ กันยายน ๒๕๖๖)');
    expect(mail.html).toContain(keepWhole('>รายงานผลการดำเนินการตามมาตรการ ปีงบประมาณ ๒๕๖๖ (ข้อมูล ณ ๔ กันยายน ๒๕๖๖)</h1>'));
  });

  it.each([
    ['on its own day, 1 September', '2023-09-01', '๑ กันยายน ๒๕๖๖'],
    ['retried on 5 September', '2023-09-05', '๕ กันยายน ๒๕๖๖'],
  ] as const)('the year summary sent %s: its heading says the day its figures count to', async (_, today, said) => {
    const mail = await mailOf(summariesFor('april-september', '2023-09-01')[0]!, today);
    expect(mail.text.split('\n')[0]).toBe(`รายงานผลการดำเนินการตามมาตรการ ปีงบประมาณ ๒๕๖๖ (ข้อมูล ณ ${said})`);
    expect(mail.text).toContain(`(ข้อมูล ณ ${said})`);
  });

  it("every summary of the catalog's year: its period in the first 40 columns, at most 60 in all, Thai digits", async () => {
    const all = yearsSummaries();
    // 12 digests, the April and the September summaries, from the kinds the catalog has
    expect(all.map((s) => s.summary.id.replace(/-\d{4}(-\d{2})?$/, '')).sort()).toEqual([
      ...Array<string>(12).fill('digest'),
      'h1',
      'year',
    ]);
    expect(new Set(SCHEDULES.flatMap((s) => summariesFor(s.input.kind, '2023-09-01').map((p) => p.id)))).toEqual(
      new Set(['digest-2023-08', 'year-2566']),
    );
    for (const { day, summary } of all) {
      const { subject } = await mailOf(summary, day);
      expect(subject, summary.id).toMatch(/^\[ITA\] สรุป.*: ยังไม่ส่ง [๐-๙]+ จาก [๐-๙]+ รายการ$/);
      expect(columns(subject).length, subject).toBeLessThanOrEqual(60);
      expect(columns(subject).slice(0, 40).join(''), subject).toMatch(
        /สรุปเดือน\S+ ๒๕๖[๕๖]:|สรุปครึ่งปีแรก ปีงบฯ ๒๕๖๖:|สรุปปีงบฯ ๒๕๖๖ ณ [๐-๙]+ ก\.ย\.:/,
      );
      expect(subject, subject).not.toMatch(/[0-9]/);
      expect(subject.match(/ITA/g), subject).toHaveLength(1);
    }
  });
});

describe("the subject's figure", () => {
  const summary = (due: number, missing: number, inGrace = 0) =>
    ({ total: { due, missing, inGrace } }) as unknown as ComplianceSummary;

  it.each([
    ['some unsent', summary(31, 29), undefined, 'ยังไม่ส่ง ๒๙ จาก ๓๑ รายการ'],
    ['every report sent', summary(31, 0), undefined, 'ส่งครบ ๓๑ รายการ'],
    ['nothing due yet', summary(0, 0), undefined, 'ยังไม่มีรายงานครบกำหนด'],
    // re-check 2 s48: "ส่งครบ ๒๕ รายการ" while 23 were still being back-reported (in grace, not sent)
    ['none missing, some in grace', summary(25, 0, 23), undefined, 'ส่งแล้ว ๒ จาก ๒๕ รายการ · รอส่งย้อนหลัง ๒๓'],
    ['some missing, some in grace', summary(25, 3, 20), undefined, 'ยังไม่ส่ง ๓ จาก ๒๕ รายการ · รอส่งย้อนหลัง ๒๐'],
    ['all in grace', summary(12, 0, 12), undefined, 'ส่งแล้ว ๐ จาก ๑๒ รายการ · รอส่งย้อนหลัง ๑๒'],
    ['in grace in the earlier year only', summary(4, 0), summary(5, 0, 2), 'ส่งแล้ว ๗ จาก ๙ รายการ · รอส่งย้อนหลัง ๒'],
    [
      "a digest with the earlier year's section: both years' reports due in its month",
      summary(0, 0),
      summary(5, 2),
      'ยังไม่ส่ง ๒ จาก ๕ รายการ',
    ],
  ])('%s', (_name, own, earlier, figure) => {
    expect(subjectFigureTh(own, earlier)).toBe(figure);
  });
});
