// Re-check 2 s49 (P3): a digest's indicator line whose due work was all in its grace ended "(๐%)",
// read as failure though every report could still be sent on time. It says รอส่งย้อนหลัง instead.
import { describe, expect, it } from 'vitest';
import { percentText } from '../../shared/mail/summary-email.js';

const counts = (c: Partial<{ onTime: number; late: number; missing: number; inGrace: number; notYetDue: number }>) => {
  const all = { onTime: 0, late: 0, missing: 0, inGrace: 0, notYetDue: 0, ...c };
  return { ...all, due: all.onTime + all.late + all.missing + all.inGrace };
};

describe("a digest indicator line's share when its due work is in its grace", () => {
  it('all five due in their grace: รอส่งย้อนหลัง, not ๐%', () => {
    expect(percentText(counts({ inGrace: 5 }))).toBe('รอส่งย้อนหลัง');
    expect(percentText(counts({ inGrace: 1, notYetDue: 4 }))).toBe('รอส่งย้อนหลัง');
  });

  it('some sent or missing beside the grace: the share sent, as before', () => {
    expect(percentText(counts({ onTime: 1, inGrace: 3 }))).toBe('๒๕%');
    expect(percentText(counts({ missing: 2, inGrace: 2 }))).toBe('๐%');
  });

  it('nothing due: ยังไม่ถึงกำหนด', () => {
    expect(percentText(counts({ notYetDue: 3 }))).toBe('ยังไม่ถึงกำหนด');
  });
});
