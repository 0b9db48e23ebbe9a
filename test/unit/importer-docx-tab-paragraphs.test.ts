// Review 17 s12, S12-14: a Word plan laid out with tab stops instead of a table (each measure one
// paragraph, its columns separated by tabs) read as "no measures table": the tabs became spaces.
// Tabbed body paragraphs from a plan header on are now rows, as a tab-separated text's lines.
import { describe, expect, it } from 'vitest';
import { BASE_MEASURES, HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { docx, measuresOf, preview, wordParagraph, wordTable } from '../support/plan-table-files.js';

const TAB_STOPS =
  '<w:pPr><w:tabs><w:tab w:val="left" w:pos="2835"/><w:tab w:val="left" w:pos="5669"/><w:tab w:val="left" w:pos="8504"/></w:tabs></w:pPr>';
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** One paragraph of cells separated by `tabs` run tabs (a cell's lines joined by a space). */
const tabbed = (cells: readonly string[], tabs = 1) =>
  `<w:p>${TAB_STOPS}${cells
    .map((c) => `<w:r><w:t xml:space="preserve">${escape(c.replace(/\n/g, ' '))}</w:t></w:r>`)
    .join('<w:r><w:tab/></w:r>'.repeat(tabs))}</w:p>`;

describe('a Word plan laid out with tabs instead of a table reads as the same plan as tab-separated text', () => {
  it('a tabbed header paragraph and one tabbed paragraph a measure give every measure', async () => {
    const body = [...TITLE.map(wordParagraph), tabbed(HEADER), tabbed(M4), tabbed(M5), tabbed(M9)].join('');
    const result = await preview(docx(body));
    expect(measuresOf(result)).toEqual(BASE_MEASURES);
    expect(result.warnings.map((w) => w.code)).not.toContain('no-measures');
  });

  it('rows whose tab was pressed twice to reach the next stop keep their columns', async () => {
    const body = [tabbed(HEADER), tabbed(M4, 2), tabbed(M5), tabbed(M9, 2), wordParagraph('ลงชื่อ ผู้เสนอ')].join('');
    expect(measuresOf(await preview(docx(body)))).toEqual(BASE_MEASURES);
  });

  it('a document with a plan table keeps reading the table: tabbed paragraphs around it stay text', async () => {
    const body = [
      tabbed(['หมายเหตุ', 'ข้อมูลจากกองคลัง', 'ปี ๒๕๖๗']),
      wordTable([HEADER, M4, M5, M9]),
      tabbed(['ลงชื่อ', 'ผู้เสนอ', 'ลงชื่อ', 'ผู้อนุมัติ']),
    ].join('');
    const result = await preview(docx(body));
    expect(measuresOf(result)).toEqual(BASE_MEASURES);
  });
});
