// Session 53 (P2): a cell of only invisible characters (U+200B, U+200C/D, U+2060, U+FEFF, U+00AD)
// is read as an empty cell is, in every column the plan keeps (the importer drops them from all text:
// normaliseDocument, thai-text.ts), and the plan then goes through the save's own rule (shownText).
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';

const HEADER = ['ตัวชี้วัด', 'มาตรการ', 'วิธีดำเนินการ', 'ระยะเวลาดำเนินการ', 'การติดตามผล', 'ผู้รับผิดชอบ', 'งบประมาณ', 'หมายเหตุ'];
const documentWith = (cell: string) =>
  [
    HEADER,
    ['1', 'มาตรการป้องกันการทุจริต', `๑. ประชุมชี้แจง ๒. ${cell} ๓. อบรม`, cell, 'รายงานผลทุกเดือน', 'กองคลัง', cell, cell],
    ['1', 'มาตรการเผยแพร่ข้อมูล', cell, 'ตลอดปี', `รายงานผลทุกไตรมาส ${cell}`, cell, '10,000', 'ทำต่อเนื่อง'],
  ]
    .map((row) => row.join('\t'))
    .join('\n');
const read = (cell: string) =>
  importMeasuresDocument(documentWith(cell), { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS });

describe('the importer reads a cell of only invisible characters as an empty cell', () => {
  it.each([
    ['zero-width spaces', '\u200b\u200b'],
    ['ZWNJ, ZWJ and a word joiner', '\u200c\u200d\u2060'],
    ['a byte order mark and soft hyphens', '\ufeff\u00ad'],
  ])('%s: the same measures and warnings as empty cells', (_what, cell) => {
    const empty = read('');
    const invisible = read(cell);
    expect(invisible.plan.measures).toEqual(empty.plan.measures);
    expect(invisible.warnings.map((w) => [w.code, w.message_th])).toEqual(
      empty.warnings.map((w) => [w.code, w.message_th]),
    );
    expect(invisible.plan.measures[0]!.timeframe).toBe('');
    expect(invisible.plan.measures[1]!.responsible.text).toBe('');
  });
});

// Tester s53 R: characters that show nothing but are not zero-width format characters (the Hangul
// fillers U+3164, U+115F, U+FFA0, the Mongolian vowel separator U+180E, the braille blank U+2800,
// Thai marks with no letter) were read as text: a cell of them was a note, a list item, a timeframe,
// and an unknown unit "ㅤ" in the responsibility cell, where an empty cell is none of these.
describe('a cell of other characters that show nothing is an empty cell too', () => {
  const wholeCells = (cell: string) =>
    [
      HEADER,
      ['1', 'มาตรการป้องกันการทุจริต', '๑. ประชุมชี้แจง ๒. อบรม', cell, 'รายงานผลทุกเดือน', 'กองคลัง', cell, cell],
      ['1', 'มาตรการเผยแพร่ข้อมูล', cell, 'ตลอดปี', 'รายงานผลทุกไตรมาส', cell, '10,000', 'ทำต่อเนื่อง'],
    ]
      .map((row) => row.join('\t'))
      .join('\n');
  const readCells = (cell: string) =>
    importMeasuresDocument(wholeCells(cell), { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS });
  it.each([
    ['Hangul fillers', '\u3164\u3164'],
    ['a Hangul choseong filler and a halfwidth filler', '\u115f \uffa0'],
    ['a Mongolian vowel separator', '\u180e'],
    ['braille blanks', '\u2800\u2800'],
    ['Thai tone marks with no letter', '\u0e48\u0e49'],
  ])('%s: the same measures and warnings as empty cells', (_what, cell) => {
    const empty = readCells('');
    const invisible = readCells(cell);
    expect(invisible.plan.measures).toEqual(empty.plan.measures);
    expect(invisible.warnings.map((w) => w.message_th)).toEqual(empty.warnings.map((w) => w.message_th));
    expect(invisible.plan.measures[0]!.notes ?? []).toEqual([]);
    expect(invisible.plan.measures[1]!.methods).toEqual([]);
  });

  it.each([
    ['a Hangul filler', '\u3164'],
    ['a Mongolian vowel separator', '\u180e'],
    ['an invisible times and a Hangul jungseong filler', '\u2062\u1160'],
  ])('%s as a numbered list item reads as the empty item does', (_what, cell) => {
    expect(read(cell).plan.measures[0]!.methods).toEqual(read('').plan.measures[0]!.methods);
  });
});
