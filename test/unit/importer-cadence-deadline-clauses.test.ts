// Review 17 s23, S23-8: a reporting deadline written after the cadence ("รายงานผลไตรมาสละครั้ง
// ภายในวันที่ 10 ของเดือนถัดไป", "…ปีละครั้ง ภายในวันที่ 30 ของเดือนตุลาคม") was read as a second,
// monthly cadence ("วันที่ N ของเดือน": a day of every month), and the most frequent kept: quarterly,
// semiannual and annual follow-ups became monthly, with a two-cadences "check" beside the wrong one.
// The same with "รายเดือน"/"ประจำเดือน" naming WHAT is reported, a cadence after it ("สรุปผลรายเดือน
// เสนอผู้บริหารทุกไตรมาส", the สขร.1 monthly procurement summary reported every quarter). A deadline
// clause is when a report is due, not how often; such a word before a stated cadence describes the
// report. Alone they still name monthly ("ภายในวันที่ 10 ของทุกเดือน", "รายงานผลประจำเดือน").
import { describe, expect, it } from 'vitest';
import { detectCadences } from '../../shared/import/cadence-detection.js';
import { readFollowUpCadence } from '../../shared/import/follow-up-cadence.js';
import { docx, preview, wordParagraph, wordTable } from '../support/plan-table-files.js';

const FY = 2567;

/** each wording, the cadence it names, and the others it also names (for the two-cadences warning) */
const WORDINGS: [string, string, string[]][] = [
  // the deadline after the cadence (S23-8)
  ['รายงานผลไตรมาสละครั้ง ภายในวันที่ 10 ของเดือนถัดไป', 'quarterly', []],
  ['รายงานผลทุกไตรมาส ภายในวันที่ 15 ของเดือนถัดไป', 'quarterly', []],
  ['รายงานผลรอบ 6 เดือน ภายในวันที่ 5 ของเดือนถัดไป', 'semiannual', []],
  ['รายงานผลปีละครั้ง ภายในวันที่ 30 ของเดือนตุลาคม', 'annual', []],
  ['รายงานผลเป็นรายไตรมาส ส่งภายในวันที่ 10 ของทุกเดือนถัดไป', 'quarterly', []],
  ['ทุกไตรมาส (ภายในวันที่ 5 ของเดือนถัดไป)', 'quarterly', []],
  // "รายเดือน"/"ประจำเดือน" naming what is reported, the cadence after it
  ['สรุปผลรายเดือนเสนอผู้บริหารทุกไตรมาส', 'quarterly', []],
  ['รายงานสรุปผลการดำเนินงานประจำเดือน ไตรมาสละ 1 ครั้ง', 'quarterly', []],
  ['สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) รายงานทุกไตรมาส', 'quarterly', []],
  // neighbours: Thai digits and "ไม่เกิน"; "ประจำเดือน" before a six-month round
  ['รายงานผลทุกไตรมาส ไม่เกินวันที่ ๑๐ ของเดือนถัดไป', 'quarterly', []],
  ['สรุปผลประจำเดือนเสนอนายกเทศมนตรี รอบ ๖ เดือน', 'semiannual', []],
  // held: the right ones the review lists
  ['รายงานผลทุกไตรมาส ภายในเดือนถัดไป', 'quarterly', []],
  ['รายงานผลทุกไตรมาส ภายใน 15 วันของเดือนแรกของไตรมาสถัดไป', 'quarterly', []],
  ['รายงานผลทุก 3 เดือน ภายในสิ้นเดือนถัดไป', 'quarterly', []],
  ['สรุปผลปีละ 1 ครั้ง ภายในเดือนถัดจากสิ้นปีงบประมาณ', 'annual', []],
  ['รายงานผลการใช้จ่ายงบประมาณประจำปี ทุกไตรมาส', 'quarterly', ['annual']],
  // held: a monthly report with its deadline stays monthly; the day or the word alone still name monthly
  ['รายงานผลทุกเดือน ภายในวันที่ 5 ของเดือนถัดไป', 'monthly', []],
  ['รายงานภายในวันที่ 10 ของทุกเดือน', 'monthly', []],
  ['รายงานผลทุกวันที่ ๕ ของเดือน', 'monthly', []],
  ['รายงานผลประจำเดือน', 'monthly', []],
  // held: two cadences side by side, not one describing the other, keep the more frequent and say so
  ['รายงานผลรายไตรมาส / รายเดือน', 'monthly', ['quarterly']],
  ['รายงานผลรายเดือน และสรุปผลปีละครั้ง', 'monthly', ['annual']],
];

describe('a deadline clause, or "รายเดือน" naming what is reported, is no cadence beside a stated one', () => {
  it.each(WORDINGS)('"%s" names %s (also %j)', (text, cadence, alsoNamed) => {
    expect(detectCadences(text)).toEqual({ cadence, alsoNamed });
    const read = readFollowUpCadence(text, FY);
    expect([read.cadence, read.guessed, read.unoffered]).toEqual([cadence, undefined, undefined]);
  });

  it('in an imported Word plan: each follow-up its stated cadence, no two-cadences warning', async () => {
    const rows = WORDINGS.slice(0, 11).map(([text], i) => [
      `ตัวชี้วัดที่ ${(i % 10) + 1}`,
      `มาตรการทดสอบ ${i + 1}`,
      text,
      'กองคลัง',
    ]);
    const r = await preview(
      docx(
        wordParagraph('แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗') +
          wordTable([['ตัวชี้วัด', 'มาตรการ', 'การติดตามผล', 'ผู้รับผิดชอบ'], ...rows], 4),
      ),
    );
    expect(r.plan.measures.map((m) => m.followUps.map((f) => f.cadence))).toEqual(
      WORDINGS.slice(0, 11).map(([, cadence]) => [cadence]),
    );
    expect(r.warnings.filter((w) => w.code === 'two-cadences')).toEqual([]);
  });
});
