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

// Tester s43 F3: the segmenter cuts months, eras and loanwords mid-syllable ("ตุ|ลา|คมพ.ศ",
// "เฟ|ซบุ๊ก", "ร้อย|ละ", "ออฟฟิเชีย|ล"): a line broke "ตั้งแต่เดือนตุ" / "ลาคม", "เฟ" / "ซบุ๊ก".
describe('a line never breaks inside a month, an era, a loanword or before a lone final consonant', () => {
  it.each([
    ['ตั้งแต่เดือนตุลาคม พ.ศ. ๒๕๖๕ถึงเดือนกันยายนพ.ศ.๒๕๖๖ (ต.ค. - ธ.ค.)', ['ตุลาคม', 'พ.ศ.', 'กันยายน', 'ต.ค.', 'ธ.ค.']],
    [
      'ประชาสัมพันธ์ผ่านเว็บไซต์ เฟซบุ๊กและไลน์ออฟฟิเชียลของเทศบาล ร้อยละ ๘๐ ของปีงบประมาณพ.ศ.๒๕๖๖',
      ['เว็บไซต์', 'เฟซบุ๊ก', 'ไลน์', 'ออฟฟิเชียล', 'ร้อยละ', 'งบประมาณ', 'พ.ศ.'],
    ],
    [
      'เผยแพร่ทางยูทูบ อีเมล ระบบออนไลน์ ไลฟ์สตรีมและพอดแคสต์ เช็กอิน ทุกวัน ปริ้นต์เอกสาร',
      ['ยูทูบ', 'อีเมล', 'ออนไลน์', 'สตรีม', 'แคสต์', 'เช็กอิน', 'ปริ้นต์'],
    ],
    // tester s43 re-check: "ควรทบทวนมาตร" / "การเดิมๆ", "กองการศึกษา (ปิดการใช้" / "งานแล้ว)"
    ['ควรทบทวนมาตรการเดิมๆ ของกองการศึกษา (ปิดการใช้งานแล้ว)', ['มาตรการ', 'ปิดการใช้งานแล้ว']],
  ] as const)('%s', (text, whole) => {
    for (let width = Math.max(...breakUnits(text).map((u) => u.length)); width <= 40; width++) {
      const lines = byLength(text, width);
      expect(lines.join('').replace(/ /g, ''), `width ${width}`).toBe(text.replace(/ /g, ''));
      for (const word of whole)
        expect(
          lines.some((l) => l.includes(word)),
          `width ${width}: ${word} in ${JSON.stringify(lines)}`,
        ).toBe(true);
    }
  });

  it('"พ.ศ." is a unit of its own, the number glued after a year its own too', () => {
    expect(breakUnits('เดือนกันยายนพ.ศ.๒๕๖๖')).toEqual(['เดือน', 'กันยายน', 'พ.ศ.', '๒๕๖๖']);
    expect(breakUnits('ตุลาคม พ.ศ. ๒๕๖๕ถึงเดือน')).toEqual(['ตุลาคม', ' ', 'พ.ศ.', ' ', '๒๕๖๕', 'ถึง', 'เดือน']);
    expect(breakUnits('ปีงบประมาณพ.ศ.๒๕๖๖')).toEqual(['ปี', 'งบประมาณ', 'พ.ศ.', '๒๕๖๖']);
  });
});

// Tester s43 F4: "https:/" / "/drive…", "31/12" / "/2565", "1/" / "๒๕๖๖": a link broke between its
// slashes and before one, a date inside itself.
describe('a link breaks only after a "/", a date of digits and "/" never', () => {
  it.each([
    'ดูได้ที่ https://drive.google.com/drive/folders/1AbCdEfGh ณ 31/12/2565 และ 1/๒๕๖๖ แล้ว',
    'เผยแพร่ที่ http://www.example.go.th/ita/o43/report.pdf วันที่ ๓๐/๙/๒๕๖๖',
    'ลิงก์ https://www.facebook.com/groups/123456/posts/789 (๑๕/๑๐/๒๕๖๕)',
  ])('%s', (text) => {
    const dates = text.match(/[\p{Nd}]+(?:\/[\p{Nd}]+)+/gu)!;
    for (let width = Math.max(...breakUnits(text).map((u) => u.length)); width <= 40; width++) {
      const lines = byLength(text, width);
      for (const line of lines) {
        expect(line, `width ${width}: ${JSON.stringify(lines)}`).not.toMatch(/^\//u);
        expect(line, `width ${width}: ${JSON.stringify(lines)}`).not.toMatch(/:\/?$/u);
      }
      for (const date of dates)
        expect(
          lines.some((l) => l.includes(date)),
          `${date} at ${width}`,
        ).toBe(true);
    }
  });
});
