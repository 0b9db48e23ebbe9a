// A form's options one per line, marked only where chosen: a tick (✓ ✔ √) before or after the chosen
// line and the others bare, or radio buttons with more than one filled in a units cell. The cell is
// the tick list it is: one follow-up of the ticked cadence, the ticked units only, in Word and Excel
// alike (review 17 s18, S18-4: "รายเดือน" / "รายไตรมาส ✓" / "รอบ ๖ เดือน" gave three follow-ups).
import { describe, expect, it } from 'vitest';
import { TITLE } from '../support/base-plan-rows.js';
import { docx, preview, type Preview, wordParagraph, wordTable, xlsx } from '../support/plan-table-files.js';

const HEADER = ['ตัวชี้วัด', 'มาตรการ', 'การติดตามผล', 'ผู้รับผิดชอบ'];
const word = (rows: readonly (readonly string[])[]) =>
  preview(docx(TITLE.map(wordParagraph).join('') + wordTable([HEADER, ...rows], 4)));
const sheet = async (rows: readonly (readonly string[])[]) =>
  preview(await xlsx([{ name: 'แผน', rows: [[TITLE.join(' ')], HEADER, ...rows] }]));
const followUps = (r: Preview) => r.plan.measures.map((m) => m.followUps.map((f) => f.cadence));
const units = (r: Preview) => r.plan.measures.map((m) => m.responsible.unitIds);
const codes = (r: Preview) => r.warnings.map((w) => w.code);

describe('cadence options one per line, a tick beside the chosen one only', () => {
  it("the reviewer's Word cell: a tick after the chosen line gives one follow-up of that cadence, said", async () => {
    const r = await word([['๗', 'มาตรการติ๊ก', 'รายเดือน\nรายไตรมาส ✓\nรอบ ๖ เดือน', 'กองคลัง']]);
    expect(followUps(r)).toEqual([['quarterly']]);
    expect(codes(r)).toEqual(['cadence-guessed']);
    expect(r.warnings[0]!.message_en).toContain('the ticked cadence quarterly');
  });

  it('a tick before the chosen line (✔), in an Excel cell of three lines', async () => {
    const r = await sheet([['๕', 'มาตรการ', 'รายเดือน\n✔ รายไตรมาส\nปีละครั้ง', 'กองคลัง']]);
    expect(followUps(r)).toEqual([['quarterly']]);
    expect(codes(r)).toEqual(['cadence-guessed']);
  });

  it('a square-root tick (√) after the last line', async () => {
    const r = await word([['๕', 'มาตรการ', 'รายเดือน\nรายไตรมาส\nปีละครั้ง √', 'กองคลัง']]);
    expect(followUps(r)).toEqual([['annual']]);
  });

  it('two lines ticked: the most frequent, with two-cadences, as for boxes', async () => {
    const r = await word([['๕', 'มาตรการ', 'รายเดือน ✓\nรายไตรมาส\nปีละครั้ง ✓', 'กองคลัง']]);
    expect(followUps(r)).toEqual([['monthly']]);
    expect(codes(r)).toEqual(['cadence-guessed', 'two-cadences']);
  });
});

describe('units one per line, marked only where chosen', () => {
  it('a tick after two of three units: only those two, said; no "✓" unknown unit', async () => {
    const r = await word([['๑', 'มาตรการหน่วยติ๊ก', 'รายงานผลทุกเดือน', 'กองคลัง ✓\nกองช่าง\nสำนักปลัด ✓']]);
    expect(units(r)).toEqual([['finance', 'clerk']]);
    expect(codes(r)).toEqual(['unit-guessed']);
  });

  it('radio buttons with two filled in an Excel cell: the filled ones only', async () => {
    const r = await sheet([['๑', 'มาตรการหน่วยวิทยุ', 'รายงานผลทุกเดือน', '● กองคลัง\n○ กองช่าง\n● สำนักปลัด']]);
    expect(units(r)).toEqual([['finance', 'clerk']]);
    expect(codes(r)).toEqual(['unit-guessed']);
  });
});

describe('lists that are no such form are read as before', () => {
  it('a ✓ bullet before every follow-up: each is a follow-up', async () => {
    const r = await word([['๕', 'มาตรการ', '✓ รายงานผลต่อที่ประชุมทุกเดือน\n✓ สรุปผลประจำปี', 'กองคลัง']]);
    expect(followUps(r)).toEqual([['monthly', 'annual']]);
  });

  it('filled bullets only before units: every unit', async () => {
    const r = await word([['๕', 'มาตรการ', 'รายงานผลทุกเดือน', '● กองคลัง\n● กองช่าง']]);
    expect(units(r)).toEqual([['finance', 'engineering']]);
  });

  it('a line naming no cadence among them (a heading of the list) keeps the lines apart', async () => {
    const r = await word([['๕', 'มาตรการ', 'รายงานผลต่อนายกเทศมนตรี ✓\nรายงานผลทุกเดือน', 'กองคลัง']]);
    expect(r.plan.measures[0]!.followUps).toHaveLength(2);
  });
});
