// Review 17 s11, S11-3: a PDF drawn with a legacy, non-Unicode Thai font (its letters in TIS-620's
// Latin-1 codes: "ÁÒµÃ¡ÒÃ") was repaired only after it was read: the unruled reader had looked for
// the measure headings that start its rows in the garbled text, found none, and the whole table
// was one header row ("no measures table"). Each text run is repaired as it is read now, a
// heading wrapped over two lines of a narrow column starts its row, and ญ drawn as "-" is ญ.
import { describe, expect, it } from 'vitest';
import { planPdf, previewFile, tableTexts } from '../support/plan-pdf.js';
import { BASE_MEASURES, HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { measuresOf } from '../support/plan-table-files.js';

/** Thai as TIS-620 bytes read as Latin-1: what a legacy Thai font's codes extract as. */
const asLatin1 = (s: string) =>
  s.replace(/[\u0e01-\u0e5b]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x0e00 + 0xa0));

const XS = [20, 200, 360, 490, 660];
const MARK = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/;

/** A cell's text in lines of at most `width` characters (no line starting with an upper/lower mark). */
function wrap(text: string, width: number): string[] {
  return text.split('\n').flatMap((paragraph) => {
    const lines: string[] = [];
    let rest = paragraph;
    while (rest.length > width) {
      let cut = width;
      while (cut < rest.length && MARK.test(rest[cut]!)) cut++;
      lines.push(rest.slice(0, cut).trim());
      rest = rest.slice(cut);
    }
    return rest.trim() ? [...lines, rest.trim()] : lines;
  });
}

/** The base plan as a table without rules, cells wrapped at `width` characters, in `font`. */
function unruledPlan(
  rows: readonly (readonly string[])[],
  width: number,
  garble: (s: string) => string,
  font?: string,
) {
  const title = TITLE.map((text, i) => ({ x: 20, y: 20 + 14 * i, text: garble(text) }));
  const cells = rows.map((row) => row.map((cell) => wrap(cell, width).map(garble)));
  return planPdf([{ texts: [...title, ...tableTexts(XS, cells, 60)] }], font);
}

const codes = (r: Awaited<ReturnType<typeof previewFile>>) => r.warnings.map((w) => w.code);

describe('a PDF in a legacy non-Unicode Thai font, its table drawn without rules', () => {
  it('each measure heading starts its row: the three measures read, with the repair notice', async () => {
    const result = await previewFile(await unruledPlan([HEADER, M4, M5, M9], 18, asLatin1, 'Helvetica'));
    expect(measuresOf(result)).toEqual(BASE_MEASURES);
    expect(result.plan.measures.map((m) => m.title)).toEqual([
      'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
      'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต',
      'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล',
    ]);
    const notice = result.warnings.find((w) => w.code === 'text-encoding-repaired');
    expect(notice?.message_th).toContain('ฟอนต์แบบเก่าที่ไม่ใช่ Unicode');
    expect(notice?.message_th).toContain('มาตรการส่งเสริมคุณธรรม');
    expect(notice?.where).toEqual({ page: 1, line: 1 });
    expect(codes(result)).not.toContain('no-measures');
  });

  it('headings wrapped inside a word ("ตัวชี้วั" / "ดที่ ๔ ...") in a narrow column still start their rows', async () => {
    const result = await previewFile(await unruledPlan([HEADER, M4, M5, M9], 8, asLatin1, 'Helvetica'));
    expect(measuresOf(result)).toEqual(BASE_MEASURES);
    expect(result.plan.measures[0]!.title).toBe('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ');
  });

  it('ญ (TIS-620 0xAD, a soft hyphen in Latin-1) drawn as "-" reads as ญ', async () => {
    const garble = (s: string) => asLatin1(s).replace(/\u00ad/g, '-');
    const result = await previewFile(await unruledPlan([HEADER, M4, M5, M9], 18, garble, 'Helvetica'));
    expect(result.plan.measures[1]!.title).toBe('ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต');
  });

  it('a Unicode Thai PDF whose headings wrap after "ตัวชี้วัดที่" reads each heading as its row', async () => {
    const rows = [HEADER, M4, M5, M9].map((r) => [r[0]!.replace(/ที่ /, 'ที่\n'), ...r.slice(1)]);
    const result = await previewFile(await unruledPlan(rows, 18, (s) => s));
    expect(measuresOf(result)).toEqual(BASE_MEASURES);
    expect(codes(result)).not.toContain('text-encoding-repaired');
  });
});
