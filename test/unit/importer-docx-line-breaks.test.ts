// Review 17 s14, S14-5: Thai Word users put each item of a cell on its own line with Shift+Enter (a
// line break, w:br, in one paragraph). The reader turned line breaks into spaces, so a measure's two
// follow-ups became one and the year-end duty vanished, silently. A line break in a cell now parts
// items as a paragraph does; elsewhere it stays a space.
import { describe, expect, it } from 'vitest';
import { HEADER, M4 } from '../support/base-plan-rows.js';
import { docx, measuresOf, preview, wordParagraph, wordTable } from '../support/plan-table-files.js';

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
/** A cell of one paragraph whose lines are parted by `brk` (a line break by default). */
const brokenCell = (lines: readonly string[], brk = '<w:r><w:br/></w:r>') =>
  `<w:tc><w:p>${lines.map(run).join(brk)}</w:p></w:tc>`;
const row = (cells: readonly string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const plainCell = (text: string) => `<w:tc>${wordParagraph(text)}</w:tc>`;
/** The plan table: the header, M4 as usual, then a row of i9 whose cells are given as XML. */
const planWith = (i9: readonly string[]) => {
  const table = wordTable([HEADER, M4]);
  return docx(
    wordParagraph('มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗') +
      table.replace('</w:tbl>', `${row(i9)}</w:tbl>`),
  );
};
const i9 = (followUps: string, methods = plainCell('ปรับปรุงข้อมูลบนเว็บไซต์')) => [
  plainCell('ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล'),
  methods,
  plainCell('ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗'),
  followUps,
  plainCell('สำนักปลัด'),
];

describe('a Word cell whose items are parted by line breaks', () => {
  it('the April/September report and the year-end summary stay two follow-ups of สำนักปลัด', async () => {
    const r = await preview(planWith(i9(brokenCell(['เสนอผู้บริหารเดือนเมษายนและกันยายน', 'สรุปผลประจำปี']))));
    expect(measuresOf(r)[1]).toEqual({ indicator: 9, cadences: ['april-september', 'annual'], units: ['clerk'] });
    expect(r.plan.measures[1]!.followUps.map((f) => f.text)).toEqual(['เสนอผู้บริหารเดือนเมษายนและกันยายน', 'สรุปผลประจำปี']);
  });

  it('methods and follow-ups both split: two methods, a monthly and a six-monthly report', async () => {
    const r = await preview(
      planWith(
        i9(
          brokenCell(['รายงานผลต่อที่ประชุมประจำเดือนทุกเดือน', 'สรุปผลรายงานนายกเทศมนตรีทุก ๖ เดือน']),
          brokenCell(['จัดทำคู่มือการยืมคืนพัสดุ', 'ประชาสัมพันธ์ให้บุคลากรทราบ']),
        ),
      ),
    );
    const m = r.plan.measures[1]!;
    expect(m.methods).toEqual(['จัดทำคู่มือการยืมคืนพัสดุ', 'ประชาสัมพันธ์ให้บุคลากรทราบ']);
    expect(m.followUps.map((f) => f.cadence)).toEqual(['monthly', 'semiannual']);
    expect(r.warnings.map((w) => w.code)).not.toContain('two-cadences');
  });

  it('a carriage return (w:cr, from converted files) parts items the same way', async () => {
    const r = await preview(planWith(i9(brokenCell(['รายงานผู้บริหารทุกไตรมาส', 'สรุปผลประจำปี'], '<w:r><w:cr/></w:r>'))));
    expect(measuresOf(r)[1]!.cadences).toEqual(['quarterly', 'annual']);
  });

  it('a numbered item continued on the next line stays one item', async () => {
    const r = await preview(
      planWith(i9(brokenCell(['๑. รายงานผลต่อที่ประชุม', 'ประจำเดือนทุกเดือน', '๒. สรุปผลรายงานนายกเทศมนตรีทุก ๖ เดือน']))),
    );
    expect(r.plan.measures[1]!.followUps.map((f) => [f.text, f.cadence])).toEqual([
      ['รายงานผลต่อที่ประชุม ประจำเดือนทุกเดือน', 'monthly'],
      ['สรุปผลรายงานนายกเทศมนตรีทุก ๖ เดือน', 'semiannual'],
    ]);
  });

  it('a page break in a cell and a line break in the title are spaces, not new items or lines', async () => {
    const page = '<w:r><w:br w:type="page"/></w:r>';
    const title = `<w:p>${run('มาตรการส่งเสริมคุณธรรมและความโปร่งใส')}<w:r><w:br/></w:r>${run('ประจำปีงบประมาณ พ.ศ. ๒๕๖๗')}</w:p>`;
    const table = wordTable([HEADER]).replace(
      '</w:tbl>',
      `${row(i9(brokenCell(['รายงานผู้บริหาร', 'ทุกไตรมาส'], page)))}</w:tbl>`,
    );
    const r = await preview(docx(title + table));
    expect(r.plan.title).toBe('มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗');
    expect(r.plan.measures[0]!.followUps.map((f) => [f.text, f.cadence])).toEqual([
      ['รายงานผู้บริหาร ทุกไตรมาส', 'quarterly'],
    ]);
  });
});
