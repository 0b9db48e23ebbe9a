// Tester s41d F4: a report's "👨‍👩‍👧‍👦" was stored as "👨👩👧👦", four people: the zero-width
// characters' rule (multiLine) dropped the ZWJ that joins an emoji ZWJ sequence (UTS #51).
import { describe, expect, it } from 'vitest';
import { multiLine, oneLine } from '../../shared/domain/text.js';

describe('a joined emoji is kept whole; a joiner anywhere else is dropped', () => {
  it.each([
    ['a family', 'ครอบครัว 👨\u200d👩\u200d👧\u200d👦 ร่วมงาน'],
    ['a person at work with a skin tone', 'เจ้าหน้าที่ 👩🏽\u200d💻 บันทึกข้อมูล'],
    ['a flag with its variation selector', 'ธง 🏳\ufe0f\u200d🌈'],
  ])('%s stays as typed in a report text; a name keeps the stricter rule, no joiner', (_name, typed) => {
    expect(multiLine(`${typed}\n\nบรรทัดที่สอง`)).toBe(`${typed}\n\nบรรทัดที่สอง`);
    // names that look alike must compare equal (coordinator-input.test.ts): no joiner in a name
    expect(oneLine(typed)).toBe(typed.replaceAll('\u200d', ''));
  });

  it.each([
    ['between Thai letters', 'ตัว\u200dชี้วัด', 'ตัวชี้วัด'],
    ['after an emoji, before a letter', '👍\u200dดี', '👍ดี'],
    ['before an emoji, after a letter', 'ดี\u200d👍', 'ดี👍'],
    ['alone at the start and end', '\u200dประชุม\u200d', 'ประชุม'],
  ])('a joiner %s is dropped', (_name, typed, stored) => {
    expect(multiLine(typed)).toBe(stored);
    expect(oneLine(typed)).toBe(stored);
  });
});
