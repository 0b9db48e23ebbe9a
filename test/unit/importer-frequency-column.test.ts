// The reporting cadence written in a column of its own ("ความถี่ในการรายงาน", "รอบการรายงาน") or
// only in ระยะเวลา (review 17 s9, entry 18): every follow-up became unspecified (annual), the
// frequency kept only as a note. Now the follow-ups that name no cadence take the column's, and the
// unspecified-cadence warning proposes the timeframe's cadence when it names one.
import { describe, expect, it } from 'vitest';
import { HEADER, M4, M5, M9 } from '../support/base-plan-rows.js';
import { docx, preview, type Preview, tsv, wordTable, xlsx } from '../support/plan-table-files.js';

const cadencesOf = (r: Preview) => r.plan.measures.map((m) => m.followUps.map((f) => f.cadence));
const noCadence = (m: readonly string[], followUps: string) => [m[0]!, m[1]!, m[2]!, followUps, m[4]!];

describe('a column of the reporting frequency gives the cadence of the follow-ups that name none', () => {
  it('"ความถี่ในการรายงาน" in a text file: ปีละ ๒ ครั้ง (เมษายน และ กันยายน), รายไตรมาส, ทุกเดือน', async () => {
    const r = await preview(
      tsv([
        [...HEADER, 'ความถี่ในการรายงาน'],
        [...noCadence(M4, 'รายงานผลต่อที่ประชุม'), 'ทุกเดือน'],
        [...noCadence(M5, 'รายงานผู้บริหาร'), 'รายไตรมาส'],
        [...noCadence(M9, 'เสนอผู้บริหาร'), 'ปีละ ๒ ครั้ง (เมษายน และ กันยายน)'],
      ]),
    );
    expect(cadencesOf(r)).toEqual([['monthly'], ['quarterly'], ['april-september']]);
    expect(r.warnings).toEqual([]);
    // nothing of the column is lost: it stays the measure's note
    expect(r.plan.measures[1]!.notes).toEqual([{ label: 'ความถี่ในการรายงาน', text: 'รายไตรมาส' }]);
  });

  it('"รอบการรายงาน" in a sheet: a follow-up naming its own cadence keeps it, the other takes the column\'s', async () => {
    const r = await preview(
      await xlsx([
        {
          name: 'แผน',
          rows: [
            ['มาตรการ', 'รอบการรายงาน', 'การติดตามผล', 'ผู้รับผิดชอบ', 'ระยะเวลา'],
            [M4[0]!, 'ทุก ๓ เดือน', '๑. รายงานผลต่อที่ประชุมทุกเดือน\n๒. สรุปผลรายงานนายกเทศมนตรี', 'กองคลัง', 'ตลอดปี'],
          ],
        },
      ]),
    );
    expect(cadencesOf(r)).toEqual([['monthly', 'quarterly']]);
    expect(r.warnings).toEqual([]);
  });

  it('"ความถี่ในการติดตามผล" in a Word table is the frequency, not a second follow-up column', async () => {
    const r = await preview(
      docx(
        wordTable(
          [
            [...HEADER, 'ความถี่ในการติดตามผล'],
            [...noCadence(M5, 'รายงานผู้บริหาร'), 'ทุก ๖ เดือน'],
          ],
          6,
        ),
      ),
    );
    expect(r.plan.measures.map((m) => m.followUps.map((f) => [f.text, f.cadence]))).toEqual([
      [['รายงานผู้บริหาร', 'semiannual']],
    ]);
    expect(r.warnings.map((w) => w.code)).toEqual([]);
  });

  it('a frequency that names no cadence leaves the follow-up unspecified, with its warning', async () => {
    const r = await preview(
      tsv([
        [...HEADER, 'ความถี่'],
        [...noCadence(M9, 'เสนอผู้บริหาร'), 'ตามความเหมาะสม'],
      ]),
    );
    expect(cadencesOf(r)).toEqual([['unspecified']]);
    expect(r.warnings.map((w) => w.code)).toEqual(['unspecified-cadence']);
  });
});

describe("the unspecified-cadence warning proposes the row's timeframe when it names a cadence", () => {
  it.each([
    ['รายไตรมาส', 'ทุกไตรมาส (ทุก ๓ เดือน)', 'quarterly'],
    ['ดำเนินการทุกเดือน', 'ทุกเดือน', 'monthly'],
    ['ทุก ๖ เดือน', 'ทุก ๖ เดือน', 'semiannual'],
  ])('ระยะเวลา "%s": proposes "%s"', async (timeframe, label, cadence) => {
    const r = await preview(tsv([HEADER, [M5[0]!, M5[1]!, timeframe, 'รายงานผู้บริหาร', M5[4]!]]));
    expect(cadencesOf(r)).toEqual([['unspecified']]);
    const [w] = r.warnings;
    expect(w!.code).toBe('unspecified-cadence');
    expect(w!.message_th).toBe(
      `บรรทัด ๒ คอลัมน์ ๔: ตัวชี้วัดที่ ๕ การติดตามผลข้อ ๑ ไม่ระบุรอบการรายงาน จึงถือเป็นรายงานประจำปี (ในแถวนี้ ระยะเวลา: "${timeframe}" ซึ่งตรงกับรอบ "${label}" ถ้าเป็นรอบการรายงาน ให้เลือกรอบนี้)`,
    );
    expect(w!.message_en).toContain(`names ${cadence}`);
  });

  it('a timeframe naming no cadence ("ตลอดปีงบประมาณ") proposes nothing', async () => {
    const r = await preview(tsv([HEADER, [M5[0]!, M5[1]!, 'ตลอดปีงบประมาณ', 'รายงานผู้บริหาร', M5[4]!]]));
    expect(r.warnings.map((w) => w.message_th)).toEqual([
      'บรรทัด ๒ คอลัมน์ ๔: ตัวชี้วัดที่ ๕ การติดตามผลข้อ ๑ ไม่ระบุรอบการรายงาน จึงถือเป็นรายงานประจำปี',
    ]);
  });
});
