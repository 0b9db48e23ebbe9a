// A row of more note columns than a measure holds (review 17 s9, entry 23's low part): 25 extra
// columns "หมายเหตุ 1…25" kept notes 1-20 and dropped 21-25 without a word. The notes past the
// twentieth are now joined into it, and a note cut at its length limit is said too.
import { describe, expect, it } from 'vitest';
import { HEADER, M4, M5 } from '../support/base-plan-rows.js';
import { preview, tsv, xlsx } from '../support/plan-table-files.js';

const labels = (n: number) => Array.from({ length: n }, (_, i) => `หมายเหตุ ${i + 1}`);
const texts = (n: number) => Array.from({ length: n }, (_, i) => `ข้อความ ${i + 1}`);

describe('notes past what a measure holds are joined into the last, with a warning', () => {
  it('25 note columns in a text file: notes 1-19 as they are, 20-25 joined into the twentieth', async () => {
    const r = await preview(
      tsv([
        [...HEADER, ...labels(25)],
        [...M4, ...texts(25)],
      ]),
    );
    const notes = r.plan.measures[0]!.notes ?? [];
    expect(notes).toHaveLength(20);
    expect(notes[18]).toEqual({ label: 'หมายเหตุ 19', text: 'ข้อความ 19' });
    expect(notes[19]).toEqual({
      label: 'หมายเหตุ 20 / หมายเหตุ 21 / หมายเหตุ 22 / หมายเหตุ 23 / หมายเหตุ 24 / หมายเหตุ 25',
      text: [20, 21, 22, 23, 24, 25].map((i) => `หมายเหตุ ${i}: ข้อความ ${i}`).join('\n'),
    });
    expect(r.warnings.map((w) => [w.code, w.measureId, w.message_th])).toEqual([
      [
        'notes-joined',
        'i4',
        'บรรทัด ๒: แถวนี้มีคอลัมน์หมายเหตุ ๒๕ คอลัมน์ เกิน ๒๐ คอลัมน์ที่มาตรการหนึ่งเก็บได้ จึงรวมคอลัมน์ที่ ๒๐-๒๕ ไว้ในหมายเหตุข้อที่ ๒๐ กรุณาตรวจหมายเหตุของมาตรการนี้',
      ],
    ]);
  });

  it('21 note columns in a sheet: the last two joined; 20 columns fit without a warning', async () => {
    const r = await preview(
      await xlsx([
        {
          name: 'แผน',
          rows: [
            [...HEADER, ...labels(21)],
            [...M4, ...texts(21)],
            [...M5, ...texts(20)],
          ],
        },
      ]),
    );
    expect(r.plan.measures.map((m) => m.notes?.length)).toEqual([20, 20]);
    expect(r.plan.measures[0]!.notes![19]!.text).toBe('หมายเหตุ 20: ข้อความ 20\nหมายเหตุ 21: ข้อความ 21');
    expect(r.plan.measures[1]!.notes![19]).toEqual({ label: 'หมายเหตุ 20', text: 'ข้อความ 20' });
    expect(r.warnings.map((w) => [w.code, w.where])).toEqual([['notes-joined', { sheet: 'แผน', row: 2 }]]);
  });

  it('a note longer than 5,000 characters is cut, said with its column', async () => {
    const r = await preview(
      tsv([
        [...HEADER, 'งบประมาณ', 'หมายเหตุ'],
        [...M4, '๒๐,๐๐๐ บาท', 'ก'.repeat(6000)],
      ]),
    );
    expect(r.plan.measures[0]!.notes!.map((n) => n.text.length)).toEqual([10, 5000]);
    expect(r.warnings.map((w) => w.code)).toEqual(['notes-joined']);
    expect(r.warnings[0]!.message_th).toBe(
      'บรรทัด ๒: หมายเหตุ "หมายเหตุ" ยาวเกิน ๕,๐๐๐ ตัวอักษร ส่วนที่เกินไม่ได้นำเข้า กรุณาตรวจหมายเหตุของมาตรการนี้',
    );
  });
});
