// Review 17 s14, S14-2: S13-10 warned of a status word before the heading only. A revised plan also
// marks a dropped measure after its heading ("… (ยกเลิก)"), in its units cell, or in its notes
// column ("ยกเลิก", "ยกเลิกมาตรการนี้ตามมติที่ประชุม", "ไม่ดำเนินการในปีนี้"): each was a live
// measure with no warning. Each now gets measure-status-marked beside the measure.
import { describe, expect, it } from 'vitest';
import { HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { preview, tsv } from '../support/plan-table-files.js';

const marked = (r: Awaited<ReturnType<typeof preview>>) =>
  r.warnings.filter((w) => w.code === 'measure-status-marked').map((w) => [w.measureId, w.source]);
const withNotes = (notes: readonly string[]) => [
  [...HEADER, 'หมายเหตุ'],
  ...[M4, M5, M9].map((m, i) => [...m, notes[i]!]),
];

describe('a measure marked cancelled beside its heading or in its notes', () => {
  it.each([
    ['"(ยกเลิก)" after the heading', 0, (m: string[]) => [`${m[0]!.split('\n')[0]} (ยกเลิก)`, ...m.slice(1)], '(ยกเลิก)'],
    ['"(ยกเลิก)" after the unit', 4, (m: string[]) => [...m.slice(0, 4), `${m[4]} (ยกเลิก)`], '(ยกเลิก)'],
    [
      '"[ไม่ดำเนินการในปีนี้]" in the methods',
      1,
      (m: string[]) => [m[0]!, `${m[1]} [ไม่ดำเนินการในปีนี้]`, ...m.slice(2)],
      '[ไม่ดำเนินการในปีนี้]',
    ],
  ])('%s: warned, quoting it', async (_, __, change, quoted) => {
    const r = await preview(tsv([...TITLE.map((t) => [t]), HEADER, change([...M4]), M5, M9]));
    expect(marked(r)).toEqual([['i4', quoted]]);
    expect(r.warnings.find((w) => w.code === 'measure-status-marked')!.message_th).toContain(`"${quoted}"`);
  });

  it.each(['ยกเลิก', 'ยกเลิกมาตรการนี้ตามมติที่ประชุม', 'ไม่ดำเนินการในปีนี้'])(
    'a notes column saying "%s": warned, naming the column',
    async (note) => {
      const r = await preview(tsv([...TITLE.map((t) => [t]), ...withNotes([note, '', ''])]));
      expect(marked(r)).toEqual([['i4', note]]);
      expect(r.warnings.find((w) => w.code === 'measure-status-marked')!.message_th).toContain('ในช่อง "หมายเหตุ"');
    },
  );

  it('the words inside a measure’s own text, not as a status, are no warning', async () => {
    const m4 = ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ มาตรการยกเลิกการใช้รถส่วนกลางนอกเวลาราชการ', ...M4.slice(1)];
    const notes = ['ดำเนินการต่อเนื่องจากปีก่อน', '', 'เพิ่มใหม่'];
    const rows = [[...HEADER, 'หมายเหตุ'], ...[m4, M5, M9].map((m, i) => [...m, notes[i]!])];
    const r = await preview(tsv([...TITLE.map((t) => [t]), ...rows]));
    expect(r.plan.measures).toHaveLength(3);
    expect(marked(r)).toEqual([]);
  });
});
