// The count labels the summaries and the results report's email keep whole on a phone (keepWhole).
import { IN_GRACE_TH } from '../domain/compliance-summary.js';

/**
 * Each kept on one line: at a 320 px line's end "· รอ" / "ส่งย้อนหลัง" read "wait" (s49), "ยังไม่" /
 * "ส่ง", "ส่ง" / "ล่าช้า" parted the label from its meaning (session 50). Not the API's (html.ts is).
 */
export const WHOLE_COUNT_LABELS: readonly string[] = [IN_GRACE_TH, 'ส่งตรงเวลา', 'ส่งล่าช้า', 'ยังไม่ส่ง'];

/**
 * The results report's email's too: its headline's "ภาระการรายงานที่ครบกำหนด" broke "ครบ" / "กำหนด" and its
 * note's "ไม่ได้ส่ง" broke "ไม่ได้" / "ส่ง" at 360-375 px (re-check s50).
 */
export const WHOLE_RESULTS_LABELS: readonly string[] = [...WHOLE_COUNT_LABELS, 'ครบกำหนด', 'ไม่ได้ส่ง'];
