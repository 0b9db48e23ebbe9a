// A Word table row whose text is all hidden (Font > Hidden: w:vanish, w:specVanish, a hidden
// style) disappeared with no word (review 17 s16, S16-11). Hidden text is not printed, so it is no
// measure, but the coordinator is told: a `hidden-text-skipped` warning at that row quotes it, in
// Thai first. Hidden runs inside a visible cell (a hidden note in a measure's text) are not read.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { HEADER, M4, M9 } from '../support/base-plan-rows.js';
import { docx, preview, wordTable } from '../support/plan-table-files.js';

const HIDDEN_MEASURE = 'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต มาตรการร่างที่ยังไม่อนุมัติ';
const HIDDEN_UNIT = 'สำนักปลัด';
const run = (text: string, rPr = '') =>
  `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const cell = (runs: string) => `<w:tc><w:p>${runs}</w:p></w:tc>`;
/** A table row of five cells, each cell's text in one run with the properties `rPr`. */
const row = (texts: readonly string[], rPr: string) =>
  `<w:tr>${texts.map((t) => cell(t ? run(t, rPr) : '')).join('')}</w:tr>`;
/** The header and M4, the row `middle`, then M9: one table. */
const tableWith = (middle: string) =>
  wordTable([HEADER, M4, M9]).replace(/<w:tr>(?=(?:(?!<w:tr>).)*<\/w:tbl>$)/s, `${middle}<w:tr>`);
const hiddenRow = [HIDDEN_MEASURE, '๑. จัดทำร่างแผน', 'ตลอดปี', '๑. รายงานทุกไตรมาส', HIDDEN_UNIT];

/** A .docx of `body` with a character style "Hidden" (Font > Hidden) in its styles part. */
function withHiddenStyle(body: string): Uint8Array {
  const zip = unzipSync(docx(body));
  const style =
    '<w:style w:type="character" w:customStyle="1" w:styleId="Hidden"><w:name w:val="ซ่อน"/><w:rPr><w:vanish/></w:rPr></w:style>';
  zip['word/styles.xml'] = strToU8(strFromU8(zip['word/styles.xml']!).replace('</w:styles>', `${style}</w:styles>`));
  return zipSync(zip);
}

describe('a Word table row of hidden text only is no measure, and is said', () => {
  it.each([
    ['hidden runs (w:vanish)', () => docx(tableWith(row(hiddenRow, '<w:vanish/>')))],
    ['runs hidden for good (w:specVanish)', () => docx(tableWith(row(hiddenRow, '<w:specVanish/>')))],
    [
      'runs of a hidden character style',
      () => withHiddenStyle(tableWith(row(hiddenRow, '<w:rStyle w:val="Hidden"/>'))),
    ],
  ])('%s: the two visible measures, one warning at that row quoting the hidden text', async (_n, make) => {
    const r = await preview(make());
    expect(r.plan.measures.map((m) => m.indicator)).toEqual([4, 9]);
    const said = r.warnings.filter((w) => w.code === 'hidden-text-skipped');
    expect(said).toHaveLength(1);
    expect(said[0]!.where).toEqual({ table: 1, row: 3 });
    expect(said[0]!.source).toBe(hiddenRow.join(' | '));
    expect(said[0]!.message_th).toMatch(/^ตาราง ๑ แถว ๓: แถวนี้มีแต่ข้อความที่ซ่อนไว้/);
    expect(said[0]!.message_th).toContain(`"${hiddenRow.join(' | ')}"`);
    expect(said[0]!.message_en).toContain('hidden text');
  });

  it('a row of a visible measure with a hidden note is read without the note, and not said', async () => {
    const measure = `<w:tc><w:p>${run('ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต')}</w:p><w:p>${run('๑. มาตรการเผยแพร่ข้อมูล')}${run(' (หมายเหตุภายใน: รอผู้บริหารอนุมัติ)', '<w:vanish/>')}</w:p></w:tc>`;
    const rest = ['๑. เผยแพร่ผลงาน', 'ตลอดปี', '๑. รายงานผู้บริหารทุกไตรมาส', 'สำนักปลัด'].map((t) => cell(run(t))).join('');
    const r = await preview(docx(tableWith(`<w:tr>${measure}${rest}</w:tr>`)));
    expect(r.plan.measures.map((m) => [m.indicator, m.subMeasures])).toEqual([
      [4, ['มาตรการป้องกันการใช้ทรัพย์สินของราชการ']],
      [5, ['มาตรการเผยแพร่ข้อมูล']],
      [9, []],
    ]);
    expect(JSON.stringify(r.plan)).not.toContain('หมายเหตุภายใน');
    expect(r.warnings.map((w) => w.code)).not.toContain('hidden-text-skipped');
  });

  it('a row hidden except an empty visible run, and a deleted row of hidden text: the first said, the second not', async () => {
    const deleted = row(hiddenRow, '<w:vanish/>').replace(
      '<w:tr>',
      '<w:tr><w:trPr><w:del w:id="9" w:author="ก" w:date="2026-01-01T00:00:00Z"/></w:trPr>',
    );
    const emptyVisible = row(hiddenRow, '<w:vanish/>').replace(
      '</w:p></w:tc></w:tr>',
      `${run(' ')}</w:p></w:tc></w:tr>`,
    );
    const r = await preview(docx(tableWith(deleted + emptyVisible)));
    expect(r.plan.measures.map((m) => m.indicator)).toEqual([4, 9]);
    expect(r.warnings.filter((w) => w.code === 'hidden-text-skipped').map((w) => w.where)).toEqual([
      { table: 1, row: 3 },
    ]);
  });
});
