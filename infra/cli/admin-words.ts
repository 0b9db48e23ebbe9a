// The admin CLI's own words for refusals whose API wording speaks of a page.
import { ConflictError } from '../../shared/domain/errors.js';

/**
 * A person change that gave up to writers of the same person (updatePerson's 409, the one with no
 * field) says to reload the page and save again: a CLI user has no page, so they run the command
 * again. Any other error is returned as it is (the last coordinator's 409 names its field).
 */
export function personChangeInCliWords(error: unknown): unknown {
  if (error instanceof ConflictError && error.fields.length === 0)
    return new ConflictError(
      'ข้อมูลของผู้ใช้งานนี้กำลังถูกแก้ไขจากที่อื่นในเวลาเดียวกัน จึงยังไม่ได้เปลี่ยนแปลงอะไร กรุณาสั่งคำสั่งเดิมอีกครั้ง',
      'this person is being changed elsewhere at the same time, so nothing was changed: run the same command again',
    );
  return error;
}
