// A Word plan table nested in a layout table beside another cell gave no measure at all, "no
// measures table was found" (review 17 s25, S25-9): a plan's two halves side by side (a layout table
// of one row, a plan table in each cell, as on a landscape page), or the plan beside a note. The
// nested tables were read as lines of their cells. Now each nested table opening with a plan header
// is a table of its own, the other cells' text paragraphs.
import { describe, expect, it } from 'vitest';
import * as base from '../support/base-plan-rows.js';
import * as plans from '../support/plan-table-files.js';

const layout = (...rows: string[][]) =>
  `<w:tbl><w:tblPr/>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc><w:tcPr/>${c}<w:p/></w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;
const half = (...rows: string[][]) => plans.wordTable([base.HEADER, ...rows]);
const note = plans.wordParagraph('หมายเหตุ ดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต');
const { M4, M5, M9 } = base;

describe('plan tables in a layout table beside other cells', () => {
  it.each([
    ['two halves side by side (one row, a plan table in each cell)', () => layout([half(M4, M5), half(M9)])],
    ['three parts side by side', () => layout([half(M4), half(M5), half(M9)])],
    ['the plan beside a note on its left', () => layout([note, half(M4, M5, M9)])],
    ['the plan with a note on its right', () => layout([half(M4, M5, M9), note])],
    ['two layout rows, each a half beside a note', () => layout([half(M4, M5), note], [half(M9), note])],
  ])('%s: every measure read', async (_, body) => {
    const result = await plans.preview(plans.docx(plans.wordParagraph(base.TITLE[0]!) + body()));
    expect(plans.measuresOf(result)).toEqual(base.BASE_MEASURES);
    expect(result.warnings.map((w) => w.code)).not.toContain('no-measures');
  });
});
