// A workbook printed to PDF without cell borders: the plan sheet on one page, a score-summary sheet
// on the next, its columns elsewhere (review 17 s20, S20-4). The summary's lines were read as the
// plan's last row going on: its indicator headings became measures without units or cadences.
import { describe, expect, it } from 'vitest';
import { tableNotReadMessage } from '../../shared/import/table-row-kinds.js';
import { planPdf, previewFile } from '../support/plan-pdf.js';

type Texts = Parameters<typeof planPdf>[0][number]['texts'];
const lines = (xs: number[], rows: string[][], top = 40): Texts =>
  rows.flatMap((row, r) => row.flatMap((text, c) => (text ? [{ x: xs[c]!, y: top + 14 * r, text }] : [])));

const PLAN_XS = [40, 130, 340, 520, 650];
const PLAN = [
  ['ตัวชี้วัด', 'มาตรการ', 'วิธีดำเนินการ', 'การติดตามผล', 'ผู้รับผิดชอบ'],
  ['ตัวชี้วัดที่ 1', 'จัดทำประกาศเจตจำนงสุจริต', '1. จัดทำประกาศ', 'รายงานผลทุกเดือน', 'สำนักปลัด'],
  ['ตัวชี้วัดที่ 2', 'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', '', 'รายงานผลทุกไตรมาส', 'กองคลัง'],
  ['ตัวชี้วัดที่ 9', 'เผยแพร่ข้อมูลบนเว็บไซต์', '', 'รายงานผลทุกเดือน', 'กองการศึกษา'],
];
const EXPECTED = [
  [1, ['monthly'], ['clerk']],
  [2, ['quarterly'], ['finance']],
  [9, ['monthly'], ['education']],
];
const summary = (plan: Awaited<ReturnType<typeof previewFile>>['plan']) =>
  plan.measures.map((m) => [m.indicator, m.followUps.map((f) => f.cadence), m.responsible.unitIds]);

describe('an unruled PDF whose next page holds another sheet (a score summary)', () => {
  const scores = (title: Texts) => ({
    texts: [
      ...title,
      ...lines(
        [40, 150, 390],
        [
          ['ตัวชี้วัด', 'ชื่อตัวชี้วัด', 'คะแนน'],
          ['ตัวชี้วัดที่ 1', 'การปฏิบัติหน้าที่', '88.5'],
          ['ตัวชี้วัดที่ 2', 'การใช้งบประมาณ', '79'],
        ],
        54,
      ),
    ],
  });

  // session 21 (S20-4's leftover): the summary page was said as a measure heading after the plan's
  // table ('pdf-text-unplaced'); the .xlsx reader names such a sheet 'table-not-read': the PDF says
  // the same, code and words, quoting the page's first line
  it("reads the plan's measures only, and says the summary is another table, not read (as a workbook's sheet)", async () => {
    const bytes = await planPdf([
      { texts: lines(PLAN_XS, PLAN) },
      scores([{ x: 40, y: 40, text: 'ผลการประเมิน ITA ปี 2570' }]),
    ]);
    const { plan, warnings } = await previewFile(bytes);
    expect(summary(plan)).toEqual(EXPECTED);
    const said = warnings.filter((w) => w.code === 'table-not-read');
    expect(said).toEqual([
      expect.objectContaining({
        where: { page: 2, line: 1 },
        message_th: 'หน้า ๒ บรรทัด ๑: ' + tableNotReadMessage('ผลการประเมิน ITA ปี 2570', false).th,
        source: 'ผลการประเมิน ITA ปี 2570',
      }),
    ]);
    expect(said[0]!.message_th).toContain('ตารางนี้ไม่มีหัวตารางแผนมาตรการของตัวเอง จึงไม่ใช่ตารางแผนมาตรการ และไม่นำเข้า');
    expect(warnings.map((w) => w.code)).not.toContain('pdf-text-unplaced');
  });

  it('reads the same when the summary page has no title line: its header is the first line quoted', async () => {
    const bytes = await planPdf([{ texts: lines(PLAN_XS, PLAN) }, scores([])]);
    const { plan, warnings } = await previewFile(bytes);
    expect(summary(plan)).toEqual(EXPECTED);
    expect(warnings.filter((w) => w.code === 'table-not-read').map((w) => [w.where, w.source])).toEqual([
      [{ page: 2, line: 1 }, 'ตัวชี้วัด ชื่อตัวชี้วัด คะแนน'],
    ]);
    expect(warnings.map((w) => w.code)).not.toContain('pdf-text-unplaced');
  });

  it('a cover page, the plan, then the summary: the same warning on page 3', async () => {
    const bytes = await planPdf([
      { texts: [{ x: 200, y: 200, text: 'แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570' }] },
      { texts: lines(PLAN_XS, PLAN) },
      scores([{ x: 40, y: 40, text: 'สรุปผลคะแนน ITA ปีที่ผ่านมา' }]),
    ]);
    const { plan, warnings } = await previewFile(bytes);
    expect(summary(plan)).toEqual(EXPECTED);
    expect(warnings.filter((w) => w.code === 'table-not-read').map((w) => [w.where, w.source])).toEqual([
      [{ page: 3, line: 1 }, 'สรุปผลคะแนน ITA ปีที่ผ่านมา'],
    ]);
    expect(warnings.map((w) => w.code)).not.toContain('pdf-text-unplaced');
  });

  it("still reads the plan's rows going on onto the next page in its own columns", async () => {
    const bytes = await planPdf([
      { texts: lines(PLAN_XS, PLAN.slice(0, 3)) },
      { texts: lines(PLAN_XS, PLAN.slice(3)) },
    ]);
    const { plan } = await previewFile(bytes);
    expect(summary(plan)).toEqual(EXPECTED);
  });
});
