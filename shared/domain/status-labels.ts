// Thai names of the states people see: report progress, obligation status, review state.
import type { ObligationStatus } from './obligations.js';
import type { Role } from './organisation.js';
import type { Report } from './report.js';
import type { ReviewDecision } from './report-rules.js';

export const PROGRESS_LABELS: Readonly<Record<Report['progress'], string>> = {
  not_started: 'ยังไม่ได้ดำเนินการ',
  in_progress: 'อยู่ระหว่างดำเนินการ',
  done: 'ดำเนินการแล้วเสร็จ',
};

export const OBLIGATION_STATUS_LABELS: Readonly<Record<ObligationStatus, string>> = {
  upcoming: 'ยังไม่ถึงรอบรายงาน',
  due: 'รอรายงาน',
  overdue: 'เลยกำหนด',
  submitted: 'ส่งแล้ว รอตรวจ',
  accepted: 'ตรวจรับแล้ว',
  returned: 'ส่งกลับให้แก้ไข',
};

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  staff: 'เจ้าหน้าที่',
  coordinator: 'คณะทำงาน ITA',
  executive: 'ผู้บริหาร',
  admin: 'ผู้ดูแลระบบ',
};

/**
 * Above a reviewed report's comment, on the page and in the emails: "ความเห็นของคณะทำงาน ITA" (the
 * reviewers are the coordinators; tester s38: the page said "ความเห็นผู้ตรวจ").
 */
export const REVIEW_COMMENT_LABEL = `ความเห็นของ${ROLE_LABELS.coordinator}`;

/** A head of unit, as the page and the local sign-in list name them. */
export const HEAD_OF_UNIT_LABEL = 'หัวหน้าหน่วยงาน';

/**
 * A person's roles as people read them, wherever they are named (the page's header and people
 * list, the local sign-in list): a head of unit's staff role is "หัวหน้าหน่วยงาน", other roles
 * follow ("หัวหน้าหน่วยงาน, คณะทำงาน ITA"). Tester s37 #3: the header said "เจ้าหน้าที่" of a head
 * the sign-in list called "หัวหน้าหน่วยงาน".
 */
export function roleLabelsOf(person: { roles: readonly Role[]; headOfUnit: boolean }): string {
  const labels = person.roles.map((r) => (r === 'staff' && person.headOfUnit ? HEAD_OF_UNIT_LABEL : ROLE_LABELS[r]));
  if (person.headOfUnit && !person.roles.includes('staff')) labels.unshift(HEAD_OF_UNIT_LABEL);
  return labels.join(', ');
}

export const DECISION_LABELS: Readonly<Record<ReviewDecision, string>> = {
  accept: 'รับรายงาน',
  return: 'ส่งกลับให้แก้ไข',
  reopen: 'เปิดให้แก้ไขอีกครั้ง',
};

/** Thai names of the choices people make on forms, for error messages ("กรุณาเลือก…"). */
export const CHOICE_LABELS: Readonly<Record<string, string>> = {
  ...PROGRESS_LABELS,
  ...DECISION_LABELS,
  ...ROLE_LABELS,
};
