// An indicator heading with words after the catalog name (review 17 s17, entry 1): a group row
// "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูลต่อสาธารณะ (ข้อมูลเพิ่มเติมของเทศบาล)" or a heading paragraph
// "ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ ประจำปี 2569" was not taken as the heading: it became a
// measure of its own (no follow-ups, no unit) and the rows under it lost their indicator (or were
// filed under the indicator before it). A line that starts with an indicator heading is a heading
// whatever words follow; the words stay in the title of the measures under it.
import { describe, expect, it } from 'vitest';
import { planPdf, previewFile, tableTexts, wrapText } from '../support/plan-pdf.js';
import { HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { docx, preview, wordParagraph, wordTable, xlsx } from '../support/plan-table-files.js';

const G4 = 'ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ ประจำปี 2569';
const G5 = 'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต (ต่อเนื่องจากปีที่แล้ว)';
const G9 = 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูลต่อสาธารณะ (ข้อมูลเพิ่มเติมของเทศบาล)';
/** The titles the measures under those headings take: the heading as written, its number in Thai digits. */
const TITLES = [
  'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ ประจำปี 2569',
  'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต (ต่อเนื่องจากปีที่แล้ว)',
  'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูลต่อสาธารณะ (ข้อมูลเพิ่มเติมของเทศบาล)',
];
/** A base measure row with its heading taken out of the measure cell. */
const under = (row: readonly string[]) => [
  row[0]!.split('\n').slice(1).join('\n') || 'ปรับปรุงข้อมูลบนเว็บไซต์',
  ...row.slice(1),
];
const EXPECTED = [
  { indicator: 4, title: TITLES[0], sub: ['มาตรการป้องกันการใช้ทรัพย์สินของราชการ'], units: ['finance'] },
  { indicator: 5, title: TITLES[1], sub: ['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ'], units: ['clerk'] },
  { indicator: 9, title: TITLES[2], sub: ['ปรับปรุงข้อมูลบนเว็บไซต์'], units: ['engineering', 'education'] },
];
type Preview = Awaited<ReturnType<typeof preview>>;
const read = (r: Preview) =>
  r.plan.measures.map((m) => ({
    indicator: m.indicator,
    title: m.title,
    sub: m.subMeasures,
    units: m.responsible.unitIds,
  }));
const grouped = [HEADER, [G4], under(M4), [G5], under(M5), [G9], under(M9)];

describe('an indicator heading row with words after the name heads the rows under it', () => {
  it.each([
    [
      'Word, the heading one cell spanning the grid',
      () => docx(wordTable(grouped.map((r) => (r.length === 1 ? [{ text: r[0]!, span: 5 }] : r)))),
    ],
    [
      'Excel, the heading merged over the row',
      () => xlsx([{ name: 'แผน', rows: grouped, merges: ['A2:E2', 'A4:E4', 'A6:E6'] }]),
    ],
    [
      'Word, a heading paragraph above each table',
      () =>
        docx(
          TITLE.map(wordParagraph).join('') +
            [
              [G4, M4],
              [G5, M5],
              [G9, M9],
            ]
              .map(([g, m]) => wordParagraph(g as string) + wordTable([HEADER, under(m as string[])]))
              .join(''),
        ),
    ],
  ])('%s: 3 measures i4, i5, i9, titled by their headings, nothing to fix', async (_n, make) => {
    const r = await preview(await make());
    expect(read(r)).toEqual(EXPECTED);
    expect(r.plan.measures.map((m) => m.measureId)).toEqual(['i4', 'i5', 'i9']);
    expect(r.warnings.filter((w) => ['cannot-save', 'no-indicator'].includes(w.code))).toEqual([]);
  });

  it('a heading row of one line and the sub-measures of the heading in the same cell stays a measure', async () => {
    // "ตัวชี้วัดที่ ๔ …" then "๑. มาตรการ…" in one cell alone in its row: a measure whose rest is below
    const cell = `${G4}\n๑. มาตรการป้องกันการใช้ทรัพย์สินของราชการ`;
    const r = await preview(docx(wordTable([HEADER, [cell, '', '', '', ''], ['', ...M4.slice(1)]])));
    expect(r.plan.measures.map((m) => [m.indicator, m.followUps.length, m.responsible.unitIds])).toEqual([
      [4, 2, ['finance']],
    ]);
  });

  it('a measure row that mentions an indicator after its own text is no heading row', async () => {
    const mentions = ['มาตรการเผยแพร่ข้อมูล ตามตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ประจำปี 2569', ...M9.slice(1)];
    const r = await preview(docx(wordTable([HEADER, M4, mentions])));
    expect(r.plan.measures.map((m) => [m.indicator, m.followUps.length, m.responsible.unitIds])).toEqual([
      [4, 2, ['finance']],
      [9, 1, ['engineering', 'education']],
    ]);
  });
});

describe('in a PDF, the heading with words after the name heads the rows under it', () => {
  const XS = [30, 210, 380, 480, 660, 800];
  const PDF_ROWS = [
    ['มาตรการป้องกันการใช้ทรัพย์สิน', 'จัดทำคู่มือ', 'ตลอดปี', 'รายงานผลทุกเดือน', 'กองคลัง'],
    ['มาตรการเผยแพร่ข้อมูลบนเว็บไซต์', 'ปรับปรุงเว็บไซต์', 'ตลอดปี', 'รายงานผู้บริหารทุกไตรมาส', 'สำนักปลัด'],
  ];
  const PDF_HEADER = ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ระยะเวลา', 'การติดตามผล', 'ผู้รับผิดชอบ'];
  const summary = (r: Preview) => r.plan.measures.map((m) => [m.indicator, m.title, m.followUps.map((f) => f.cadence)]);
  const expected = [
    [4, TITLES[0], ['monthly']],
    [9, TITLES[2], ['quarterly']],
  ];

  it('ruled: the heading a row of one cell across the table', async () => {
    const texts: { x: number; y: number; text: string }[] = [];
    const lines: [number, number, number, number][] = [];
    let y = 40;
    for (const row of [PDF_HEADER, [G4], PDF_ROWS[0]!, [G9], PDF_ROWS[1]!]) {
      row.forEach((text, c) => texts.push({ x: XS[c]! + 5, y: y + 4, text }));
      lines.push([XS[0]!, y, XS.at(-1)!, y]);
      for (const x of row.length === 1 ? [XS[0]!, XS.at(-1)!] : XS) lines.push([x, y, x, y + 22]);
      y += 22;
    }
    lines.push([XS[0]!, y, XS.at(-1)!, y]);
    const r = await previewFile(await planPdf([{ texts, lines }]));
    expect(summary(r)).toEqual(expected);
    expect(r.warnings.filter((w) => ['cannot-save', 'no-indicator'].includes(w.code))).toEqual([]);
  });

  it('unruled: the heading a line across the columns between the rows', async () => {
    const cells = (row: string[]) => row.map((t, c) => wrapText(t, (XS[c + 1] ?? 780) - XS[c]! - 11));
    const group = (heading: string) => [[heading], [], [], [], []];
    const texts = tableTexts(XS, [cells(PDF_HEADER), group(G4), cells(PDF_ROWS[0]!), group(G9), cells(PDF_ROWS[1]!)]);
    const r = await previewFile(await planPdf([{ texts }]));
    expect(summary(r)).toEqual(expected);
    expect(r.warnings.filter((w) => ['cannot-save', 'no-indicator'].includes(w.code))).toEqual([]);
  });

  it('ruled: a heading line above each table', async () => {
    const texts: { x: number; y: number; text: string }[] = [];
    const lines: [number, number, number, number][] = [];
    let y = 40;
    for (const [heading, rows] of [
      [G4, [PDF_HEADER, PDF_ROWS[0]!]],
      [G9, [PDF_HEADER, PDF_ROWS[1]!]],
    ] as const) {
      texts.push({ x: 30, y, text: heading });
      y += 24;
      for (const row of rows) {
        row.forEach((text, c) => texts.push({ x: XS[c]! + 5, y: y + 4, text }));
        lines.push([XS[0]!, y, XS.at(-1)!, y]);
        for (const x of XS) lines.push([x, y, x, y + 22]);
        y += 22;
      }
      lines.push([XS[0]!, y, XS.at(-1)!, y]);
      y += 12;
    }
    const r = await previewFile(await planPdf([{ texts, lines }]));
    expect(summary(r)).toEqual(expected);
  });
});

describe("the review's headings with last year's score after the name (review 17 s17, S17-2)", () => {
  const TABLE_HEADER = ['มาตรการ', 'วิธีดำเนินการ', 'ผู้รับผิดชอบ', 'การติดตามผล'];
  const measure = (n: number) => [`มาตรการที่ ${n} ทดสอบ`, 'ประชุม', 'กองคลัง', 'รายงานผลทุกเดือน'];
  it.each([
    'ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ซึ่งได้คะแนน ๗๘.๕๐ ต่ำกว่าเกณฑ์',
    'ตัวชี้วัดที่ ๑ : การปฏิบัติหน้าที่ ประเด็นที่ต้องพัฒนา',
    'ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ข้อเสนอแนะจากผลการประเมิน',
  ])('a paragraph "%s" above a table heads its measure (indicator 1)', async (heading) => {
    const body =
      wordParagraph('แผนมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗') +
      wordParagraph(heading) +
      wordTable([TABLE_HEADER, measure(1)], 4) +
      wordParagraph('ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร') +
      wordTable([TABLE_HEADER, measure(2)], 4);
    const r = await preview(docx(body));
    expect(r.plan.measures.map((m) => [m.measureId, m.indicator, m.subMeasures])).toEqual([
      ['i1', 1, ['มาตรการที่ 1 ทดสอบ']],
      ['i7', 7, ['มาตรการที่ 2 ทดสอบ']],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('group rows with the score after the name give the ids of the same file without it', async () => {
    const rows = (headings: readonly string[]) =>
      wordTable(
        [
          TABLE_HEADER,
          [{ text: headings[0]!, span: 4 }],
          measure(1),
          measure(2),
          [{ text: headings[1]!, span: 4 }],
          measure(3),
        ],
        4,
      );
    const plain = await preview(docx(rows(['ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่', 'ตัวชี้วัดที่ 2 การใช้งบประมาณ'])));
    const scored = await preview(
      docx(rows(['ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ได้คะแนน 72.45 ต่ำกว่าเกณฑ์', 'ตัวชี้วัดที่ 2 การใช้งบประมาณ ประเด็นที่ต้องพัฒนา'])),
    );
    const ids = (r: Preview) =>
      r.plan.measures.map((m) => [m.measureId, m.indicator, m.followUps.length, m.responsible.unitIds]);
    expect(ids(scored)).toEqual(ids(plain));
    expect(ids(scored)).toEqual([
      ['i1', 1, 1, ['finance']],
      ['i1-2', 1, 1, ['finance']],
      ['i2', 2, 1, ['finance']],
    ]);
    expect(scored.plan.measures[0]!.title).toBe('ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ได้คะแนน 72.45 ต่ำกว่าเกณฑ์');
    expect(scored.warnings).toEqual([]);
  });
});
