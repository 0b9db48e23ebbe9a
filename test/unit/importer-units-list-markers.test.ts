// A units cell written as a numbered or bulleted list read its units right, but warned each such
// cell "ไม่รู้จักหน่วยงาน "1 2"" (or "•"), a ตรวจแล้ว warning per measure whose help invites adding
// "1 2" as a unit's alias (review 17 s16, S16-8). Item markers before unit names are list markers.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { parseResponsibility } from '../../shared/import/responsibility.js';
import { HEADER, M4, M9, TITLE } from '../support/base-plan-rows.js';
import { preview, tsv, wordTable, docx, xlsx } from '../support/plan-table-files.js';

const read = (cell: string) => parseResponsibility(cell, MUNICIPAL_UNITS);

describe('list markers in a units cell', () => {
  const cases: [string, string[]][] = [
    ['1. กองคลัง 2. กองช่าง', ['finance', 'engineering']],
    ['๑. กองคลัง ๒. กองช่าง', ['finance', 'engineering']],
    ['(1) กองคลัง (2) สำนักปลัด', ['finance', 'clerk']],
    ['1) กองคลัง 2) กองช่าง', ['finance', 'engineering']],
    ['1.กองคลัง 2.กองช่าง', ['finance', 'engineering']],
    ['• สำนักปลัด • กองการศึกษา', ['clerk', 'education']],
    ['▪ สำนักปลัด ▪ กองการศึกษา', ['clerk', 'education']],
    ['ก. กองคลัง ข. กองช่าง', ['finance', 'engineering']],
  ];
  for (const [cell, units] of cases) {
    it(`"${cell}": the units, no unknown word`, () => {
      const r = read(cell);
      expect(r.responsibility.unitIds).toEqual(units);
      expect(r.unknown).toBe('');
    });
  }

  it('a number that marks no item is still unknown', () => {
    expect(read('กองคลัง 25').unknown).toBe('25');
  });

  it('tick boxes still say which units are ticked', () => {
    expect(read('☑ กองคลัง ☐ กองช่าง').responsibility.unitIds).toEqual(['finance']);
  });
});

describe('a plan whose units cells are lists', () => {
  const rows = (units4: string, units9: string) => [
    [TITLE[0]!],
    HEADER,
    [...M4.slice(0, 4), units4],
    [...M9.slice(0, 4), units9],
  ];
  const unknownUnits = (r: Awaited<ReturnType<typeof preview>>) => r.warnings.filter((w) => w.code === 'unknown-unit');

  it('as text: no unknown-unit warning', async () => {
    const r = await preview(tsv(rows('1. กองคลัง 2. กองช่าง', '• สำนักปลัด • กองการศึกษา')));
    expect(r.plan.measures.map((m) => m.responsible.unitIds)).toEqual([
      ['finance', 'engineering'],
      ['clerk', 'education'],
    ]);
    expect(unknownUnits(r)).toEqual([]);
  });

  it('as a sheet with one item a line: no unknown-unit warning', async () => {
    const r = await preview(
      await xlsx([{ name: 'แผน', rows: rows('1. กองคลัง\n2. กองช่าง', '๑. กองช่าง\n๒. กองการศึกษา') }]),
    );
    expect(r.plan.measures.map((m) => m.responsible.unitIds)).toEqual([
      ['finance', 'engineering'],
      ['engineering', 'education'],
    ]);
    expect(unknownUnits(r)).toEqual([]);
  });

  it('as a Word table with one item a paragraph: no unknown-unit warning', async () => {
    const [title, header, r4, r9] = rows('(1) กองคลัง\n(2) กองช่าง', 'ก. สำนักปลัด\nข. กองการศึกษา');
    const r = await preview(docx(wordTable([[{ text: title![0]!, span: 5 }], header!, r4!, r9!])));
    expect(r.plan.measures.map((m) => m.responsible.unitIds)).toEqual([
      ['finance', 'engineering'],
      ['clerk', 'education'],
    ]);
    expect(unknownUnits(r)).toEqual([]);
  });
});
