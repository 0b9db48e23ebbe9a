// Rows of a plan table that are no measures of their own (review 17 s9, entries 29, 14, 47): an
// indicator heading in a row of its own over its measures, a section heading ("มิติที่ ๑ …") or a
// total row, a sheet's heading line above its own header, and the row of column numbers under the
// header. Before, each became a measure that could not be saved, and the measures under an
// indicator heading lost their indicator.
import { describe, expect, it } from 'vitest';
import { BASE_MEASURES, HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { docx, measuresOf, preview, tsv, wordParagraph, wordTable, xlsx } from '../support/plan-table-files.js';

const GROUP_4 = 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ';
const GROUP_5 = 'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต';
const GROUP_9 = 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล';
/** The base measures with the heading taken out of the measure cell (it stands in the row above). */
const under = (row: readonly string[]) => [
  row[0]!.split('\n').slice(1).join('\n') || 'ปรับปรุงข้อมูลบนเว็บไซต์',
  ...row.slice(1),
];
const blank = ['', '', '', ''];

const blocking = (r: Awaited<ReturnType<typeof preview>>) =>
  r.warnings.filter((w) => ['cannot-save', 'no-indicator', 'no-responsible-unit'].includes(w.code));

describe('an indicator heading in a row of its own heads the measures under it', () => {
  const groupedRows = [HEADER, [GROUP_4], under(M4), [GROUP_5], under(M5), [GROUP_9], under(M9)];
  it.each([
    [
      'Excel, the heading merged over the five columns',
      () =>
        xlsx([
          {
            name: 'แผน',
            rows: [[TITLE[0]!], [TITLE[1]!], ...groupedRows],
            merges: ['A4:E4', 'A6:E6', 'A8:E8'],
          },
        ]),
    ],
    [
      'Word, the heading one cell spanning the five grid columns',
      () =>
        docx(
          TITLE.map(wordParagraph).join('') +
            wordTable(groupedRows.map((r) => (r.length === 1 ? [{ text: r[0]!, span: 5 }] : r))),
        ),
    ],
    [
      'text, the heading alone in the measure column, the other cells empty',
      () => tsv([...TITLE.map((t) => [t]), ...groupedRows.map((r) => (r.length === 1 ? [r[0]!, ...blank] : r))]),
    ],
  ])('%s: 3 measures i4, i5, i9 with their units and follow-ups, nothing to fix', async (_n, make) => {
    const r = await preview(await make());
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(r.plan.measures.map((m) => m.title)).toEqual([GROUP_4, GROUP_5, GROUP_9]);
    expect(r.plan.measures[0]!.subMeasures).toEqual(['มาตรการป้องกันการใช้ทรัพย์สินของราชการ']);
    expect(blocking(r)).toEqual([]);
  });

  it('two measures under one heading both take its indicator (i4, i4-2), until the next heading', async () => {
    const second = ['๒. มาตรการตรวจสอบพัสดุประจำปี', '๑. ตรวจนับพัสดุ', 'กันยายน ๒๕๖๗', '๑. รายงานผลทุก ๖ เดือน', 'กองคลัง'];
    const r = await preview(
      await xlsx([
        { name: 'แผน', rows: [HEADER, [GROUP_4], under(M4), second, [GROUP_9], under(M9)], merges: ['A2:E2', 'A5:E5'] },
      ]),
    );
    expect(r.plan.measures.map((m) => [m.measureId, m.indicator, m.subMeasures])).toEqual([
      ['i4', 4, ['มาตรการป้องกันการใช้ทรัพย์สินของราชการ']],
      ['i4-2', 4, ['มาตรการตรวจสอบพัสดุประจำปี']],
      ['i9', 9, ['ปรับปรุงข้อมูลบนเว็บไซต์']],
    ]);
    expect(blocking(r)).toEqual([]);
  });

  it('a measure row with its own heading keeps it, and a heading row with its rest in the rows below stays a measure', async () => {
    const r = await preview(tsv([HEADER, [GROUP_5, ...blank], M4, [GROUP_9, ...blank], ['', ...M9.slice(1)]]));
    expect(r.plan.measures.map((m) => m.indicator)).toEqual([5, 4, 9]);
    // ตัวชี้วัดที่ ๕ headed no measure (the row under it has its own heading): it stays, to be fixed
    expect(r.plan.measures[0]!.followUps).toEqual([]);
    expect(r.plan.measures[2]!.responsible.unitIds).toEqual(['engineering', 'education']);
  });
});

describe('section headings, total rows and a sheet heading are no measures', () => {
  const sectioned = [HEADER, ['มิติที่ ๑ การป้องกันการทุจริต'], M4, M5, ['มิติที่ ๒ การเปิดเผยข้อมูล'], M9];
  it.each([
    [
      'Excel, "มิติที่ ๑" merged over the row',
      () => xlsx([{ name: 'แผน', rows: sectioned, merges: ['A2:E2', 'A5:E5'] }]),
      2,
    ],
    [
      'Word, "ด้านที่ ๑" spanning the grid',
      () =>
        docx(wordTable(sectioned.map((r) => (r.length === 1 ? [{ text: r[0]!.replace('มิติ', 'ด้าน'), span: 5 }] : r)))),
      2,
    ],
    [
      'text, "ส่วนที่ ๑" alone in the measure column',
      () => tsv(sectioned.map((r) => (r.length === 1 ? [r[0]!.replace('มิติ', 'ส่วน'), ...blank] : r))),
      2,
    ],
    [
      'Excel, a last row "รวมทั้งสิ้น" with the budget total beside it',
      () =>
        xlsx([
          {
            name: 'แผน',
            rows: [
              [...HEADER, 'งบประมาณ (บาท)'],
              [...M4, 10000],
              [...M5, 0],
              [...M9, 5000],
              ['รวมทั้งสิ้น', '', '', '', '', 15000],
            ],
            merges: ['A5:E5'],
          },
        ]),
      1,
    ],
  ])('%s: the 3 measures, one warning naming the skipped rows', async (_n, make, skipped) => {
    const r = await preview(await make());
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(blocking(r)).toEqual([]);
    const said = r.warnings.filter((w) => w.code === 'heading-row-skipped');
    expect(said).toHaveLength(1);
    expect(said[0]!.message_th).toContain(`ไม่นำเข้า ${skipped === 2 ? '๒' : '๑'} แถว`);
    expect(said[0]!.where.row ?? said[0]!.where.line).toBeGreaterThan(0);
  });

  it('a second sheet starting with its heading line, then its own header in another order: that header is used', async () => {
    const reordered = [4, 0, 3, 1, 2];
    const r = await preview(
      await xlsx([
        { name: 'ส่วนที่ ๑', rows: [[TITLE[0]!], HEADER, M4, M5] },
        {
          name: 'ส่วนที่ ๒',
          rows: [['ส่วนที่ ๒ การเปิดเผยข้อมูล'], reordered.map((j) => HEADER[j]!), reordered.map((j) => M9[j]!)],
        },
      ]),
    );
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(r.warnings).toEqual([]);
  });
});

describe('the row of column numbers under the header is part of the header', () => {
  it.each([
    ['Word, "(๑) … (๕)"', () => docx(wordTable([HEADER, ['(๑)', '(๒)', '(๓)', '(๔)', '(๕)'], M4, M5, M9]))],
    ['Excel, numbers 1 … 5', () => xlsx([{ name: 'แผน', rows: [HEADER, [1, 2, 3, 4, 5], M4, M5, M9] }])],
    ['text, "๑." … "๕."', () => tsv([HEADER, ['๑.', '๒.', '๓.', '๔.', '๕.'], M4, M5, M9])],
  ])('%s: no measure "(๑)", nothing to fix', async (_n, make) => {
    const r = await preview(await make());
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(r.warnings).toEqual([]);
  });

  it('a measure row that only starts with a number is still a measure', async () => {
    const r = await preview(tsv([HEADER, ['๑', ...M4.slice(1)], M5]));
    expect(r.plan.measures).toHaveLength(2);
  });
});
