// A cell of more list items than a measure holds (100 follow-ups, methods, sub-measures): items past
// the hundredth were dropped without a word. They are still not imported (the plan keeps at most
// 100), but the coordinator is told which cell, how many, and from which item on.
import { describe, expect, it } from 'vitest';
import { toThaiDigits } from '../../shared/domain/thai-format.js';
import { HEADER, M5 } from '../support/base-plan-rows.js';
import { docx, preview, tsv, wordTable } from '../support/plan-table-files.js';

const numbered = (n: number, text: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => `${toThaiDigits(i + 1)}. ${text(i + 1)}`).join(' ');
const said = (r: Awaited<ReturnType<typeof preview>>) =>
  r.warnings.filter((w) => w.code === 'items-cut').map((w) => [w.measureId, w.message_th]);

describe('a cell of more than 100 items is cut at the hundredth, with a warning naming it', () => {
  it('105 numbered follow-ups in a text file: 100 kept, the cut said with its line and column', async () => {
    const r = await preview(
      tsv([
        HEADER,
        [
          'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
          '๑. จัดทำคู่มือ',
          'ตลอดปี',
          numbered(105, (i) => `รายงานผลครั้งที่ ${i} ทุกเดือน`),
          'กองคลัง',
        ],
        M5,
      ]),
    );
    const i4 = r.plan.measures[0]!;
    expect(i4.followUps).toHaveLength(100);
    expect(i4.followUps[99]!.text).toBe('รายงานผลครั้งที่ 100 ทุกเดือน');
    expect(said(r)).toEqual([
      [
        'i4',
        'บรรทัด ๒ คอลัมน์ ๔: การติดตามผลมีเกิน ๑๐๐ ข้อที่มาตรการหนึ่งเก็บได้ ข้อที่ ๑๐๑ เป็นต้นไปจึงไม่ได้นำเข้า ("รายงานผลครั้งที่ 101 ทุกเดือน") กรุณาตรวจเอกสารต้นฉบับ',
      ],
    ]);
    expect(r.plan.measures[1]!.followUps).toHaveLength(1);
  });

  it('120 dashed methods and 101 sub-measures: both cuts said; exactly 100 items fit without a warning', async () => {
    const r = await preview(
      tsv([
        HEADER,
        [
          `ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ ${numbered(101, (i) => `มาตรการย่อย ${i}`)}`,
          Array.from({ length: 120 }, (_, i) => `- วิธีที่ ${i + 1}`).join(' '),
          'ตลอดปี',
          '๑. รายงานผลทุกเดือน',
          'กองคลัง',
        ],
        [
          'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต',
          Array.from({ length: 100 }, (_, i) => `- วิธีที่ ${i + 1}`).join(' '),
          'ตลอดปี',
          numbered(100, (i) => `รายงานครั้งที่ ${i} ทุกไตรมาส`),
          'สำนักปลัด',
        ],
      ]),
    );
    expect(r.plan.measures.map((m) => [m.subMeasures.length, m.methods.length, m.followUps.length])).toEqual([
      [100, 100, 1],
      [0, 100, 100],
    ]);
    expect(said(r).map(([id, th]) => [id, th!.replace(/^[^:]*: /, '').split(' ข้อที่ ')[0]])).toEqual([
      ['i4', 'มาตรการย่อยมีเกิน ๑๐๐ ข้อที่มาตรการหนึ่งเก็บได้'],
      ['i4', 'วิธีการดำเนินการมีเกิน ๑๐๐ ข้อที่มาตรการหนึ่งเก็บได้'],
    ]);
  });

  it('a Word cell of 130 paragraphs of follow-ups: the cut said with its table, row and column', async () => {
    const followUps = Array.from({ length: 130 }, (_, i) => `รายงานผลครั้งที่ ${i + 1} ทุกเดือน`).join('\n');
    const r = await preview(
      docx(wordTable([HEADER, ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', 'จัดทำคู่มือ', 'ตลอดปี', followUps, 'กองคลัง']])),
    );
    expect(r.plan.measures[0]!.followUps).toHaveLength(100);
    const [w] = r.warnings.filter((x) => x.code === 'items-cut');
    expect(w?.where).toMatchObject({ table: 1, row: 2, column: 4 });
    expect(w?.message_en).toBe(
      'table 1, row 2, column 4: more than 100 follow-ups, the most a measure holds: items 101 on were not imported ("รายงานผลครั้งที่ 101 ทุกเดือน"); check the source document',
    );
  });
});
