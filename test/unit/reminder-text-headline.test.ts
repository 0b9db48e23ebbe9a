// Session 51: a reminder's HTML opens with its headline ("ผู้บริหาร: รายงานค้างส่งเกิน ๑๔ วัน (๓๐
// รายการ)"), its text part opened with the greeting: the headline was in the HTML only. The digest's
// and the results report's text parts open with theirs; so does every reminder's now, word for word.
import { describe, expect, it } from 'vitest';
import { expandPlan } from '../../shared/domain/obligations.js';
import type { ReminderBatch, TrackedObligation } from '../../shared/domain/reminder-plan.js';
import { renderReminder } from '../../shared/mail/reminder-email.js';
import { FIVE_UNITS, importSeedPlan } from '../support/seed-plan.js';
import { htmlWords } from '../support/mailbox.js';

const { plan } = importSeedPlan();
const overdue: TrackedObligation[] = expandPlan(plan, FIVE_UNITS)
  .filter((o) => o.dueDate <= '2023-03-31')
  .map((obligation) => ({ obligation, status: 'overdue' as const }));
const ctx = {
  orgName: 'เทศบาลตำบลดอนอะระง',
  unitNames: new Map([
    ['clerk', 'สำนักปลัดเทศบาล'],
    ['finance', 'กองคลัง'],
    ['engineering', 'กองช่าง'],
    ['education', 'กองการศึกษา'],
    ['health', 'กองสาธารณสุขและสิ่งแวดล้อม'],
  ]),
  measures: new Map(plan.measures.map((m) => [m.measureId, m])),
  today: '2023-04-20' as const,
  formUrl: 'https://ita.example.org',
};
const finance = overdue.filter((t) => t.obligation.unitId === 'finance');

/** The HTML's headline (h1) as a reader sees it. */
const headline = (html: string) =>
  /<h1[^>]*>(.*?)<\/h1>/s
    .exec(htmlWords(html))![1]!
    .replace(/<[^>]+>/g, '')
    .replaceAll('\u00a0', ' ');

describe("a reminder's text part opens with its HTML's headline, word for word", () => {
  it.each<[string, ReminderBatch, string]>([
    [
      "the staff's overdue reminder",
      { stage: 'overdue', audience: { kind: 'unit', unitId: 'finance' }, items: finance.slice(0, 3) },
      'กองคลัง: เลยกำหนดส่งรายงาน (๓ รายการ)',
    ],
    [
      "the unit head's escalation",
      { stage: 'escalation-head', audience: { kind: 'unit-head', unitId: 'finance' }, items: finance.slice(0, 5) },
      'กองคลัง: รายงานค้างส่งเกิน ๗ วัน (๕ รายการ)',
    ],
    [
      "the executives' escalation",
      { stage: 'escalation-executive', audience: { kind: 'executives' }, items: overdue.slice(0, 30) },
      'ผู้บริหาร: รายงานค้างส่งเกิน ๑๔ วัน (๓๐ รายการ)',
    ],
    [
      "the coordinators' escalation",
      { stage: 'escalation-executive', audience: { kind: 'coordinators' }, items: overdue.slice(0, 30) },
      'คณะทำงาน ITA: รายงานค้างส่งเกิน ๑๔ วัน (๓๐ รายการ)',
    ],
  ])('%s', (_n, batch, title) => {
    const mail = renderReminder(batch, ctx);
    expect(headline(mail.html)).toBe(title);
    expect(mail.text.split('\n').slice(0, 3)).toEqual([title, '', expect.stringMatching(/^เรียน /)]);
  });
});
