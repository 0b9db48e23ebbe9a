// Session 24's leftover of S23-7: in a .txt plan an arrow across month columns ("<---->",
// "<--- --->") was taken for an HTML tag and stripped before the month grid read it, so the
// measure had no timeframe, while the same arrows in a .docx gave their months. A "<" opens a tag
// only before a letter, "/", "!" or "?" (HTML's rule); any other "<" is text.
import { describe, expect, it } from 'vitest';
import { M5, TITLE } from '../support/base-plan-rows.js';
import { docx, preview, type Preview, tsv, wordParagraph, wordTable } from '../support/plan-table-files.js';

const MONTHS = ['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.'];
const SUB = ['', '', ...MONTHS, '', ''];
const row = (at: Record<number, string>, followUp = M5[3]!) => [
  M5[0]!,
  M5[1]!,
  ...MONTHS.map((_, i) => at[i] ?? ''),
  followUp,
  M5[4]!,
];
const timeframes = (r: Preview) => r.plan.measures.map((m) => m.timeframe);

const fromText = (rows: string[][]) =>
  preview(
    tsv([
      [TITLE[0]!],
      [TITLE[1]!],
      ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ระยะเวลา', ...Array<string>(11).fill(''), 'การติดตามผล', 'ผู้รับผิดชอบ'],
      SUB,
      ...rows,
    ]),
  );
const fromWord = (rows: string[][]) =>
  preview(
    docx(
      TITLE.map(wordParagraph).join('') +
        wordTable(
          [['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', { text: 'ระยะเวลา', span: 12 }, 'การติดตามผล', 'ผู้รับผิดชอบ'], SUB, ...rows],
          16,
        ),
    ),
  );

describe('arrows across the month columns of a .txt plan give the months a .docx gives', () => {
  it.each([
    ['"<------>" in January and February', [row({ 3: '<------>', 4: '<------>' })], ['ม.ค. ๒๕๖๗ - ก.พ. ๒๕๖๗']],
    [
      '"<--- --->" in each of April to June',
      [row({ 6: '<--- --->', 7: '<--- --->', 8: '<--- --->' })],
      ['เม.ย. ๒๕๖๗ - มิ.ย. ๒๕๖๗'],
    ],
    // neighbours: a double-lined arrow; a short arrow with its tail in one cell and its head in a later one
    ['"<====>" in October to December', [row({ 0: '<====>', 1: '<====>', 2: '<====>' })], ['ต.ค. ๒๕๖๖ - ธ.ค. ๒๕๖๖']],
    ['"<-" in March, "->" in May', [row({ 5: '<-', 7: '->' })], ['มี.ค. ๒๕๖๗ - พ.ค. ๒๕๖๗']],
  ])('%s', async (_, rows, expected) => {
    const [text, word] = await Promise.all([fromText(rows), fromWord(rows)]);
    expect(timeframes(text)).toEqual(expected);
    expect(timeframes(word)).toEqual(expected);
  });
});

describe('a "<" that opens no tag stays in the text of a .txt plan', () => {
  it('a follow-up "<ทุกวันที่ 5 ของเดือน>" after its cadence keeps its words', async () => {
    const r = await fromText([row({ 0: '✓' }, 'รายงานผลทุกเดือน <ทุกวันที่ 5 ของเดือน>')]);
    expect(r.plan.measures[0]!.followUps.map((f) => [f.text, f.cadence])).toEqual([
      ['รายงานผลทุกเดือน <ทุกวันที่ 5 ของเดือน>', 'monthly'],
    ]);
  });

  it('HTML tags of OCR text are still stripped ("<br>", "</td>", "<!-- -->")', async () => {
    const r = await fromText([row({ 0: '✓' }, 'รายงานผล<br>ทุกเดือน</td><!-- ocr -->')]);
    expect(r.plan.measures[0]!.followUps.map((f) => [f.text, f.cadence])).toEqual([['รายงานผล ทุกเดือน', 'monthly']]);
  });
});
