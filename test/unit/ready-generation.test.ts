// A route that needs a ready generation (publish, signed copy, download link) refuses one that is
// not ready for what it is: none (404), still being made or failed (409, what to do).
import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, readyGeneration } from '../../shared/domain/errors.js';

const refusal = (found: Parameters<typeof readyGeneration>[0], generation = 3) => {
  try {
    readyGeneration(found, generation);
  } catch (error) {
    return error as NotFoundError | ConflictError;
  }
  throw new Error('not refused');
};

describe('readyGeneration', () => {
  it('no such generation: 404 ไม่พบเอกสารฉบับนี้', () => {
    const error = refusal(undefined, 99);
    expect(error).toBeInstanceOf(NotFoundError);
    expect([error.message_th, error.message_en]).toEqual(['ไม่พบเอกสารฉบับนี้', 'no generation 99']);
  });

  it('a pending one: 409, still being made, try when ready', () => {
    const error = refusal({ status: 'pending' }, 12);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message_th).toBe('ฉบับที่ ๑๒ ยังจัดทำไม่เสร็จ กรุณาลองอีกครั้งเมื่อจัดทำเสร็จแล้ว');
    expect(error.message_en).toBe('generation 12 is still being made: try again when it is ready');
  });

  it('a failed one: 409, make a new generation, with the reason it records', () => {
    const failure = {
      message_th: 'ยังไม่มีแผนมาตรการของปีงบประมาณ ๒๕๖๕',
      message_en: 'there is no plan for fiscal year 2565',
    };
    const error = refusal({ status: 'failed', failure });
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message_th).toBe('ฉบับที่ ๓ จัดทำไม่สำเร็จ (ยังไม่มีแผนมาตรการของปีงบประมาณ ๒๕๖๕) กรุณาสั่งจัดทำฉบับใหม่');
    expect(error.message_en).toBe(
      'generation 3 could not be made (there is no plan for fiscal year 2565): make a new generation',
    );
  });

  it('a failed one without a recorded reason: the same, without one', () => {
    const error = refusal({ status: 'failed' });
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message_th).toBe('ฉบับที่ ๓ จัดทำไม่สำเร็จ กรุณาสั่งจัดทำฉบับใหม่');
    expect(error.message_en).toBe('generation 3 could not be made: make a new generation');
  });

  it('a ready one is given back', () => {
    const found = { status: 'ready', generation: 3 };
    expect(readyGeneration(found, 3)).toBe(found);
  });
});
