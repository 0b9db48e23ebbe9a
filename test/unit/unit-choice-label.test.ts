// Re-check s46: the plan editor's unit box read "… (ปิดการใช้งานแล้ว) (รายงานตั้งแต่เดือนเมษายน ๒๕๖๖)",
// two brackets after one name. A unit's choice says what is to know of it in one bracket.
import { describe, expect, it } from 'vitest';
import { unitChoiceLabel } from '../../shared/domain/active-units.js';

describe("a unit's label among a measure's or follow-up's units", () => {
  it.each([
    [
      'closed and added during the year',
      { name: 'กองการศึกษา', active: false },
      'รายงานตั้งแต่เดือนเมษายน ๒๕๖๖',
      'กองการศึกษา (ปิดการใช้งานแล้ว, รายงานตั้งแต่เดือนเมษายน ๒๕๖๖)',
    ],
    [
      'closed, added to a follow-up during the year',
      { name: 'งานห้องสมุด', active: false },
      'รายงานข้อนี้ตั้งแต่เดือนมกราคม ๒๕๗๐',
      'งานห้องสมุด (ปิดการใช้งานแล้ว, รายงานข้อนี้ตั้งแต่เดือนมกราคม ๒๕๗๐)',
    ],
    ['closed only', { name: 'กองช่าง', active: false }, undefined, 'กองช่าง (ปิดการใช้งานแล้ว)'],
    [
      'open, added during the year',
      { name: 'กองคลัง' },
      'รายงานตั้งแต่เดือนธันวาคม ๒๕๖๙',
      'กองคลัง (รายงานตั้งแต่เดือนธันวาคม ๒๕๖๙)',
    ],
    ['open from the start', { name: 'สำนักปลัด', active: true }, undefined, 'สำนักปลัด'],
  ])('%s: one bracket at most', (_name, unit, since, label) => {
    expect(unitChoiceLabel(unit, since)).toBe(label);
  });
});
