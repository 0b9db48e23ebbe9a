// A measure spread over rows and lists numbered on (review 17 s9, entries 6, 7, 12): a title
// merged across the table was read into the plan's title once per covered cell; a measure written
// one line per row lost its sub-measures and follow-ups to new measures without an indicator; a
// list numbered on from the rows above ("๓. … ๔. …") was one item, so one cadence was lost.
import { describe, expect, it } from 'vitest';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { splitItems } from '../../shared/import/thai-text.js';
import { BASE_MEASURES, HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { docx, measuresOf, preview, tsv, wordTable, xlsx } from '../support/plan-table-files.js';

const WHOLE_TITLE = `${TITLE[0]} ${TITLE[1]}`;

describe('a title merged across the table counts once in the plan title', () => {
  it.each([
    [
      'Excel, each title line merged A:E',
      () => xlsx([{ name: 'แผน', rows: [[TITLE[0]!], [TITLE[1]!], HEADER, M4, M5, M9], merges: ['A1:E1', 'A2:E2'] }]),
    ],
    [
      'Excel, the title merged over two rows and five columns (A1:E2)',
      () => xlsx([{ name: 'แผน', rows: [[WHOLE_TITLE], [], HEADER, M4, M5, M9], merges: ['A1:E2'] }]),
    ],
    [
      "Word, the title as the table's first row spanning its five columns",
      () => docx(wordTable([[{ text: TITLE.join('\n'), span: 5 }], HEADER, M4, M5, M9])),
    ],
  ])('%s: the title read once', async (_n, make) => {
    const r = await preview(await make());
    expect(r.plan.title).toBe(WHOLE_TITLE);
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
  });
});

describe('a measure written one line per row is one measure', () => {
  // each line of a cell in a row of its own; the unit only in the first row
  const lines = (row: readonly string[]) => {
    const split = row.map((c) => c.split('\n'));
    const height = Math.max(...split.map((c) => c.length));
    return Array.from({ length: height }, (_, i) => split.map((c) => c[i] ?? ''));
  };
  const rows = [
    HEADER,
    ...lines(M4),
    ...lines([M5[0]! + '\n๒. มาตรการจัดการเรื่องร้องเรียน', ...M5.slice(1)]),
    ...lines(M9),
  ];
  it.each([
    ['Excel', () => xlsx([{ name: 'แผน', rows }])],
    ['Word', () => docx(wordTable(rows))],
    ['text', () => tsv(rows)],
  ])('%s: 3 measures with their sub-measures and follow-ups, each joined row said once', async (_n, make) => {
    const r = await preview(await make());
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(r.plan.measures.map((m) => m.subMeasures)).toEqual([
      ['มาตรการป้องกันการใช้ทรัพย์สินของราชการ'],
      ['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'มาตรการจัดการเรื่องร้องเรียน'],
      [],
    ]);
    const joined = r.warnings.filter((w) => w.code === 'continuation-guessed');
    expect(joined).toHaveLength(3);
    expect(r.warnings.filter((w) => w.code !== 'continuation-guessed')).toEqual([]);
    expect(joined[0]!.message_th).toContain('ถือเป็นส่วนต่อของมาตรการในแถวก่อนหน้า');
  });

  it('the warning quotes the joined row with a cell merged across columns once', async () => {
    const r = await preview(
      await xlsx([
        {
          name: 'แผน',
          rows: [HEADER, M4.map((c) => c.split('\n')[0]!), ['๑. มาตรการป้องกัน', 'ตลอดปี', '', '๒. สรุปผลทุก ๖ เดือน']],
          merges: ['B3:C3'],
        },
      ]),
    );
    const [joined] = r.warnings.filter((w) => w.code === 'continuation-guessed');
    expect(joined!.source).toBe('๑. มาตรการป้องกัน | ตลอดปี | ๒. สรุปผลทุก ๖ เดือน');
  });

  it('a numbered row with a unit of its own stays a measure of its own', async () => {
    const r = await preview(tsv([HEADER, M4, ['๒. มาตรการตรวจสอบพัสดุ', '', '', '๑. รายงานทุกไตรมาส', 'กองคลัง']]));
    expect(r.plan.measures).toHaveLength(2);
  });
});

describe('a list numbered on from the rows above is split into its items', () => {
  it.each([
    ['๓. a ๔. b', '๓. รายงานผลทุกเดือน ๔. สรุปผลทุก ๖ เดือน', ['รายงานผลทุกเดือน', 'สรุปผลทุก ๖ เดือน']],
    [
      "11. a 12. b (a PDF of Word's list)",
      '11.เสนอผู้บริหารในเดือนเมษายน 12.สรุปผลประจำปี',
      ['เสนอผู้บริหารในเดือนเมษายน', 'สรุปผลประจำปี'],
    ],
    ['๖) a ๗) b ๘) c', '๖) ก ๗) ข ๘) ค', ['ก', 'ข', 'ค']],
  ])('%s', (_n, cell, items) => {
    expect(splitItems(cell)).toEqual(items);
  });

  it('a follow-up cell "๓. … ๔. …" gives two follow-ups with both cadences, and no warning', () => {
    const r = importMeasuresDocument(
      [HEADER, [M4[0]!, M4[1]!, M4[2]!, '๓. รายงานผลต่อที่ประชุมทุกเดือน ๔. สรุปผลรายงานนายกเทศมนตรีทุก ๖ เดือน', M4[4]!]]
        .map((r) => r.map((c) => c.replace(/\n/g, ' ')).join('\t'))
        .join('\n'),
      { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS },
    );
    expect(r.plan.measures[0]!.followUps.map((f) => f.cadence)).toEqual(['monthly', 'semiannual']);
    expect(r.warnings).toEqual([]);
  });

  it('numbers that do not go on are no list: "มาตรา ๗. …" stays one item, and a year is no item number', () => {
    expect(splitItems('๗. ตามมาตรา ๙ แห่งพระราชบัญญัติ')).toEqual(['ตามมาตรา ๙ แห่งพระราชบัญญัติ']);
    expect(splitItems('๒๕๖๗. รายงานผล')).toEqual(['๒๕๖๗. รายงานผล']);
  });
});
