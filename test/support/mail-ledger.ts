// Reading a received reminder as its recipient sees it: the stage (from the subject) and the
// obligations it lists (from the links to their screens).
import type { LadderStage } from '../../shared/domain/reminder-ladder.js';

export type MailStage = LadderStage | 'returned' | 'summary';

const SUBJECT_STAGES: [string, MailStage][] = [
  ['ใกล้ครบกำหนดส่งรายงาน', 'due-soon'],
  ['ถึงกำหนดส่งรายงาน', 'due'],
  ['เลยกำหนดส่งรายงาน', 'overdue'],
  ['เรียนผู้บริหาร: รายงานค้างส่งเกิน', 'escalation-executive'],
  ['รายงานค้างส่งเกิน ๗ วัน', 'escalation-head'],
  ['ถึงรอบรายงานผล', 'opening'],
  ['รายงานถูกส่งกลับ', 'returned'],
];

/** The ladder stage a reminder's subject names; any other email (digests, summaries) is 'summary'. */
export function stageOfSubject(subject: string): MailStage {
  return SUBJECT_STAGES.find(([phrase]) => subject.includes(phrase))?.[1] ?? 'summary';
}

/** The obligation ids an email links to (#/fy/{fy}/o/{id}), sorted. */
export function obligationIdsIn(html: string): string[] {
  return [...new Set([...html.matchAll(/#\/fy\/\d+\/o\/([^"'<\s]+)/g)].map((m) => decodeURIComponent(m[1]!)))].sort();
}
