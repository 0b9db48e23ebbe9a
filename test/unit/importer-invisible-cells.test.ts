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
