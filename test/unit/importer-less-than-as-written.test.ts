// Session 59 (noticed in session 58): a "<" the writer typed was read as the start of an HTML tag
// and the text up to the next ">" dropped: a .txt or .csv cell "a<b c>d" was "a d",
// "ดู <https://www.example.go.th>" was "ดู", and the same in a Word paragraph, a PDF's text lines
// (the plan's title) and an unruled PDF's cells. Only a file's own markup is dropped now: OCR's
// HTML tags in text ("<br>", "</td>", "<!-- -->"); .docx, .xlsx and PDF text carry none.
import { describe, expect, it } from 'vitest';
import { HEADER, TITLE } from '../support/base-plan-rows.js';
import { docx, preview, type Preview, tsv, wordParagraph, wordTable } from '../support/plan-table-files.js';
import { planPdf, previewFile } from '../support/plan-pdf.js';
import { textFileCell } from '../../shared/import/text-file-markup.js';
import { stripTags } from '../../shared/import/thai-text.js';

/** Methods as Thai officials write them: "<" and ">" as comparisons, brackets, a link. */
const WRITTEN = [
  'a<b c>d',
  'คะแนน > 85 และ < 100',
  '<ร่าง> แผนปฏิบัติการ',
  'ดู <https://www.example.go.th>',
  'ระดับ <A> ถึง <B>',
  '</ร่าง> ฉบับที่ ๒',
  'ร้อยละ <50',
  'ค่าเป้าหมาย <= 3 วัน',
];
/** A one-row measure of indicator i + 1 whose methods cell is `method`. */
const rowOf = (method: string, i: number) => [
  `ตัวชี้วัดที่ ${i + 1} มาตรการทดสอบ ${i + 1}`,
  method,
  'ตลอดปีงบประมาณ',
  'รายงานผลทุกเดือน',
  'กองคลัง',
];
const ROWS = WRITTEN.map(rowOf);
const methodsOf = (r: Preview) => r.plan.measures.map((m) => m.methods.join(' | '));
const TITLE_WRITTEN = `${TITLE[0]} <ฉบับร่าง> a<b c>d`;
const text = (s: string) => new TextEncoder().encode(s);

describe('a "<" typed in a text plan stays in the measure, as in a .docx', () => {
  it('tab-separated text: each method as written, as a Word table gives it', async () => {
    const [fromText, fromWord] = await Promise.all([
      preview(tsv([TITLE, HEADER, ...ROWS])),
      preview(docx(wordParagraph(TITLE[0]!) + wordTable([HEADER, ...ROWS]))),
    ]);
    expect(methodsOf(fromText)).toEqual(WRITTEN);
    expect(methodsOf(fromWord)).toEqual(WRITTEN);
  });

  it('a CSV (comma-separated, no quotes): each method as written', async () => {
    const file = [TITLE[0], HEADER.join(','), ...ROWS.map((r) => r.join(','))].join('\r\n');
    expect(methodsOf(await preview(text(file)))).toEqual(WRITTEN);
  });

  it("a text line above the table (the plan's title) keeps its brackets", async () => {
    const r = await preview(tsv([[TITLE_WRITTEN], HEADER, ROWS[0]!]));
    expect(r.plan.title).toBe(TITLE_WRITTEN);
  });

  // s59-E: a quoted cell over several lines kept OCR's tags as text ("ก<br>ข", "<td>ค</td>",
  // "<!-- ocr -->"), though the same cell on one line drops them
  it('a CSV cell quoted over several lines: OCR\'s tags dropped as on one line, any other "<" kept', async () => {
    const cells = [
      'ก<br>ข\n<td>ค</td> <b c> ร้อยละ <50',
      '<!-- ocr -->ง\n<td colspan=2>จ</td>',
      '๑. ฉ<br/>\n<br>\n๒. <ร่าง> ช',
    ];
    const file = [TITLE[0], HEADER.join(','), ...cells.map((c, i) => rowOf(`"${c}"`, i).join(','))].join('\r\n');
    expect((await preview(text(file))).plan.measures.map((m) => m.methods)).toEqual([
      ['ก ข', 'ค <b c> ร้อยละ <50'],
      ['ง', 'จ'],
      ['ฉ', '<ร่าง> ช'],
    ]);
  });

  it('a Markdown table of OCR text: "<br>" is a line break, a link and "<ร่าง>" are text', async () => {
    const file = [
      `# ${TITLE_WRITTEN}`,
      `| ${HEADER.join(' | ')} |`,
      `|${HEADER.map(() => '---').join('|')}|`,
      `| ${rowOf('๑. ดู <https://www.example.go.th><br>๒. <ร่าง> a<b c>d', 0).join(' | ')} |`,
    ].join('\n');
    const r = await preview(text(file));
    expect(r.plan.title).toBe(TITLE_WRITTEN);
    expect(r.plan.measures[0]!.methods).toEqual(['ดู <https://www.example.go.th>', '<ร่าง> a<b c>d']);
  });

  it('OCR\'s own tags in a text cell are still dropped: "<br>", "<td colspan=\\"2\\">", "</td>", a comment', async () => {
    const method = '<td colspan="2">จัดทำคู่มือ<br/>ร้อยละ <50</td><!-- ocr -->';
    const r = await preview(tsv([TITLE, HEADER, rowOf(method, 0)]));
    expect(methodsOf(r)).toEqual(['จัดทำคู่มือ ร้อยละ <50']);
  });
});

describe('a "<" in a Word paragraph or a PDF is the writer\'s text', () => {
  it('a Word paragraph (the plan\'s title) keeps "<ฉบับร่าง>" and "a<b c>d"', async () => {
    const r = await preview(docx(wordParagraph(TITLE_WRITTEN) + wordTable([HEADER, ROWS[0]!])));
    expect(r.plan.title).toBe(TITLE_WRITTEN);
  });

  /** The plan as a PDF: the title line, then the header and ROWS, ruled or not, one line a cell. */
  async function pdfPlan(ruled: boolean) {
    const xs = [30, 210, 400, 490, 660, 810];
    const texts = [{ x: 30, y: 20, text: TITLE_WRITTEN }];
    const lines: [number, number, number, number][] = [];
    [HEADER, ...ROWS].forEach((row, r) => {
      const top = 40 + 22 * r;
      row.forEach((cell, c) => texts.push({ x: xs[c]! + 5, y: top + 4, text: cell }));
      lines.push(
        [xs[0]!, top, xs.at(-1)!, top],
        ...xs.map((x): [number, number, number, number] => [x, top, x, top + 22]),
      );
    });
    const bottom = 40 + 22 * (ROWS.length + 1);
    lines.push([xs[0]!, bottom, xs.at(-1)!, bottom]);
    return previewFile(await planPdf([{ texts, lines: ruled ? lines : [] }]));
  }

  it('a ruled PDF: the title line as written, each method as written', async () => {
    const r = await pdfPlan(true);
    expect(r.plan.title).toBe(TITLE_WRITTEN);
    expect(methodsOf(r)).toEqual(WRITTEN);
  });

  it('a PDF table without rules: the title line and each method as written', async () => {
    const r = await pdfPlan(false);
    expect(r.plan.title).toBe(TITLE_WRITTEN);
    expect(methodsOf(r)).toEqual(WRITTEN);
  });
});

describe('a text file\'s cell as the importer reads it: OCR\'s tags dropped, any other "<" kept', () => {
  const read = (cell: string) => stripTags(textFileCell(cell));
  it.each([
    ['<td colspan="2" style=\'x\'>ก</td>', 'ก'],
    ['ก<br />ข<br>ค', 'ก ข ค'],
    ['<b>ตัวหนา</b> <b c>', 'ตัวหนา <b c>'],
    ['<B>ตัวหนา</B>', '<B>ตัวหนา</B>'],
    ['<!-- ไม่ปิด', '<!-- ไม่ปิด'],
    ['<https://x.go.th> <mailto:a@x.go.th>', '<https://x.go.th> <mailto:a@x.go.th>'],
  ])('%s reads %s', (cell, text) => expect(read(cell)).toBe(text));

  it('a run of 1,000,000 "<", or of "<x" closed only at its end, is kept whole; 250,000 "<br>" are dropped', () => {
    expect(read('<'.repeat(1_000_000))).toBe('<'.repeat(1_000_000));
    expect(read(`${'<x'.repeat(500_000)}>`)).toBe(`${'<x'.repeat(500_000)}>`);
    expect(read(`ก${'<br>'.repeat(250_000)}ข <`)).toBe('ก ข <');
  });
});
