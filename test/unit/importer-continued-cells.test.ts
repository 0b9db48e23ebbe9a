// Review 17 s14, S14-15: table rows that go on with the measure above (Word-numbered paragraphs in
// the measure cell, a timeframe or units over many rows, "๒. …" lines of a text file) were joined
// to the cell above by reading the whole cell above again at every row: 10,000 Word rows ~15x the
// ordinary 1 MB, 20,000 timeframe rows 15 s, 20,000 numbered text lines 21 s (quadratic). A join
// now reads the new row only (continued-cells.ts). These tests hold that every answer is the one
// the plain functions give, and count the characters of the grown cell read whole: a constant per
// row, however many rows.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ContinuedCells } from '../../shared/import/continued-cells.js';
import { joinCells, joinItems } from '../../shared/import/table-row-kinds.js';
import { stripTags } from '../../shared/import/thai-text.js';
import { joinContinuation, startsUnitMeasure } from '../../shared/import/unit-per-row.js';
import { HEADER, M4 } from '../support/base-plan-rows.js';
import { docx, preview, tsv, wordTable } from '../support/plan-table-files.js';

/** Cells of continuation rows, one list per shape the importer meets. */
const SHAPES: Record<string, (i: number) => string> = {
  'Word-numbered paragraphs': () => '<p>๑. ก</p><p>๒. ข</p>',
  'numbered text lines': (i) => `${(i % 90) + 2}. จัดทำคู่มือ`,
  'a timeframe per row': (i) => `ต.ค. ${i}`,
  'a unit per row': () => 'กองคลัง',
  'entities and spaces': (i) => `ก &amp; ข  ${i}&nbsp;ค`,
  'a "<" left open, closed rows later': (i) => (i % 3 === 0 ? `ก <b ${i}` : i % 3 === 1 ? 'ข' : `ค> ง ${i}`),
  'a "<" never closed': (i) => `ก < ข ${i}`,
  'items read again differently': (i) => (i % 2 ? '<p>๑. ๒. ข</p>' : '<li>- ค</li><li>• ง</li>'),
  'markup after plain rows': (i) => (i < 5 ? `ข้อความ ${i}` : `<p>รายการ ${i}</p>`),
  'empty items': (i) => (i % 2 ? '<p> </p><p>ก</p>' : '<p></p>'),
};

/** Rows of one shape joined as continueRow does, each answer checked against the plain functions. */
function joinAll(role: string, wholeCells: boolean, cellOf: (i: number) => string, rows: number, check = true) {
  const cells = new ContinuedCells();
  const row = { cells: {} as Record<string, string> };
  let plain = '';
  let grown = '';
  for (let i = 0; i < rows; i++) {
    const below = cellOf(i);
    grown = joinContinuation(role, grown, below, wholeCells, { cells, row });
    if (check) {
      plain = joinContinuation(role, plain, below, wholeCells);
      expect(grown, `${role} row ${i}`).toBe(plain);
      expect(cells.head(row, role, grown, 80)).toBe(stripTags(plain).slice(0, 80));
      expect(cells.textEmpty(row, role, grown)).toBe(stripTags(plain) === '');
      expect(cells.textEquals(row, role, grown, stripTags(below))).toBe(stripTags(plain) === stripTags(below));
    }
  }
  return { cells, grown };
}

describe('cells joined over continuation rows', () => {
  for (const [shape, cellOf] of Object.entries(SHAPES)) {
    it(`${shape}: every join, quote and comparison is the plain functions' answer`, () => {
      for (const role of ['measure', 'methods', 'timeframe', 'responsible']) {
        for (const wholeCells of [true, false]) joinAll(role, wholeCells, cellOf, 130);
      }
    });
  }

  it('joinCells and joinItems called directly give the same cells as table-row-kinds', () => {
    const cells = new ContinuedCells();
    const row = {};
    let a = '';
    let b = '';
    for (let i = 0; i < 120; i++) {
      const below = i % 4 === 0 ? `<p>ข้อ ${i}</p>` : `ข้อความ ${i}`;
      a = i % 2 ? cells.joinItems(row, 'notes', a, below) : cells.joinCells(row, 'notes', a, below);
      b = i % 2 ? joinItems(b, below) : joinCells(b, below);
      expect(a).toBe(b);
    }
  });

  it('a unit row under units joined over rows: the same answer as reading the cells whole', () => {
    const cells = new ContinuedCells();
    const above = { cells: { responsible: '', followUps: 'รายงานผลทุกเดือน' } };
    for (const unit of ['กองคลัง', 'กองคลัง', 'กองช่าง', 'กอง&amp;คลัง']) {
      above.cells.responsible = joinContinuation('responsible', above.cells.responsible, unit, true, {
        cells,
        row: above,
      });
      for (const own of ['กองคลัง', 'กองช่าง', 'กองคลัง กองคลัง']) {
        const cellsOwn = { responsible: own, followUps: 'รายงานผลทุกไตรมาส' };
        expect(startsUnitMeasure(above, cellsOwn, cells)).toBe(startsUnitMeasure(above, cellsOwn));
      }
    }
  });

  // the regression: the cell above was read whole at every row (quadratic); now once
  for (const shape of [
    'Word-numbered paragraphs',
    'numbered text lines',
    'a timeframe per row',
    'a "<" never closed',
  ]) {
    it(`${shape}: 4x the rows read 4x the characters, not 16x`, () => {
      for (const role of ['measure', 'timeframe', 'methods']) {
        const read = (rows: number) => joinAll(role, true, SHAPES[shape]!, rows, false).cells.read;
        const few = read(1000);
        const many = read(4000);
        expect(many, `${role}: ${few} then ${many}`).toBeLessThanOrEqual(few * 4.5 + 1000);
      }
    });
  }
});

describe('the importer over many continuation rows', () => {
  /** A .docx of the header, M4 and `rows` rows whose measure cell is two paragraphs numbered by Word (its frame has numbering.xml). */
  function numberedRows(rows: number) {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const zip = unzipSync(docx(wordTable([HEADER, M4])));
    const item = (text: string) =>
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const row = `<w:tr><w:tc>${item('จัดทำคู่มือ')}${item('ประชาสัมพันธ์')}</w:tc>${'<w:tc><w:p/></w:tc>'.repeat(4)}</w:tr>`;
    const xml = strFromU8(zip['word/document.xml']!);
    const end = xml.lastIndexOf('</w:tbl>');
    zip['word/document.xml'] = strToU8(xml.slice(0, end) + row.repeat(rows) + xml.slice(end));
    zip['word/numbering.xml'] = strToU8(
      `<?xml version="1.0"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">` +
        `<w:start w:val="1"/><w:numFmt w:val="thaiNumbers"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
        `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
    );
    return zipSync(zip);
  }

  it('Word rows of numbered paragraphs under a measure: one measure, its text goes on, each row said once', async () => {
    const r = await preview(numberedRows(300));
    expect(r.plan.measures).toHaveLength(1);
    expect(r.plan.measures[0]!.title).toBe('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ');
    expect(r.plan.measures[0]!.subMeasures[0]).toMatch(/^มาตรการป้องกันการใช้ทรัพย์สินของราชการ จัดทำคู่มือ ประชาสัมพันธ์ จัดทำคู่มือ/);
    expect(r.warnings.filter((w) => w.code === 'continuation-guessed')).toHaveLength(300);
  });

  it('text lines "๒. …" under a measure: one measure, each line said once, quoting the measure', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => [`${(i % 90) + 2}. จัดทำคู่มือ`, '', '', '', '']);
    const r = await preview(tsv([HEADER, M4, ...rows]));
    expect(r.plan.measures).toHaveLength(1);
    const said = r.warnings.filter((w) => w.code === 'continuation-guessed');
    expect(said).toHaveLength(300);
    expect(said.at(-1)!.message_th).toContain('("ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ');
  });

  it('a timeframe and units over rows: one measure, the timeframe once, the unit once', async () => {
    const rows = Array.from({ length: 300 }, () => ['', '', M4[2]!, '', 'กองคลัง']);
    const r = await preview(docx(wordTable([HEADER, M4, ...rows])));
    expect(r.plan.measures).toHaveLength(1);
    expect(r.plan.measures[0]!.timeframe).toBe(M4[2]);
    expect(r.plan.measures[0]!.responsible.unitIds).toEqual(['finance']);
  });
});
