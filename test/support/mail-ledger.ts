// Reading a received reminder as its recipient sees it: the stage (from the subject) and the
// obligations it lists (from the links to their screens).
import type { LadderStage } from '../../shared/domain/reminder-ladder.js';
import { STILL_OPEN_HEADING } from '../../shared/mail/reminder-email.js';

/** still-open: an obligation a listing run lists again, below the openings */
export type MailStage = LadderStage | 'returned' | 'still-open' | 'summary';

const SUBJECT_STAGES: [string, MailStage][] = [
  ['ใกล้ครบกำหนดส่งรายงาน', 'due-soon'],
  ['ถึงกำหนดส่งรายงาน', 'due'],
  ['เลยกำหนดส่งรายงาน', 'overdue'],
  ['รายงานค้างส่งเกิน ๑๔ วัน', 'escalation-executive'],
  ['รายงานค้างส่งเกิน ๗ วัน', 'escalation-head'],
  ['ถึงรอบรายงานผล', 'opening'],
  ['รายงานถูกส่งกลับ', 'returned'],
];

/** The ladder stage a reminder's subject names; any other email (digests, summaries) is 'summary'. */
export function stageOfSubject(subject: string): MailStage {
  return SUBJECT_STAGES.find(([phrase]) => subject.includes(phrase))?.[1] ?? 'summary';
}

/** The obligation ids an email links to (#/org/{org}/fy/{fy}/o/{id}), sorted. */
export function obligationIdsIn(html: string): string[] {
  return [
    ...new Set(
      [...html.matchAll(/#\/org\/[a-z0-9-]+\/fy\/\d+\/o\/([^"'<\s]+)/g)].map((m) => decodeURIComponent(m[1]!)),
    ),
  ].sort();
}

/**
 * Each obligation an email lists with the stage it is listed at: the subject's stage, or
 * 'still-open' below a listing's still-open heading. A summary lists none.
 */
export function remindersIn(mail: { subject: string; html: string }): { stage: MailStage; id: string }[] {
  const stage = stageOfSubject(mail.subject);
  if (stage === 'summary') return [];
  const [own = '', again = ''] = mail.html.split(STILL_OPEN_HEADING);
  return [
    ...obligationIdsIn(own).map((id) => ({ stage, id })),
    ...obligationIdsIn(again).map((id) => ({ stage: 'still-open' as const, id })),
  ];
}
