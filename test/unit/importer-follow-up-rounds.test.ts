// Follow-up columns grouped under "การติดตามผล" with the reporting round as sub-header ("รอบ ๖
// เดือน" | "รอบ ๑๒ เดือน"; review 17 s9, entry 37): each round's cell holds its own follow-ups.
// Both cells were joined into one follow-up with no cadence, and the rounds the header spells out
// were lost.
import { describe, expect, it } from 'vitest';
import { M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { docx, preview, type Preview, tsv, wordParagraph, wordTable, xlsx } from '../support/plan-table-files.js';

const GROUP = 'การติดตามผลการดำเนินการ';
const TOP = ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ระยะเวลาดำเนินการ', GROUP, null, 'ผู้รับผิดชอบ'];
/** a base row with its follow-ups replaced by one cell per round */
const roundsRow = (m: readonly string[], ...rounds: string[]) => [m[0]!, m[1]!, m[2]!, ...rounds, m[4]!];

const followUpsOf = (r: Preview) =>
  r.plan.measures.map((m) => m.followUps.map((f) => [f.text, f.cadence, f.dueDate ?? null]));

describe('follow-up sub-columns naming the reporting round are follow-ups of that round', () => {
  it("the reviewer's sheet: รอบ ๖ เดือน | รอบ ๑๒ เดือน under a merged group, one follow-up each", async () => {
    const rows = [M4, M5, M9].map((m) => roundsRow(m, 'รายงานผลต่อนายกเทศมนตรี', 'สรุปผลเสนอผู้บริหาร'));
    const r = await preview(
      await xlsx([
        {
          name: 'Sheet',
          rows: [...TITLE.map((t) => [t]), TOP, [null, null, null, 'รอบ ๖ เดือน', 'รอบ ๑๒ เดือน', null], ...rows],
          merges: ['D3:E3', 'A3:A4', 'B3:B4', 'C3:C4', 'F3:F4'],
        },
      ]),
    );
    const two = [
      ['รายงานผลต่อนายกเทศมนตรี (รอบ ๖ เดือน)', 'semiannual', null],
      ['สรุปผลเสนอผู้บริหาร (รอบ ๑๒ เดือน)', 'annual', null],
    ];
    expect(followUpsOf(r)).toEqual([two, two, two]);
    expect(r.plan.measures.map((m) => m.followUps[0]!.audience)).toEqual([['mayor'], ['mayor'], ['mayor']]);
    expect(r.warnings).toEqual([]);
  });

  it('one text under both rounds is one follow-up reported in April and September', async () => {
    const rows = [roundsRow(M4, '๑. รายงานผลต่อที่ประชุม', '๑. รายงานผลต่อที่ประชุม\n๒. สรุปผลประจำปีเสนอนายก')];
    const r = await preview(
      await xlsx([
        {
          name: 'แผน',
          rows: [TOP, [null, null, null, 'รอบ ๖ เดือน', 'รอบ ๑๒ เดือน', null], ...rows],
          merges: ['D1:E1'],
        },
      ]),
    );
    expect(followUpsOf(r)).toEqual([
      [
        ['รายงานผลต่อที่ประชุม (รอบ ๖ เดือน และ รอบ ๑๒ เดือน)', 'april-september', null],
        ['สรุปผลประจำปีเสนอนายก (รอบ ๑๒ เดือน)', 'annual', null],
      ],
    ]);
    expect(r.warnings.map((w) => w.code)).toEqual([]);
  });

  it('a Word table: the group spans four quarter columns, an empty quarter makes no follow-up', async () => {
    const header = ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ระยะเวลา', { text: 'การติดตามผล', span: 4 }, 'ผู้รับผิดชอบ'];
    const sub = ['', '', '', 'ไตรมาสที่ ๑', 'ไตรมาสที่ ๒', 'ไตรมาสที่ ๓', 'ไตรมาสที่ ๔', ''];
    const body = [roundsRow(M5, 'รายงานผู้บริหาร', '', 'รายงานผู้บริหาร', 'สรุปผลทุกไตรมาส')];
    const r = await preview(docx(TITLE.map(wordParagraph).join('') + wordTable([header, sub, ...body], 8)));
    expect(followUpsOf(r)).toEqual([
      [
        ['รายงานผู้บริหาร (ไตรมาสที่ ๑ และ ไตรมาสที่ ๓)', 'semiannual', null],
        ['สรุปผลทุกไตรมาส (ไตรมาสที่ ๔)', 'quarterly', null],
      ],
    ]);
    expect(r.warnings.map((w) => w.code)).toEqual(['cadence-guessed']);
    expect(r.warnings[0]!.message_th).toContain('ไตรมาสที่ ๑ และ ไตรมาสที่ ๓');
  });

  it('a text file (no merges): the round after the group goes on under it', async () => {
    const r = await preview(
      tsv([
        TOP.map((c) => c ?? ''),
        ['', '', '', 'รอบ ๖ เดือน', 'รอบ ๑๒ เดือน', ''],
        roundsRow(M9, 'รายงานผลต่อนายกเทศมนตรี', 'รายงานผลต่อนายกเทศมนตรี'),
      ]),
    );
    expect(followUpsOf(r)).toEqual([[['รายงานผลต่อนายกเทศมนตรี (รอบ ๖ เดือน และ รอบ ๑๒ เดือน)', 'april-september', null]]]);
    expect(r.warnings).toEqual([]);
  });

  it('sub-columns under the follow-up group that name no round are still joined, and said', async () => {
    const r = await preview(
      await xlsx([
        {
          name: 'แผน',
          rows: [TOP, [null, null, null, 'วิธีการติดตาม', 'การรายงาน', null], roundsRow(M9, 'ตรวจเว็บไซต์', 'สรุปผลประจำปี')],
          merges: ['D1:E1'],
        },
      ]),
    );
    expect(followUpsOf(r)).toEqual([[['ตรวจเว็บไซต์ สรุปผลประจำปี', 'annual', null]]]);
    expect(r.warnings.map((w) => w.code)).toEqual(['columns-joined']);
  });
});
