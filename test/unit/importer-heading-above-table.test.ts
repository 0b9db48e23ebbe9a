// One sheet per indicator named "ตัวชี้วัดที่ 4", or a Word heading paragraph "ตัวชี้วัดที่ ๔ …"
// above each table (review 17 s11, S11-26): the heading was not used, every measure came without
// an indicator (no-indicator warnings naming the very sheet "ตัวชี้วัดที่ 4").
import { describe, expect, it } from 'vitest';
import { HEADER, TITLE } from '../support/base-plan-rows.js';
import { docx, preview, tsv, wordParagraph, wordTable, xlsx } from '../support/plan-table-files.js';

/** each indicator's measure row without its heading */
const ROWS: [number, string, string[]][] = [
  [4, 'การใช้ทรัพย์สินของราชการ', ['มาตรการป้องกันการใช้ทรัพย์สินของราชการ', 'จัดทำคู่มือ', 'ตลอดปี', 'รายงานผลทุกเดือน', 'กองคลัง']],
  [5, 'การแก้ไขปัญหาการทุจริต', ['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'เผยแพร่ผลงาน', 'ตลอดปี', 'รายงานผู้บริหารทุกไตรมาส', 'สำนักปลัด']],
  [9, 'การเปิดเผยข้อมูล', ['มาตรการปรับปรุงเว็บไซต์', 'ปรับปรุงข้อมูล', 'ตลอดปี', 'สรุปผลประจำปี', 'กองช่าง']],
];
const THAI = ['', '๑', '๒', '๓', '๔', '๕', '๖', '๗', '๘', '๙'];
const EXPECTED = [
  { indicator: 4, title: 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', sub: ['มาตรการป้องกันการใช้ทรัพย์สินของราชการ'] },
  { indicator: 5, title: 'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต', sub: ['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ'] },
  { indicator: 9, title: 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', sub: ['มาตรการปรับปรุงเว็บไซต์'] },
];
const read = (r: Awaited<ReturnType<typeof preview>>) =>
  r.plan.measures.map((m) => ({ indicator: m.indicator, title: m.title, sub: m.subMeasures }));

describe('an indicator heading above a table heads its measures', () => {
  it.each([
    [
      'Excel, one sheet per indicator named "ตัวชี้วัดที่ 4"',
      () => xlsx(ROWS.map(([n, , row]) => ({ name: `ตัวชี้วัดที่ ${n}`, rows: [[TITLE[0]!], [TITLE[1]!], HEADER, row] }))),
    ],
    [
      'Word, a heading paragraph (and a note) above each table',
      () =>
        docx(
          TITLE.map(wordParagraph).join('') +
            ROWS.map(
              ([n, name, row]) =>
                wordParagraph(`ตัวชี้วัดที่ ${THAI[n]} ${name}`) +
                wordParagraph('ดำเนินการตามแผนปฏิบัติการประจำปี') +
                wordTable([HEADER, row]),
            ).join(''),
        ),
    ],
    [
      'text, a heading line above each header',
      () =>
        tsv([[TITLE[0]!], [TITLE[1]!], ...ROWS.flatMap(([n, name, row]) => [[`ตัวชี้วัดที่ ${n} ${name}`], HEADER, row])]),
    ],
  ])('%s: indicator, heading as title and the measure as a sub-measure, no warning', async (_n, make) => {
    const r = await preview(await make());
    expect(read(r)).toEqual(EXPECTED);
    expect(r.warnings).toEqual([]);
  });

  it('a measure naming its own indicator keeps it; a sheet named otherwise heads nothing', async () => {
    const own = ['ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต', ...ROWS[1]![2].slice(1)];
    const r = await preview(
      await xlsx([
        { name: 'ตัวชี้วัดที่ 4', rows: [HEADER, ROWS[0]![2], own] },
        { name: 'แผนปี 2567', rows: [HEADER, ROWS[2]![2]] },
      ]),
    );
    expect(r.plan.measures.map((m) => m.indicator)).toEqual([4, 5, null]);
    expect(r.warnings.map((w) => w.code)).toEqual(['no-indicator']);
  });

  it('a paragraph mentioning an indicator far above the table heads nothing', async () => {
    const body =
      wordParagraph('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ') +
      ['ก', 'ข', 'ค', 'ง'].map((t) => wordParagraph(`ข้อความ ${t}`)).join('') +
      wordTable([HEADER, ROWS[0]![2]]);
    const r = await preview(docx(body));
    expect(r.plan.measures.map((m) => m.indicator)).toEqual([null]);
  });
});
