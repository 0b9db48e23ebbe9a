// Which ladder stage a reminder email is, read from its Thai subject as a reader sees it (the
// executives' subject also says "ค้างส่งเกิน", so the longer phrases are matched first).
const STAGES: [string, string][] = [
  ['รายงานค้างส่งของหน่วยงานที่คุณเข้ามารับผิดชอบ', 'backlog'],
  ['ถูกส่งกลับให้แก้ไข', 'returned'],
  ['ค้างส่งเกิน ๑๔ วัน', 'executives'],
  ['ค้างส่งเกิน ๗ วัน', 'head'],
  ['เลยกำหนดส่งรายงาน', 'overdue'],
  ['ถึงกำหนดส่งรายงาน', 'due'],
  ['ใกล้ครบกำหนดส่งรายงาน', 'due-soon'],
  ['ถึงรอบรายงานผล', 'opening'],
];

/** 'backlog' | 'returned' | 'executives' | 'head' | 'overdue' | 'due' | 'due-soon' | 'opening', or the subject itself. */
export const stageOf = (subject: string): string => STAGES.find(([s]) => subject.includes(s))?.[1] ?? subject;
