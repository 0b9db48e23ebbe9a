// Tester s51: a units cell "… ๙๒.๑๕" was warned of an unknown unit "92 15": the words left over
// from the cell's match key, Thai digits made Arabic and the dot gone. The warning quotes them as
// the cell writes them; an abbreviation with its dots ("ก.ค.ศ.", tester s52).
import { describe, expect, it } from 'vitest';
import { HEADER, M4 } from '../support/base-plan-rows.js';
import { preview, tsv } from '../support/plan-table-files.js';

const unknownOf = async (units: string) => {
  const r = await preview(tsv([HEADER, [...M4.slice(0, 4).map((c) => c.replace(/\n/g, ' ')), units]]));
  return r.warnings.filter((w) => w.code === 'unknown-unit').map((w) => w.message_th);
};

describe('an unknown unit is quoted as the cell writes it', () => {
  it('a score in Thai digits with its decimal point', async () => {
    expect(await unknownOf('กองคลัง ๙๒.๑๕')).toEqual(['บรรทัด ๒ คอลัมน์ ๕: ไม่รู้จักหน่วยงาน "๙๒.๑๕" ในช่องผู้รับผิดชอบ']);
  });

  it('a word and a number in Thai digits', async () => {
    expect(await unknownOf('กองคลัง คะแนน ๗๘.๔๐')).toEqual([
      'บรรทัด ๒ คอลัมน์ ๕: ไม่รู้จักหน่วยงาน "คะแนน ๗๘.๔๐" ในช่องผู้รับผิดชอบ',
    ]);
  });

  // tester s52: "ฝ่าย ก ค ศ ๒๕๖๖", an abbreviation's dots dropped
  it("an abbreviation's dots, a year after it", async () => {
    expect(await unknownOf('กองคลัง ฝ่าย ก.ค.ศ. ๒๕๖๖')).toEqual([
      'บรรทัด ๒ คอลัมน์ ๕: ไม่รู้จักหน่วยงาน "ฝ่าย ก.ค.ศ. ๒๕๖๖" ในช่องผู้รับผิดชอบ',
    ]);
  });

  it('an abbreviation last in the cell keeps its last dot', async () => {
    expect(await unknownOf('กองคลัง ชมรม อ.ส.ม.')).toEqual([
      'บรรทัด ๒ คอลัมน์ ๕: ไม่รู้จักหน่วยงาน "ชมรม อ.ส.ม." ในช่องผู้รับผิดชอบ',
    ]);
  });

  it('abbreviations without a space after their dots, one word between', async () => {
    expect(await unknownOf('กองคลัง คณะกรรมการ ป.ป.ช.จังหวัด')).toEqual([
      'บรรทัด ๒ คอลัมน์ ๕: ไม่รู้จักหน่วยงาน "คณะกรรมการ ป.ป.ช.จังหวัด" ในช่องผู้รับผิดชอบ',
    ]);
  });

  it('Thai digits parted by a slash, Arabic digits kept Arabic', async () => {
    expect(await unknownOf('กองคลัง ห้อง ๒/๓ อาคาร 12')).toEqual([
      'บรรทัด ๒ คอลัมน์ ๕: ไม่รู้จักหน่วยงาน "ห้อง ๒/๓ อาคาร 12" ในช่องผู้รับผิดชอบ',
    ]);
  });
});
