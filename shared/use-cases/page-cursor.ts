// Opaque page cursors over a number: "<tag><n>" in base64url ("o200", "v20", "g7"). Callers must
// not read them; a cursor that does not decode is a 400 on query.cursor.
import { ValidationError } from '../domain/errors.js';

export function encodeCursor(tag: string, n: number): string {
  return Buffer.from(`${tag}${n}`).toString('base64url');
}

/**
 * The number in a cursor made by encodeCursor with the same `tag`, within [min, max].
 * Throws ValidationError (400, field query.cursor) otherwise.
 */
/** The refusal of a cursor that is not one (here and read-audit.ts), written once. */
export const BAD_CURSOR_TH = 'ตำแหน่งหน้าไม่ถูกต้อง';

export function decodeCursor(tag: string, cursor: string, range: { min: number; max: number }): number {
  const match = new RegExp(`^${tag}(\\d{1,9})$`).exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const n = Number(match?.[1]);
  if (!match || !Number.isInteger(n) || n < range.min || n > range.max) {
    const [message_th, message_en] = [BAD_CURSOR_TH, 'invalid cursor'];
    throw new ValidationError(message_th, message_en, [{ path: 'query.cursor', message_th, message_en }]);
  }
  return n;
}
