// A JSON number too large for a double (1e309) parses as Infinity: the field says what it holds.
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/domain/errors.js';
import { parseOrThrow } from '../../shared/domain/validation-messages.js';

const fieldsOf = (schema: z.ZodType, raw: string) => {
  try {
    parseOrThrow(schema, JSON.parse(raw), 'body');
  } catch (e) {
    if (e instanceof ValidationError) return e.fields;
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('an overflowing number is refused at its field', () => {
  it('a number field with no range refuses 1e309 as "a number too large", never lets it through', () => {
    expect(fieldsOf(z.object({ score: z.number() }), '{"score":1e309}')).toEqual([
      { path: 'body.score', message_th: 'คะแนนเป็นตัวเลขที่ใหญ่เกินไป', message_en: 'score is a number too large' },
    ]);
  });

  it('-1e309 under a floor says the floor, and other fields keep their own messages', () => {
    const schema = z.object({ size: z.number().int().min(1), fileName: z.string() });
    expect(fieldsOf(schema, '{"size":-1e309,"fileName":5}')).toEqual([
      expect.objectContaining({ path: 'body.size', message_th: 'ขนาดไฟล์ต้องไม่น้อยกว่า ๑' }),
      expect.objectContaining({ path: 'body.fileName', message_th: expect.stringContaining('ชื่อไฟล์ต้องเป็นข้อความ') }),
    ]);
  });

  it('an integer of 1e20 says only its field bound, not also the safe-integer range', () => {
    expect(fieldsOf(z.object({ no: z.number().int().max(10) }), '{"no":1e20}')).toEqual([
      expect.objectContaining({ path: 'body.no', message_th: expect.stringMatching(/^เลขตัวชี้วัดต้องไม่เกิน ๑๐/) }),
    ]);
  });
});
