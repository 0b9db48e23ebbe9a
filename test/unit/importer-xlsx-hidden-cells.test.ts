// A cell the sheet shows blank is no plan text: the number format ";;;" (Excel's usual way to hide a
// value) or white text on white. Such a row became a measure, with no warning (review 17 s11, S11-22).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BASE_MEASURES, HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { measuresOf, preview } from '../support/plan-table-files.js';

const M10 = ['ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต (ยกเลิก)', '๑. จัดอบรม', 'ตลอดปี', '๑. รายงานผลทุกเดือน', 'กองคลัง'];

type Style = (cell: ExcelJS.Cell) => void;
const hiddenFormat: Style = (c) => (c.numFmt = ';;;');
const whiteFont: Style = (c) => (c.font = { color: { argb: 'FFFFFFFF' } });
const themeWhiteOnWhiteFill: Style = (c) => {
  c.font = { color: { theme: 0 } };
  c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFFFF' } };
};

/** The base plan with the i10 row added as row 6, its cells styled by `style`. */
async function planWithStyledRow(style: Style): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('แผน');
  for (const r of [[TITLE.join('\n')], HEADER, M4, M5, M9, M10]) ws.addRow(r);
  ws.getRow(6).eachCell(style);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('Excel cells the sheet shows blank', () => {
  it.each([
    ['number format ";;;"', hiddenFormat, '";;;"'],
    ['white text, no fill', whiteFont, 'สีขาวบนพื้นขาว'],
    ['theme white text on a white fill', themeWhiteOnWhiteFill, 'สีขาวบนพื้นขาว'],
  ])('%s: the row is no measure, and a notice names its cells', async (_, style, th) => {
    const result = await preview(await planWithStyledRow(style));
    expect(measuresOf(result)).toEqual(BASE_MEASURES);
    const notice = result.warnings.find((w) => w.code === 'hidden-content-skipped');
    expect(notice?.message_th).toContain(th);
    expect(notice?.message_th).toContain('A6, B6, C6, D6, E6');
    expect(notice?.source).toContain('ตัวชี้วัดที่ ๑๐');
  });

  it.each([
    ['";;;@" shows text', (c: ExcelJS.Cell) => (c.numFmt = ';;;@')],
    [
      'white text on a dark fill',
      (c: ExcelJS.Cell) => {
        whiteFont(c);
        c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
      },
    ],
  ])('%s: the row is read', async (_, style) => {
    const result = await preview(await planWithStyledRow(style));
    expect(measuresOf(result).map((m) => m.indicator)).toEqual([4, 5, 9, 10]);
    expect(result.warnings.map((w) => w.code)).not.toContain('hidden-content-skipped');
  });
});
