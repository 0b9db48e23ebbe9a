// Break 19 s28, F9: the plan document left "(" at a line's end ("สำนักปลัดเทศบาล (" / "หลัก)") and
// split a header inside ดำเนินการ ("ระยะเวลาดำเนิน" / "การ"). A typist keeps a bracket or quote with
// its word and never breaks such a word.
import { describe, expect, it } from 'vitest';
import { wrapThai } from '../../shared/documents/thai-line-break.js';
import { breakUnits } from '../../shared/domain/thai-break-units.js';

const byLength = (text: string, width: number) => wrapThai(text, width, (s) => s.length);

describe('a line never ends on an opening bracket or quote, nor starts with a closing one', () => {
  it.each([
    ['(', ')'],
    ['[', ']'],
    ['{', '}'],
    ['“', '”'],
    ['‘', '’'],
    ['«', '»'],
  ])('%s…%s stays with its word after "สำนักปลัดเทศบาล"', (open, close) => {
    const text = `สำนักปลัดเทศบาล ${open}หลัก${close}`;
    // 17 characters: the opening mark alone would still fit after the space
    expect(byLength(text, 17)).toEqual(['สำนักปลัดเทศบาล', `${open}หลัก${close}`]);
  });

  it.each([
    'ผู้รับผิดชอบ สำนักปลัดเทศบาล (หลัก) กองคลัง (สนับสนุน) และ “ทุกกองงาน” [ถ้ามี]',
    'รายงานผลต่อนายกเทศมนตรี (ทุก ๖ เดือน), ผู้บริหาร; ที่ประชุม: ทุกวัน ๆ ไป',
  ])('at every width from its longest unit to 40 characters: %s', (text) => {
    // a unit wider than the line is cut between graphemes wherever it must: not this rule's case
    for (let width = Math.max(...breakUnits(text).map((u) => u.length)); width <= 40; width++) {
      const lines = byLength(text, width);
      for (const line of lines) {
        expect(line, `width ${width}: ${JSON.stringify(lines)}`).not.toMatch(/[([{“‘«]$/u);
        expect(line, `width ${width}: ${JSON.stringify(lines)}`).not.toMatch(/^[)\]}”’»,.;:!?ๆ]/u);
      }
    }
  });
});

describe("a table's header breaks between words as a typist would", () => {
  it.each([
    ['ระยะเวลาดำเนินการ', 14, ['ระยะเวลา', 'ดำเนินการ']],
    ['ผลการดำเนินการ', 10, ['ผลการ', 'ดำเนินการ']],
    ['ส่งให้ในหน่วยงาน', 12, ['ส่งให้ใน', 'หน่วยงาน']],
    ['หัวหน้าผู้รับผิดชอบ', 16, ['หัวหน้า', 'ผู้รับผิดชอบ']],
  ] as const)('"%s" in %i characters', (text, width, lines) => {
    expect(byLength(text, width)).toEqual(lines);
  });

  it('the units put together are the paragraph, character for character', () => {
    for (const text of ['สำนักปลัด (หลัก) ', '“ดำเนินการ” ทุกวัน ๆ', '((ก)) [x] ๆ', '(', ') ก', 'ก ('])
      expect(breakUnits(text).join('')).toBe(text);
  });
});
