// Our documents never break inside ตัวชี้วัด, ดำเนินการ or หน่วยงาน (shared/domain/thai-break-units.ts),
// so a line may end with room for the segmenter's first piece (ตัว, ดำเนิน, หน่วย) but not for the
// whole word. Reading it back, that room is not a paragraph's end: the annual report's title
// "… (อ้างอิง" / "ตัวชี้วัดที่ ๙)" came back as "(อ้างอิง ตัวชี้วัดที่ ๙)" with a space.
import { describe, expect, it } from 'vitest';
import { type CellLine, cellParagraphs } from '../../shared/import/pdf-cell-paragraphs.js';

/** Points per letter that takes room (Thai marks above and below take none). */
const PER_LETTER = 5;
const SIZE = 10;
const spacing = (t: string) => [...t.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '')].length;
const line = (text: string): CellLine => ({ text, x: 0, right: PER_LETTER * spacing(text), size: SIZE });

describe('a line that ends before a word our documents keep whole reads on into the next line', () => {
  it.each([
    ['ใช้รถยนต์ส่วนกลาง (อ้างอิง', 'ตัวชี้วัดที่ ๙)', 'ตัว', 'ตัวชี้วัด'],
    ['จัดทำคู่มือและแนวทางการ', 'ดำเนินการให้ครบถ้วน', 'ดำเนิน', 'ดำเนินการ'],
    ['ประกาศเวียนให้ทุก', 'หน่วยงานทราบและถือปฏิบัติ', 'หน่วย', 'หน่วยงาน'],
  ])('"%s" / "%s" is one paragraph', (first, second, piece, whole) => {
    const a = line(first);
    // room for the piece with the tolerance of one type size, not for the whole word
    const roomLeft = PER_LETTER * spacing(whole) + SIZE - 1;
    expect(roomLeft).toBeGreaterThan(PER_LETTER * spacing(piece) + SIZE);
    const paragraphs = cellParagraphs([a, line(second)], { left: 0, right: a.right + roomLeft });
    expect(paragraphs).toEqual([first + second]);
  });

  it('a line with room for the whole word still ends its paragraph', () => {
    const a = line('ประกาศเวียนให้ทุกกอง');
    const roomLeft = PER_LETTER * spacing('หน่วยงาน') + SIZE + 20;
    expect(cellParagraphs([a, line('หน่วยงานทราบ')], { left: 0, right: a.right + roomLeft })).toEqual([
      'ประกาศเวียนให้ทุกกอง',
      'หน่วยงานทราบ',
    ]);
  });
});
