// A read-modify-write of one item (a person, a unit) that another writer may change meanwhile.
import { setTimeout as sleep } from 'node:timers/promises';
import { ConflictError } from '../domain/errors.js';

/** Reads and writes of one change before it gives up to others writing the same item. */
const ATTEMPTS = 3;
/** The least pause before reading the item again; up to twice this (jitter). */
const RETRY_PAUSE_MS = 25;

/**
 * `once(attempt)` (1, 2, 3) run again while it fails with an error `changed` says is the item's
 * write condition (someone wrote it since it was read), after a short random pause (writers that met
 * do not meet again at once); after ATTEMPTS, 409 naming `what` ({th, en}: "หน่วยงานนี้", "this
 * unit"), nothing written. Other errors pass through.
 */
export async function retriedOnChange<T>(
  once: (attempt: number) => Promise<T>,
  changed: (error: unknown) => boolean,
  what: { th: string; en: string },
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await once(attempt);
    } catch (error) {
      if (!changed(error)) throw error;
      if (attempt >= ATTEMPTS)
        throw new ConflictError(
          `${what.th}กำลังถูกแก้ไขจากที่อื่น กรุณาเปิดหน้านี้ใหม่แล้วบันทึกอีกครั้ง`,
          `${what.en} is being changed elsewhere; reload and save again`,
        );
      await sleep(RETRY_PAUSE_MS * (1 + Math.random()));
    }
  }
}
