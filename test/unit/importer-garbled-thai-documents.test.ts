// Garbled Thai (TIS-620 shown as Latin-1 "ÁÒµÃ¡ÒÃ", UTF-8 shown as code page 874 "เธกเธฒเธ•") was
// repaired in text files only: the same text in a Word table or an Excel sheet read as "no measures
// table" (review 17 s11, S11-3). Every document's text is repaired now, with a notice.
import { describe, expect, it } from 'vitest';
import { garbledThaiRepair } from '../../shared/import/text-file-encoding.js';
import { BASE_MEASURES, HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { docx, measuresOf, preview, wordParagraph, wordTable, xlsx } from '../support/plan-table-files.js';

/** Thai as TIS-620 bytes read as Latin-1. */
const asLatin1 = (s: string) =>
  s.replace(/[\u0e01-\u0e5b]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x0e00 + 0xa0));
/** Thai as UTF-8 bytes read as code page 874. */
const asCp874 = (s: string) => new TextDecoder('windows-874').decode(new TextEncoder().encode(s));

const ROWS = [HEADER, M4, M5, M9];
const wordPlan = (garble: (s: string) => string) =>
  docx(TITLE.map((t) => wordParagraph(garble(t))).join('') + wordTable(ROWS.map((r) => r.map(garble))));
const sheetPlan = (garble: (s: string) => string) =>
  xlsx([{ name: 'แผน', rows: [[garble(TITLE.join('\n'))], ...ROWS.map((r) => r.map(garble))] }]);

describe('garbled Thai in Word and Excel documents', () => {
  it.each([
    ['a Word table, TIS-620 shown as Latin-1', () => Promise.resolve(wordPlan(asLatin1))],
    ['an Excel sheet, TIS-620 shown as Latin-1', () => sheetPlan(asLatin1)],
    ['a Word table, UTF-8 shown as code page 874', () => Promise.resolve(wordPlan(asCp874))],
  ])('%s: the measures read, and a notice quotes the text before and after', async (_, make) => {
    const result = await preview(await make());
    expect(measuresOf(result)).toEqual(BASE_MEASURES);
    expect(result.plan.measures[0]!.title).toBe('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ');
    const notice = result.warnings.find((w) => w.code === 'text-encoding-repaired');
    expect(notice?.message_th).toContain('เข้ารหัสผิด');
    expect(notice?.message_th).toContain('มาตรการส่งเสริมคุณธรรม');
  });

  it('a plain Thai document has no such notice', async () => {
    const result = await preview(await sheetPlan((s) => s));
    expect(result.warnings.map((w) => w.code)).not.toContain('text-encoding-repaired');
  });

  it("a PDF's µ folded to Greek mu (U+03BC) is ต", () => {
    const garbled = asLatin1('มาตรการส่งเสริมคุณธรรมและความโปร่งใส ของเทศบาลตำบล').replace(/\u00b5/g, '\u03bc');
    expect(garbledThaiRepair(garbled)?.(garbled)).toBe('มาตรการส่งเสริมคุณธรรมและความโปร่งใส ของเทศบาลตำบล');
  });
});
