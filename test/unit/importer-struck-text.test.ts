// Review 17 s13, S13-10: a revised plan (แผนฉบับปรับปรุง) strikes through what it drops: a whole
// measure, or a method or follow-up inside a cell. Struck text was read as any other, so a dropped
// measure became a live duty with no warning. Now a measure whose measure cell is all struck is
// warned beside it (measure-status-marked), and struck text beside other text in a cell, or a
// struck cell of another column, is left out with a warning quoting it (struck-text-left-out).
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BASE_MEASURES, HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { docx, measuresOf, preview, wordParagraph } from '../support/plan-table-files.js';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** A run: struck by `props` ("<w:strike/>", "<w:dstrike/>", a character style …) when given. */
const run = (text: string, props = '') =>
  `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
const STRIKE = '<w:strike/>';
/** A cell of paragraphs, each a list of runs (XML). */
const cell = (...paragraphs: string[]) => `<w:tc>${paragraphs.map((p) => `<w:p>${p}</w:p>`).join('')}</w:tc>`;
/** A cell of the row's text, every run given `props`. */
const cellOf = (text: string, props = '') => cell(...text.split('\n').map((line) => run(line, props)));
const row = (cells: readonly string[]) => `<w:tr>${cells.join('')}</w:tr>`;
/** The base plan (i4, i5, i9) with i5's row given as cells (XML). */
const planWithI5 = (i5: readonly string[], styles?: string) => {
  const table = `<w:tbl><w:tblGrid>${'<w:gridCol w:w="1805"/>'.repeat(5)}</w:tblGrid>${[HEADER, M4]
    .map((r) => row(r.map((t) => cellOf(t))))
    .join('')}${row(i5)}${row(M9.map((t) => cellOf(t)))}</w:tbl>`;
  const bytes = docx(TITLE.map(wordParagraph).join('') + table);
  if (!styles) return bytes;
  const zip = unzipSync(bytes);
  const xml = strFromU8(zip['word/styles.xml']!);
  zip['word/styles.xml'] = strToU8(xml.replace('</w:styles>', `${styles}</w:styles>`));
  return zipSync(zip);
};
const marked = (r: Awaited<ReturnType<typeof preview>>) => r.warnings.filter((w) => w.code === 'measure-status-marked');
const leftOut = (r: Awaited<ReturnType<typeof preview>>) => r.warnings.filter((w) => w.code === 'struck-text-left-out');

describe('a Word measure struck through as a whole', () => {
  it.each([
    ['every run of the row w:strike', M5.map((t) => cellOf(t, STRIKE))],
    ['every run w:dstrike (double strikethrough)', M5.map((t) => cellOf(t, '<w:dstrike/>'))],
    ['only the measure cell struck', [cellOf(M5[0]!, STRIKE), ...M5.slice(1).map((t) => cellOf(t))]],
    [
      'struck through by a character style',
      M5.map((t) => cellOf(t, '<w:rStyle w:val="Cancelled"/>')),
      '<w:style w:type="character" w:styleId="Cancelled"><w:name w:val="Cancelled"/><w:rPr><w:strike/></w:rPr></w:style>',
    ],
  ])('%s: the measure is kept and warned beside it, naming it', async (_, i5, styles?: string) => {
    const r = await preview(planWithI5(i5, styles));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    const [w, ...more] = marked(r);
    expect(more).toEqual([]);
    expect(w).toMatchObject({ measureId: 'i5', where: { table: 1, row: 3, column: 1 } });
    expect(w!.message_th).toContain('"ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต" ถูกขีดฆ่าทั้งหมด');
    expect(w!.message_en).toContain('struck through');
    expect(leftOut(r)).toEqual([]);
  });

  it('a strike turned off (w:strike w:val="0") is no strike: no warning', async () => {
    const r = await preview(planWithI5(M5.map((t) => cellOf(t, '<w:strike w:val="0"/>'))));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect([...marked(r), ...leftOut(r)]).toEqual([]);
  });

  it('a struck paragraph mark (w:pPr/w:rPr) strikes no text', async () => {
    const markStruck = (t: string) => `<w:tc><w:p><w:pPr><w:rPr><w:strike/></w:rPr></w:pPr>${run(t)}</w:p></w:tc>`;
    const r = await preview(planWithI5(M5.map(markStruck)));
    expect([...marked(r), ...leftOut(r)]).toEqual([]);
  });
});

describe('struck text inside a live Word cell', () => {
  const i5 = (methods: string, followUps: string) => [
    cellOf(M5[0]!),
    methods,
    cellOf(M5[2]!),
    followUps,
    cellOf(M5[4]!),
  ];

  it('a struck method paragraph is left out, quoted in a warning on its cell', async () => {
    const methods = cell(run('๑. จัดอบรมเจ้าหน้าที่', STRIKE), run('๒. เผยแพร่ผลการดำเนินงานบนเว็บไซต์'));
    const r = await preview(planWithI5(i5(methods, cellOf(M5[3]!))));
    expect(r.plan.measures[1]!.methods).toEqual(['เผยแพร่ผลการดำเนินงานบนเว็บไซต์']);
    const [w, ...more] = leftOut(r);
    expect(more).toEqual([]);
    expect(w!.where).toEqual({ table: 1, row: 3, column: 2 });
    expect(w!.message_th).toContain('ขีดฆ่า');
    expect(w!.message_th).toContain('"๑. จัดอบรมเจ้าหน้าที่"');
    expect(w!.source).toBe('๑. จัดอบรมเจ้าหน้าที่');
    expect(marked(r)).toEqual([]);
  });

  it('a struck follow-up line (Shift+Enter) is left out: its monthly duty is not imported', async () => {
    const followUps = cell(
      `${run('๑. รายงานผลต่อที่ประชุมทุกเดือน', STRIKE)}<w:r><w:br/></w:r>${run('๒. รายงานผู้บริหารทุกไตรมาส')}`,
    );
    const r = await preview(planWithI5(i5(cellOf(M5[1]!), followUps)));
    expect(measuresOf(r)[1]!.cadences).toEqual(['quarterly']);
    expect(leftOut(r).map((w) => [w.where.column, w.source])).toEqual([[4, '๑. รายงานผลต่อที่ประชุมทุกเดือน']]);
  });

  it('a struck word replaced in the same line keeps only the new word', async () => {
    const followUps = cell(run('รายงานผู้บริหารทุก') + run('เดือน', STRIKE) + run('ไตรมาส'));
    const r = await preview(planWithI5(i5(cellOf(M5[1]!), followUps)));
    expect(r.plan.measures[1]!.followUps.map((f) => [f.text, f.cadence])).toEqual([
      ['รายงานผู้บริหารทุกไตรมาส', 'quarterly'],
    ]);
    expect(leftOut(r).map((w) => w.source)).toEqual(['เดือน']);
  });

  it('a follow-up cell struck as a whole under a live measure is left out, said on its cell', async () => {
    const r = await preview(planWithI5(i5(cellOf(M5[1]!), cellOf(M5[3]!, STRIKE))));
    expect(r.plan.measures[1]!.followUps).toEqual([]);
    expect(leftOut(r).map((w) => [w.where, w.source])).toEqual([
      [{ table: 1, row: 3, column: 4 }, '๑. รายงานผู้บริหารทุกไตรมาส'],
    ]);
    expect(marked(r)).toEqual([]);
  });
});

/** The base plan in a sheet, i5's row (row 4) styled by `style`. */
async function sheetWithI5(style: (row: ExcelJS.Row) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('แผน');
  for (const r of [[TITLE.join('\n')], HEADER, M4, M5, M9]) ws.addRow(r);
  style(ws.getRow(4));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('struck-through Excel cells', () => {
  it('a row in a struck font: the measure is kept and warned beside it', async () => {
    const r = await preview(await sheetWithI5((row) => row.eachCell((c) => (c.font = { strike: true }))));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(marked(r).map((w) => [w.measureId, w.where])).toEqual([['i5', { sheet: 'แผน', row: 4, column: 1 }]]);
  });

  it('a struck line of rich text in the follow-up cell is left out, named by its cell', async () => {
    const r = await preview(
      await sheetWithI5((row) => {
        row.getCell(4).value = {
          richText: [
            { text: '๑. รายงานผลต่อที่ประชุมทุกเดือน\n', font: { strike: true } },
            { text: '๒. รายงานผู้บริหารทุกไตรมาส' },
          ],
        };
      }),
    );
    expect(measuresOf(r)[1]!.cadences).toEqual(['quarterly']);
    const [w] = leftOut(r);
    expect(w!.where).toEqual({ sheet: 'แผน', row: 4, column: 4 });
    expect(w!.message_th).toContain('แผ่นงาน แผน แถว ๔ คอลัมน์ D');
    expect(w!.source).toBe('๑. รายงานผลต่อที่ประชุมทุกเดือน');
  });

  it('the methods cell in a struck font, the measure live: the method is left out', async () => {
    const r = await preview(await sheetWithI5((row) => (row.getCell(2).font = { strike: true })));
    expect(r.plan.measures[1]!.methods).toEqual([]);
    expect(leftOut(r).map((w) => w.source)).toEqual(['๑. เผยแพร่ผลการดำเนินงานบนเว็บไซต์']);
    expect(marked(r)).toEqual([]);
  });
});
