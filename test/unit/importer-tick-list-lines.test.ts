// Review 17 s17, S17-1: a follow-up cell laid out as Word's ordinary form, one check box per line
// ("☑ รายเดือน" / "☐ รายไตรมาส" / "☐ รอบ ๖ เดือน", in paragraphs or lines parted by Shift+Enter),
// gave one follow-up per box, ticked or not, with no warning: saving made obligations for cadences
// nobody ticked. The same boxes on one line were already read as a tick list. Now the lines of such a
// list are one follow-up of the ticked cadence, with the warning a one-line list gives; a line above
// the boxes that names no cadence ("รายงานผลต่อนายกเทศมนตรี") is that follow-up's text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADER, M4 } from '../support/base-plan-rows.js';
import { docx, preview, wordParagraph, wordTable, xlsx } from '../support/plan-table-files.js';
import { planPdf, previewFile, tableTexts } from '../support/plan-pdf.js';

const HEADING = 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล';
const TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗';
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const plainCell = (text: string) => `<w:tc>${wordParagraph(text)}</w:tc>`;

/** A Word plan: M4 as usual, then i9 whose follow-up cell is `followUps` (a <w:tc>). */
const wordPlan = (followUps: string) => {
  const i9 = [plainCell(HEADING), plainCell('ปรับปรุงข้อมูลบนเว็บไซต์'), plainCell('ตลอดปี'), followUps];
  const row = `<w:tr>${[...i9, plainCell('สำนักปลัด')].join('')}</w:tr>`;
  return preview(docx(wordParagraph(TITLE) + wordTable([HEADER, M4]).replace('</w:tbl>', `${row}</w:tbl>`)));
};
/** A cell of one paragraph per line. */
const paragraphs = (lines: readonly string[]) => `<w:tc>${lines.map(wordParagraph).join('')}</w:tc>`;
/** A cell of one paragraph whose lines are parted by line breaks (Shift+Enter). */
const brokenLines = (lines: readonly string[]) =>
  `<w:tc><w:p>${lines.map(run).join('<w:r><w:br/></w:r>')}</w:p></w:tc>`;
/** A box drawn from a symbol font, as Word's check box symbols are (Wingdings 2 F052 ☑, F0A3 ☐). */
const sym = (char: string) => `<w:r><w:sym w:font="Wingdings 2" w:char="${char}"/></w:r>`;

type Read = Awaited<ReturnType<typeof preview>>;
const i9 = (r: Read) => r.plan.measures.find((m) => m.indicator === 9)!;
const cadences = (r: Read) => i9(r).followUps.map((f) => f.cadence);
const codesAt9 = (r: Read) => r.warnings.filter((w) => w.measureId === i9(r).measureId).map((w) => w.code);

describe('a follow-up cell of check boxes one per line is one follow-up: the ticked cadence', () => {
  it('"☑ รายเดือน" / "☐ รายไตรมาส" / "☐ รอบ ๖ เดือน" in paragraphs: one monthly follow-up, its boxes quoted in a warning', async () => {
    const r = await wordPlan(paragraphs(['☑ รายเดือน', '☐ รายไตรมาส', '☐ รอบ ๖ เดือน']));
    expect(cadences(r)).toEqual(['monthly']);
    expect(i9(r).followUps[0]!.text).toBe('☑ รายเดือน ☐ รายไตรมาส ☐ รอบ ๖ เดือน');
    const warning = r.warnings.find((w) => w.code === 'cadence-guessed' && w.measureId === i9(r).measureId)!;
    expect(warning.message_th).toContain('รายการช่องทำเครื่องหมาย');
    expect(warning.message_en).toContain('the ticked cadence monthly');
    // the row above is untouched
    expect(r.plan.measures[0]!.followUps.map((f) => f.cadence)).toEqual(['monthly', 'semiannual']);
  });

  it("a line naming no cadence above the boxes is the follow-up's text: one annual follow-up, not four", async () => {
    const r = await wordPlan(paragraphs(['รายงานผลต่อนายกเทศมนตรี', '☐ รายเดือน', '☐ รายไตรมาส', '☑ ปีละครั้ง']));
    expect(cadences(r)).toEqual(['annual']);
    expect(i9(r).followUps[0]!.text).toBe('รายงานผลต่อนายกเทศมนตรี ☐ รายเดือน ☐ รายไตรมาส ☑ ปีละครั้ง');
    expect(codesAt9(r)).toEqual(['cadence-guessed']);
  });

  it('boxes after their items, "รายเดือน ( )" / "รายไตรมาส (/)" / "รอบ ๖ เดือน ( )": one quarterly follow-up', async () => {
    const r = await wordPlan(paragraphs(['รายเดือน ( )', 'รายไตรมาส (/)', 'รอบ ๖ เดือน ( )']));
    expect(cadences(r)).toEqual(['quarterly']);
  });

  it('lines parted by line breaks, "☐ รายเดือน" / "☑ รอบ ๖ เดือน": one six-monthly follow-up', async () => {
    const r = await wordPlan(brokenLines(['☐ รายเดือน', '☑ รอบ ๖ เดือน']));
    expect(cadences(r)).toEqual(['semiannual']);
  });

  it("Word's symbol-font boxes (Wingdings 2) one per paragraph: one quarterly follow-up", async () => {
    const lines = [
      ['F0A3', 'รายเดือน'],
      ['F052', 'รายไตรมาส'],
      ['F0A3', 'รอบ ๖ เดือน'],
    ];
    const cell = `<w:tc>${lines.map(([box, text]) => `<w:p>${sym(box!)}${run(` ${text}`)}</w:p>`).join('')}</w:tc>`;
    const r = await wordPlan(cell);
    expect(cadences(r)).toEqual(['quarterly']);
  });

  it('no box ticked: one follow-up with no cadence, and a warning asking to choose', async () => {
    const r = await wordPlan(paragraphs(['☐ รายเดือน', '☐ รายไตรมาส', '☐ ปีละครั้ง']));
    expect(cadences(r)).toEqual(['unspecified']);
    const warning = r.warnings.find((w) => w.code === 'unspecified-cadence' && w.measureId === i9(r).measureId)!;
    expect(warning.message_th).toContain('ไม่มีรอบการรายงานที่ทำเครื่องหมาย');
  });

  it('a spreadsheet cell of lines "☐ รายเดือน" / "☑ รายไตรมาส" / "☐ รอบ ๖ เดือน": one quarterly follow-up', async () => {
    const rows = [HEADER, [HEADING, 'ปรับปรุงข้อมูลบนเว็บไซต์', 'ตลอดปี', '☐ รายเดือน\n☑ รายไตรมาส\n☐ รอบ ๖ เดือน', 'สำนักปลัด']];
    const r = await preview(await xlsx([{ name: 'แผน', rows: [[TITLE], ...rows] }]));
    expect(cadences(r)).toEqual(['quarterly']);
  });

  it('a PDF cell of lines "รายเดือน ( )" / "รายไตรมาส ( )" / "ปีละครั้ง (/)": one annual follow-up', async () => {
    const header = HEADER.map((h) => [h]);
    const row = [[HEADING], ['ปรับปรุงเว็บไซต์'], ['ตลอดปี'], ['รายเดือน ( )', 'รายไตรมาส ( )', 'ปีละครั้ง (/)'], ['สำนักปลัด']];
    const texts = [{ x: 30, y: 20, text: TITLE }, ...tableTexts([30, 210, 360, 450, 640], [header, row])];
    const r = await previewFile(await planPdf([{ texts }]));
    expect(cadences(r)).toEqual(['annual']);
  });
});

describe('the lines a PDF gives of such a list, some joined, some wrapped, are one follow-up too', () => {
  it('"☑ รายเดือน" / "☐ รายไตรมาส ☐ รอบ ๖ เดือน": one monthly follow-up, not monthly and one to choose', async () => {
    const r = await wordPlan(paragraphs(['☑ รายเดือน', '☐ รายไตรมาส ☐ รอบ ๖ เดือน']));
    expect(cadences(r)).toEqual(['monthly']);
  });

  it('wrapped after a box, "☐ รายเดือน ☑" / "รายไตรมาส ☐ รอบ ๖ เดือน": one quarterly follow-up, the box is รายไตรมาส\'s', async () => {
    const r = await wordPlan(paragraphs(['☐ รายเดือน ☑', 'รายไตรมาส ☐ รอบ ๖ เดือน']));
    expect(cadences(r)).toEqual(['quarterly']);
  });

  it('boxes after their items, "รายเดือน ( ) รายไตรมาส (/)" / "รอบ ๖ เดือน ( )": one quarterly follow-up', async () => {
    const r = await wordPlan(paragraphs(['รายเดือน ( ) รายไตรมาส (/)', 'รอบ ๖ เดือน ( )']));
    expect(cadences(r)).toEqual(['quarterly']);
  });

  it('a LibreOffice PDF of such cells (corpus 42-tick-lists-libreoffice.pdf) gives one follow-up a cell', async () => {
    const bytes = new Uint8Array(
      readFileSync(new URL('../fixtures/plans/42-tick-lists-libreoffice.pdf', import.meta.url)),
    );
    const r = await previewFile(bytes);
    expect(r.plan.measures.map((m) => m.followUps.map((f) => f.cadence))).toEqual([
      ['monthly'],
      ['annual'],
      ['quarterly'],
      ['quarterly'],
    ]);
  });
});

describe('a frequency column of check boxes names the ticked cadence only', () => {
  const FREQUENCY_HEADER = ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ความถี่ในการรายงาน', 'การติดตามผลการดำเนินการ', 'ผู้รับผิดชอบ'];
  const plan = (frequency: string, followUps: string) =>
    preview(
      docx(
        wordParagraph(TITLE) +
          wordTable([FREQUENCY_HEADER, [HEADING, 'ปรับปรุงข้อมูลบนเว็บไซต์', frequency, followUps, 'สำนักปลัด']]),
      ),
    );

  it('three follow-ups naming no cadence under "☐ รายเดือน" / "☑ รายไตรมาส" / "☐ รอบ ๖ เดือน": all quarterly, not one per box', async () => {
    const r = await plan('☐ รายเดือน\n☑ รายไตรมาส\n☐ รอบ ๖ เดือน', '๑. รายงานผลต่อนายก\n๒. แจ้งที่ประชุม\n๓. ประกาศบนเว็บไซต์');
    expect(cadences(r)).toEqual(['quarterly', 'quarterly', 'quarterly']);
    expect(codesAt9(r)).not.toContain('two-cadences');
  });

  it('one follow-up under the same boxes on one line: quarterly, with no word of three cadences', async () => {
    const r = await plan('☐ รายเดือน ☑ รายไตรมาส ☐ รอบ ๖ เดือน', 'รายงานผลต่อนายก');
    expect(cadences(r)).toEqual(['quarterly']);
    expect(codesAt9(r)).toEqual(['cadence-guessed']);
  });
});

describe('lines that are no one-box-per-line tick list stay items of their own', () => {
  it('"□ รายงานผลทุกเดือน" / "□ สรุปผลประจำปี" (a bullet glyph, none ticked): two follow-ups', async () => {
    const r = await wordPlan(paragraphs(['□ รายงานผลทุกเดือน', '□ สรุปผลประจำปี']));
    expect(cadences(r)).toEqual(['monthly', 'annual']);
  });

  it('a follow-up naming its cadence, then a tick list: the follow-up and the ticked cadence, two', async () => {
    const r = await wordPlan(paragraphs(['๑. รายงานผลทุกเดือน', '๒. สรุปผลต่อนายก', '☐ รายไตรมาส', '☑ ปีละครั้ง']));
    expect(cadences(r)).toEqual(['monthly', 'annual']);
    expect(i9(r).followUps[1]!.text).toBe('สรุปผลต่อนายก ☐ รายไตรมาส ☑ ปีละครั้ง');
  });

  it('a line after the list that is no part of it, "☑ รายเดือน" / "☐ รายไตรมาส" / "สรุปผลประจำปี": monthly and annual', async () => {
    const r = await wordPlan(paragraphs(['☑ รายเดือน', '☐ รายไตรมาส', 'สรุปผลประจำปี']));
    expect(cadences(r)).toEqual(['monthly', 'annual']);
  });

  it('the same after boxes after their items, "รายเดือน ( )" / "รายไตรมาส (/)" / "สรุปผลประจำปี": quarterly and annual', async () => {
    const r = await wordPlan(paragraphs(['รายเดือน ( )', 'รายไตรมาส (/)', 'สรุปผลประจำปี']));
    expect(cadences(r)).toEqual(['quarterly', 'annual']);
  });

  it('two forms offering the same items, "☐ รายเดือน ☐ รายไตรมาส" / "☐ รายเดือน ☑ รายไตรมาส": two follow-ups', async () => {
    const r = await wordPlan(paragraphs(['☐ รายเดือน ☐ รายไตรมาส', '☐ รายเดือน ☑ รายไตรมาส']));
    expect(cadences(r)).toEqual(['unspecified', 'quarterly']);
  });

  it('two lines each a tick list of its own ("☐ รายเดือน ☑ รายไตรมาส" / "☑ รายเดือน ☐ รายไตรมาส"): two follow-ups', async () => {
    const r = await wordPlan(paragraphs(['☐ รายเดือน ☑ รายไตรมาส', '☑ รายเดือน ☐ รายไตรมาส']));
    expect(cadences(r)).toEqual(['quarterly', 'monthly']);
  });
});
