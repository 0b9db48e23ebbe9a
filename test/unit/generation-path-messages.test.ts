// A generation number in a document's path ("…/annual-report/{generation}/publish") that is not one
// is refused naming the field as the documents screen does, "ฉบับที่", not the anonymous "ข้อมูล".
import { describe, expect, it } from 'vitest';
import { GenerationParams, PublishParams } from '../../shared/api/request-schemas.js';
import { fieldMessages } from '../../shared/domain/validation-messages.js';

const publishMessages = (generation: string) => {
  const result = PublishParams.safeParse({ fy: '2566', generation });
  return result.success ? [] : fieldMessages(result.error, 'path');
};

describe('a generation in the path that is not a generation number', () => {
  it.each(['0', '๒', 'abc', '02'])('publishing generation "%s" is told "ฉบับที่…" on path.generation', (generation) => {
    const [message, ...others] = publishMessages(generation);
    expect(others).toEqual([]);
    expect(message?.path).toBe('path.generation');
    expect(message?.message_th).toMatch(/^ฉบับที่/);
    expect(message?.message_en).toMatch(/^generation /);
  });

  it('a number past the last generation says the most there can be', () => {
    const [message] = publishMessages('10000');
    expect(message?.message_th).toBe('ฉบับที่ต้องไม่เกิน ๙๙๙๙');
  });

  it('a download link for a generation is told the same', () => {
    const result = GenerationParams.safeParse({ fy: '2566', generation: 'x', file: 'report.pdf' });
    expect(result.success ? [] : fieldMessages(result.error, 'path').map((m) => m.message_th)).toEqual([
      'ฉบับที่มีอักขระหรือรูปแบบที่ไม่อนุญาต',
    ]);
  });
});
