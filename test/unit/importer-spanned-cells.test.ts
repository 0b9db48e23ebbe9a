// A data cell merged across two columns (Word w:gridSpan, an Excel range) was read for its first
// column only: "ตลอดปีงบประมาณ รายงานผลทุกเดือน" over timeframe + follow-up left the measure without
// a follow-up, "… ทุก ๖ เดือน โดยกองช่าง" over follow-up + units without a unit, and neither could be
// saved (review 17 s15, S15-8). The covered column's follow-up or unit is now read out of the cell,
// with a warning naming both columns.
import { describe, expect, it } from 'vitest';
import { HEADER, M5, TITLE } from '../support/base-plan-rows.js';
import {
  docx,
  preview,
  type Preview,
  wordParagraph,
  wordTable,
  type WordCell,
  xlsx,
} from '../support/plan-table-files.js';

const M4_HEAD = 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ';
const M9_HEAD = 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล';

/** A Word plan: header, the given i4 row, then i5. */
const wordPlan = (row: readonly (string | WordCell)[]) =>
  docx(wordParagraph(TITLE.join(' ')) + wordTable([HEADER, row, M5]));

const spanned = (r: Preview) => r.warnings.filter((w) => w.code === 'cell-spans-columns');
const first = (r: Preview) => r.plan.measures[0]!;

describe('a Word cell merged across the timeframe and follow-up columns', () => {
  it('gives the follow-up named after the timeframe, the timeframe keeps its own words, a Thai warning names both columns', async () => {
    const r = await preview(
      wordPlan([
        M4_HEAD,
        '๑. จัดทำคู่มือการยืมคืนพัสดุ',
        { text: 'ตลอดปีงบประมาณ รายงานผลต่อที่ประชุมประจำเดือนทุกเดือน', span: 2 },
        'กองคลัง',
      ]),
    );
    const m = first(r);
    expect(m.timeframe).toBe('ตลอดปีงบประมาณ');
    expect(m.followUps.map((f) => [f.text, f.cadence])).toEqual([['รายงานผลต่อที่ประชุมประจำเดือนทุกเดือน', 'monthly']]);
    expect(r.warnings.filter((w) => w.code === 'cannot-save')).toEqual([]);
    const [w] = spanned(r);
    expect(w!.where).toEqual({ table: 1, row: 2, column: 3 });
    expect(w!.message_th).toContain(
      'ตาราง ๑ แถว ๒ คอลัมน์ ๓: ช่องนี้ผสานคอลัมน์ "ระยะเวลาดำเนินการ" กับคอลัมน์ "การติดตามผลการดำเนินการ" ไว้เป็นช่องเดียว',
    );
    expect(w!.message_th).toContain('จึงอ่าน "รายงานผลต่อที่ประชุมประจำเดือนทุกเดือน" เป็นการติดตามผล');
    expect(w!.message_en).toContain('read as its follow-ups');
  });

  it('a list of follow-ups after the dates (Word-numbered in the cell) gives each follow-up', async () => {
    const r = await preview(
      wordPlan([
        M4_HEAD,
        '๑. จัดทำคู่มือการยืมคืนพัสดุ',
        {
          text: 'ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗\n๑. รายงานผลต่อที่ประชุมทุกเดือน\n๒. สรุปผลรายงานนายกเทศมนตรีทุก ๖ เดือน',
          span: 2,
        },
        'กองคลัง',
      ]),
    );
    expect(first(r).timeframe).toBe('ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗');
    expect(first(r).followUps.map((f) => f.cadence)).toEqual(['monthly', 'semiannual']);
    expect(spanned(r)).toHaveLength(1);
  });

  it('with no report in it, the warning says no follow-up was found there (the measure still cannot be saved)', async () => {
    const r = await preview(
      wordPlan([M4_HEAD, '๑. จัดทำคู่มือการยืมคืนพัสดุ', { text: 'ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗', span: 2 }, 'กองคลัง']),
    );
    expect(first(r).followUps).toEqual([]);
    expect(spanned(r)[0]!.message_th).toContain('ไม่พบการติดตามผลในข้อความ จึงยังไม่มีการติดตามผล กรุณากรอกเอง');
    expect(r.warnings.some((w) => w.code === 'cannot-save')).toBe(true);
  });

  it('a cell merged across methods and timeframe reads as before, with no warning', async () => {
    const r = await preview(
      wordPlan([
        M4_HEAD,
        { text: '๑. จัดทำคู่มือการยืมคืนพัสดุ ตลอดปีงบประมาณ', span: 2 },
        '๑. รายงานผลต่อที่ประชุมทุกเดือน',
        'กองคลัง',
      ]),
    );
    expect(first(r).followUps.map((f) => f.cadence)).toEqual(['monthly']);
    expect(spanned(r)).toEqual([]);
  });
});

describe('a Word cell merged across the follow-up and units columns', () => {
  it('gives the unit written after "โดย" at its end; the follow-up keeps the rest', async () => {
    const r = await preview(
      wordPlan([
        M4_HEAD,
        '๑. จัดทำคู่มือการยืมคืนพัสดุ',
        'ตลอดปีงบประมาณ',
        { text: 'สรุปผลรายงานนายกเทศมนตรีทุก ๖ เดือน โดยกองช่าง', span: 2 },
      ]),
    );
    const m = first(r);
    expect(m.responsible.unitIds).toEqual(['engineering']);
    expect(m.followUps.map((f) => [f.text, f.cadence])).toEqual([['สรุปผลรายงานนายกเทศมนตรีทุก ๖ เดือน', 'semiannual']]);
    expect(r.warnings.filter((w) => w.code === 'no-responsible-unit' || w.code === 'cannot-save')).toEqual([]);
    expect(spanned(r)[0]!.message_th).toContain('จึงอ่าน "กองช่าง" เป็นผู้รับผิดชอบ');
  });

  it("gives the units on the cell's last line", async () => {
    const r = await preview(
      wordPlan([
        M4_HEAD,
        '๑. จัดทำคู่มือการยืมคืนพัสดุ',
        'ตลอดปีงบประมาณ',
        { text: '๑. รายงานผลต่อที่ประชุมทุกเดือน\nกองคลัง สำนักปลัด', span: 2 },
      ]),
    );
    expect(first(r).responsible.unitIds.sort()).toEqual(['clerk', 'finance']);
    expect(first(r).followUps.map((f) => f.text)).toEqual(['รายงานผลต่อที่ประชุมทุกเดือน']);
  });

  it('a cell over timeframe, follow-up and units gives all three', async () => {
    const r = await preview(
      wordPlan([M4_HEAD, '๑. จัดทำคู่มือการยืมคืนพัสดุ', { text: 'ตลอดปีงบประมาณ รายงานผู้บริหารทุกไตรมาส โดย สำนักปลัด', span: 3 }]),
    );
    const m = first(r);
    expect(m.timeframe).toBe('ตลอดปีงบประมาณ');
    expect(m.followUps.map((f) => [f.text, f.cadence])).toEqual([['รายงานผู้บริหารทุกไตรมาส', 'quarterly']]);
    expect(m.responsible.unitIds).toEqual(['clerk']);
    expect(spanned(r)[0]!.message_th).toContain('กับคอลัมน์ "การติดตามผลการดำเนินการ" และ "ผู้รับผิดชอบ" ไว้เป็นช่องเดียว');
  });
});

describe('an Excel range merged across columns of a measure row', () => {
  it('reads the follow-ups of a timeframe + follow-up range and the units of a follow-up + units range', async () => {
    const r = await preview(
      await xlsx([
        {
          name: 'แผน',
          rows: [
            [TITLE[0]!],
            HEADER,
            [
              M4_HEAD,
              '๑. จัดทำคู่มือการยืมคืนพัสดุ',
              'ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗ ๑. รายงานผลต่อที่ประชุมทุกเดือน\n๒. สรุปผลรายงานนายกเทศมนตรีทุก ๖ เดือน',
              null,
              'กองคลัง',
            ],
            [
              M9_HEAD,
              '๑. ปรับปรุงข้อมูลบนเว็บไซต์',
              'ตลอดปีงบประมาณ',
              '๑. เสนอผู้บริหารในเดือนเมษายน และ กันยายน\n๒. สรุปผลประจำปี โดยกองช่าง กองการศึกษา',
              null,
            ],
          ],
          merges: ['C3:D3', 'D4:E4'],
        },
      ]),
    );
    expect(r.plan.measures.map((m) => [m.followUps.map((f) => f.cadence), m.responsible.unitIds])).toEqual([
      [['monthly', 'semiannual'], ['finance']],
      [
        ['april-september', 'annual'],
        ['engineering', 'education'],
      ],
    ]);
    expect(r.plan.measures[1]!.followUps[1]!.text).toBe('สรุปผลประจำปี');
    expect(spanned(r).map((w) => w.message_th.split(':')[0])).toEqual([
      'แผ่นงาน แผน แถว ๓ คอลัมน์ C',
      'แผ่นงาน แผน แถว ๔ คอลัมน์ D',
    ]);
  });
});
