// Review 17 s11, S11-9, the Word part: a Word plan with last year's table kept below this year's
// (each under its own "… ประจำปีงบประมาณ พ.ศ. …" title) imported both years' measures as one plan,
// silently. Only the table of the year imported is read; the other is said, Thai first.
import { describe, expect, it } from 'vitest';
import { HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { docx, measuresOf, preview, wordParagraph, wordTable } from '../support/plan-table-files.js';

const title = (year: string) => [TITLE[0]!, `ประจำปีงบประมาณ พ.ศ. ${year}`].map(wordParagraph).join('');
const M4_LAST_YEAR = [M4[0]!, M4[1]!, 'ตุลาคม ๒๕๖๕ - กันยายน ๒๕๖๖', '๑. รายงานผลทุกปี', 'กองช่าง'];

describe('a Word plan with another year’s table in it', () => {
  it('this year first, last year below: only this year’s measures, the other table said (Thai first)', async () => {
    const r = await preview(
      docx(
        title('๒๕๖๗') +
          wordTable([HEADER, M4, M9]) +
          wordParagraph('') +
          title('๒๕๖๖') +
          wordTable([HEADER, M4_LAST_YEAR, M5]),
      ),
    );
    expect(measuresOf(r)).toEqual([
      { indicator: 4, cadences: ['monthly', 'semiannual'], units: ['finance'] },
      { indicator: 9, cadences: ['annual'], units: ['engineering', 'education'] },
    ]);
    const said = r.warnings.filter((w) => w.code === 'table-not-read');
    expect(said).toHaveLength(1);
    expect(said[0]!.where).toEqual({ table: 2 });
    expect(said[0]!.message_th).toBe(
      'ตาราง ๒: ตาราง ๒ อยู่ใต้หัวเรื่อง "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖" เป็นแผนปีงบประมาณ ๒๕๖๖ ไม่ใช่ปี ๒๕๖๗ ที่นำเข้า จึงไม่นำเข้า',
    );
    expect(r.plan.title).toContain('๒๕๖๗');
  });

  it('last year first (Arabic digits), the same measures: this year’s table is the one read', async () => {
    const r = await preview(
      docx(title('2566') + wordTable([HEADER, M4_LAST_YEAR]) + title('2567') + wordTable([HEADER, M4])),
    );
    expect(measuresOf(r)).toEqual([{ indicator: 4, cadences: ['monthly', 'semiannual'], units: ['finance'] }]);
    expect(r.warnings.map((w) => [w.code, w.where])).toContainEqual(['table-not-read', { table: 1 }]);
    expect(r.warnings.map((w) => w.code)).not.toContain('fiscal-year-differs');
  });

  it('last year’s plan over two tables (the second without a title of its own): both left out', async () => {
    const r = await preview(
      docx(
        title('๒๕๖๗') +
          wordTable([HEADER, M4]) +
          title('๒๕๖๖') +
          wordTable([HEADER, M5]) +
          wordParagraph('(ต่อ)') +
          wordTable([HEADER, M9]),
      ),
    );
    expect(measuresOf(r).map((m) => m.indicator)).toEqual([4]);
    expect(r.warnings.filter((w) => w.code === 'table-not-read').map((w) => w.where)).toEqual([
      { table: 2 },
      { table: 3 },
    ]);
  });

  // Read in one pass over the lines (a walk of all lines per table was quadratic: 32,000 tables, 16 s)
  it('tables of two years taking turns, each titled: each table goes with the year line nearest above it', async () => {
    const r = await preview(
      docx(
        title('๒๕๖๖') +
          title('๒๕๖๗') +
          wordParagraph('ตารางต่อไปนี้') +
          wordTable([HEADER, M4]) +
          title('๒๕๖๖') +
          wordTable([HEADER, M5]) +
          title('๒๕๖๗') +
          wordTable([HEADER, M9]) +
          wordParagraph('(ต่อ)') +
          wordTable([HEADER, M5]) +
          title('๒๕๖๖') +
          wordTable([HEADER, M4_LAST_YEAR]),
      ),
    );
    expect(measuresOf(r).map((m) => m.indicator)).toEqual([4, 9, 5]);
    expect(r.warnings.filter((w) => w.code === 'table-not-read').map((w) => w.where)).toEqual([
      { table: 2 },
      { table: 5 },
    ]);
  });

  it('a single table of another year is still read (the fiscal-year warning says so)', async () => {
    const r = await preview(docx(title('๒๕๖๖') + wordTable([HEADER, M4_LAST_YEAR, M5])));
    expect(measuresOf(r).map((m) => m.indicator)).toEqual([4, 5]);
    expect(r.warnings.map((w) => w.code)).toContain('fiscal-year-differs');
  });

  // Review 17 s12, S12-19: a title naming the year as "ปีงบ 66" or "FY2023" heads another year's table too
  it.each([
    ['ปีงบ 67', 'ปีงบ 66'],
    ['FY2024', 'FY2023'],
  ])('titles "… %s" and "… %s"', async (thisYear, lastYear) => {
    const r = await preview(
      docx(
        wordParagraph(`แผนมาตรการ ITA ${thisYear}`) +
          wordTable([HEADER, M4, M9]) +
          wordParagraph(`แผนมาตรการ ITA ${lastYear}`) +
          wordTable([HEADER, M4_LAST_YEAR, M5]),
      ),
    );
    expect(measuresOf(r).map((m) => m.indicator)).toEqual([4, 9]);
    expect(r.warnings.filter((w) => w.code === 'table-not-read').map((w) => w.where)).toEqual([{ table: 2 }]);
  });
});
