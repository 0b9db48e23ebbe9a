// Review 17 s20, S20-7: a Word measure cell holding a table nested 100,000 deep around "x" (a 14 KB
// .docx, 4.6 MB of XML) took 3.5x the bench's 1 MB ordinary plan, and the measure's title was "x",
// the innermost table's text, with the cell's own paragraph "มาตรการหนึ่ง" under it. Now tables
// nested more than MAX_DOCX_TABLE_DEPTH deep are refused in the first pass, with a Thai-first 400 on
// the file field; a table nested in a cell is read after the cell's own paragraphs, one line per row.
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/domain/errors.js';
import { MAX_DOCX_TABLE_DEPTH } from '../../shared/import/docx-limits.js';
import { PLAN_FILE_FIELD } from '../../shared/import/plan-file.js';
import { readDocumentXml } from '../../shared/import/read-docx.js';
import { HEADER, M4 } from '../support/base-plan-rows.js';
import { docx, preview, wordParagraph, wordTable } from '../support/plan-table-files.js';

const cellOf = (inner: string) => `<w:tc>${inner}</w:tc>`;
/** `inner` inside `depth` one-cell tables, each cell ending with an empty paragraph (as Word writes it). */
const nestedAround = (inner: string, depth: number) =>
  '<w:tbl><w:tr><w:tc>'.repeat(depth) + inner + '<w:p/></w:tc></w:tr></w:tbl>'.repeat(depth);
/** A small table of rows of cells (each cell one paragraph). */
const smallTable = (rows: readonly (readonly string[])[]) =>
  `<w:tbl>${rows.map((r) => `<w:tr>${r.map((c) => cellOf(wordParagraph(c))).join('')}</w:tr>`).join('')}</w:tbl>`;

/**
 * The reviewer's plan: a header row and one measure row whose measure cell is `measureCell` (the
 * XML inside its <w:tc>); the other cells plain text.
 */
const planWithMeasureCell = (measureCell: string) => {
  const plain = (text: string) => cellOf(wordParagraph(text));
  const header = `<w:tr>${['ตัวชี้วัด', 'มาตรการ', 'การติดตามผล', 'ผู้รับผิดชอบ'].map(plain).join('')}</w:tr>`;
  const row = `<w:tr>${plain('ตัวชี้วัดที่ 1')}${cellOf(measureCell)}${plain('รายงานผลทุกเดือน')}${plain('กองคลัง')}</w:tr>`;
  return docx(`<w:tbl>${header}${row}</w:tbl>`);
};
const reviewersCell = (depth: number) => nestedAround(wordParagraph('x'), depth) + wordParagraph('มาตรการหนึ่ง');

const refusal = async (bytes: Uint8Array) => {
  const error = await preview(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
};

describe('a Word measure cell holding tables nested inside one another', () => {
  it('nested 100,000 deep (the reviewer’s 14 KB file) is refused, in Thai first, on the file field', async () => {
    const bytes = planWithMeasureCell(reviewersCell(100_000));
    expect(bytes.length).toBeLessThan(64 * 1024);
    const error = await refusal(bytes);
    expect(error.message_th).toMatch(/^เอกสาร Word นี้มีตารางซ้อนอยู่ในตารางลึกเกิน ๕๐ ชั้น/);
    expect(error.message_en).toContain('tables nested inside tables more than 50 deep');
    expect(error.fields).toEqual([
      expect.objectContaining({ path: PLAN_FILE_FIELD, message_th: 'ตารางซ้อนกันลึกเกิน ๕๐ ชั้น' }),
    ]);
  });

  it('is refused at the first table past the bound, before any block is read (the rest of the XML unread)', () => {
    // the plan's own table is level 1: the cell's tables are levels 2 and on
    const past = `<w:body><w:tbl><w:tr>${cellOf(reviewersCell(MAX_DOCX_TABLE_DEPTH))}</w:tr></w:tbl>`;
    // what follows the table past the bound is no XML at all: reading it would fail otherwise
    expect(() => readDocumentXml(`${past}<w:p><w:r><w:t>never read`)).toThrow(ValidationError);
  });

  it('nested to the bound is read, and the measure’s title is the cell’s own text, not the innermost table’s', async () => {
    const { plan } = await preview(planWithMeasureCell(reviewersCell(MAX_DOCX_TABLE_DEPTH - 1)));
    expect(plan.measures).toHaveLength(1);
    expect(plan.measures[0]!.title).toBe('มาตรการหนึ่ง');
    expect(plan.measures[0]!.subMeasures).toEqual(['x']);
    expect(plan.measures[0]!.responsible.unitIds).toEqual(['finance']);
    expect(plan.measures[0]!.followUps.map((f) => f.cadence)).toEqual(['monthly']);
  });

  it.each([1, 3])(
    'a table nested %i deep before the cell’s own paragraph leaves that paragraph the title',
    async (depth) => {
      const { plan } = await preview(planWithMeasureCell(reviewersCell(depth)));
      expect(plan.measures.map((m) => [m.indicator, m.title, m.subMeasures])).toEqual([[1, 'มาตรการหนึ่ง', ['x']]]);
    },
  );

  it('a small table of activities after the title gives one item per row, its cells on one line', async () => {
    const cell =
      wordParagraph('มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง') +
      smallTable([
        ['จัดทำประกาศ', 'ต.ค. ๒๕๖๖'],
        ['เผยแพร่บนเว็บไซต์', 'ทุกเดือน'],
      ]) +
      '<w:p/>';
    const { plan } = await preview(planWithMeasureCell(cell));
    expect(plan.measures.map((m) => [m.title, m.subMeasures])).toEqual([
      ['มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง', ['จัดทำประกาศ ต.ค. ๒๕๖๖', 'เผยแพร่บนเว็บไซต์ ทุกเดือน']],
    ]);
  });

  it('a table nested a few levels deep inside a nested row reads into that row’s line', async () => {
    const inner = smallTable([['ข้อ ก', 'ข้อ ข']]);
    const cell =
      wordParagraph('มาตรการหนึ่ง') +
      `<w:tbl><w:tr>${cellOf(wordParagraph('กิจกรรม') + nestedAround(inner, 2) + '<w:p/>')}</w:tr></w:tbl><w:p/>`;
    const { plan } = await preview(planWithMeasureCell(cell));
    expect(plan.measures.map((m) => [m.title, m.subMeasures])).toEqual([['มาตรการหนึ่ง', ['กิจกรรม ข้อ ก ข้อ ข']]]);
  });

  it('a header cell holding a small table still names its column, and the measures under it read as usual', async () => {
    const plainRow = (cells: readonly string[]) =>
      `<w:tr>${cells.map((c) => cellOf(c.split('\n').map(wordParagraph).join(''))).join('')}</w:tr>`;
    const headerCells = HEADER.map((h, i) =>
      cellOf(wordParagraph(h) + (i === 2 ? `${smallTable([['ต.ค.', 'พ.ย.', 'ธ.ค.']])}<w:p/>` : '')),
    );
    const nestedHeader = docx(`<w:tbl><w:tr>${headerCells.join('')}</w:tr>${plainRow(M4)}</w:tbl>`);
    const plainPlan = await preview(docx(wordTable([HEADER, M4])));
    const { plan } = await preview(nestedHeader);
    const summary = (p: typeof plan) =>
      p.measures.map((m) => [
        m.indicator,
        m.title,
        m.timeframe,
        m.followUps.map((f) => f.cadence),
        m.responsible.unitIds,
      ]);
    expect(plainPlan.plan.measures).toHaveLength(1);
    expect(summary(plan)).toEqual(summary(plainPlan.plan));
  });

  it('a header cell holding tables nested past the bound is refused as the measure cell is', async () => {
    const header = HEADER.map((h, i) =>
      cellOf(wordParagraph(h) + (i === 0 ? nestedAround(wordParagraph('x'), MAX_DOCX_TABLE_DEPTH) : '')),
    );
    const error = await refusal(docx(`<w:tbl><w:tr>${header.join('')}</w:tr></w:tbl>`));
    expect(error.message_th).toContain('ตารางซ้อนอยู่ในตารางลึกเกิน');
  });
});
