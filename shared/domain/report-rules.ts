// What may happen to a report, by its review state and its number of versions.
import { ConflictError, conflictOn } from './errors.js';
import { DECISION_LABELS } from './status-labels.js';
import { toThaiDigits } from './thai-format.js';
import type { ReviewState } from './report.js';

/**
 * Versions one report may have (the first submission included). A version is at most about the
 * request's 64 KB, but up to 4 times that in Lambda's response (a `"` is 2 bytes in the body and 4
 * once the body is a string in the runtime's envelope), so 50 of them can pass its 6 MB: the
 * history is paginated and a page is bounded by bytes too (list-report-versions.ts).
 */
export const MAX_REPORT_VERSIONS = 50;

/** The longest review comment (POST …/review's `comment`; the page's count under the box). */
export const MAX_REVIEW_COMMENT_LENGTH = 2000;

/** A coordinator's decision on the latest version (POST …/review). */
export type ReviewDecision = 'accept' | 'return' | 'reopen';

/** The review state a decision leaves; a reopened report goes back to the unit like a returned one. */
export const STATE_AFTER: Readonly<Record<ReviewDecision, ReviewState>> = {
  accept: 'accepted',
  return: 'returned',
  reopen: 'returned',
};

/** 409: an accepted report is final until a coordinator reopens it. */
export function acceptedReportIsFinal(currentVersion: number): ConflictError {
  return new ConflictError(
    'รายงานนี้ตรวจรับแล้ว จึงแก้ไขไม่ได้ หากต้องแก้ไข กรุณาขอให้คณะทำงาน ITA เปิดรายงานให้แก้ไขอีกครั้ง',
    'this report was accepted and cannot be revised; ask the ITA coordinator to reopen it',
    [],
    { currentVersion, reviewState: 'accepted' },
  );
}

/** 409: accept or return asked of a report that is already accepted. */
export function alreadyAccepted(currentVersion: number): ConflictError {
  return conflictOn(
    'body.decision',
    `รายงานนี้ตรวจรับแล้ว หากต้องการให้หน่วยงานแก้ไข ให้เลือก "${DECISION_LABELS.reopen}" (reopen)`,
    'this report is already accepted; to let the unit change it, reopen it (decision "reopen")',
    { currentVersion, reviewState: 'accepted' },
  );
}

/**
 * 409: accept asked of a report that says "not started" (ยังไม่ได้เริ่ม): it settles nothing
 * (settlement.ts), so accepting it would lock the unit out of a report the year still counts as not
 * sent (break s30-u F6). Return it instead.
 */
export function notStartedCannotBeAccepted(currentVersion: number): ConflictError {
  return new ConflictError(
    'รายงานนี้แจ้งว่ายังไม่ได้เริ่มดำเนินการ ซึ่งยังนับว่าไม่ได้ส่ง จึงตรวจรับไม่ได้ หากต้องการให้หน่วยงานรายงานผล ให้ส่งกลับไปแก้ไขพร้อมความเห็น',
    'this report says "not started", which still counts as not sent, so it cannot be accepted; return it to the unit with a comment instead',
    [
      {
        path: 'body.decision',
        message_th: 'ตรวจรับรายงานที่ยังไม่ได้เริ่มดำเนินการไม่ได้ ให้เลือก "ส่งกลับไปแก้ไข"',
        message_en: 'a "not started" report cannot be accepted; return it',
      },
    ],
    { currentVersion, progress: 'not_started' },
  );
}

/** 409: reopen asked of a report that is not accepted. */
export function onlyAcceptedReopens(currentVersion: number, state: ReviewState): ConflictError {
  return conflictOn(
    'body.decision',
    `${DECISION_LABELS.reopen}ได้เฉพาะรายงานที่ตรวจรับแล้ว`,
    'only an accepted report can be reopened',
    {
      currentVersion,
      reviewState: state,
    },
  );
}

/** 409: the report has as many versions as it may have. */
export function tooManyVersions(): ConflictError {
  return new ConflictError(
    `รายงานนี้แก้ไขครบ ${toThaiDigits(MAX_REPORT_VERSIONS)} ฉบับแล้ว จึงแก้ไขเพิ่มไม่ได้ กรุณาติดต่อคณะทำงาน ITA`,
    `this report already has ${MAX_REPORT_VERSIONS} versions, the most one report may have; contact the ITA coordinator`,
    [],
    { maxVersions: MAX_REPORT_VERSIONS },
  );
}
