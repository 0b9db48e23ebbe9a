// Review 17 s18, S18-4: a follow-up cell of radio buttons ("○ รายเดือน" / "● รายไตรมาส" / "○ รอบ ๖
// เดือน") gave one follow-up per line, in Word and in PDF alike, and filled and empty squares ("■
// รายเดือน □ รายไตรมาส □ รอบ ๖ เดือน" on one line, as a PDF gives them) did too: ● ○ ■ □ were read as
// bullets before the tick list was looked for. Now one chosen ● among ○ is a tick list, and a text
// that is a tick list is one follow-up of the ticked cadence, whatever its marks; bullets stay bullets.
import { describe, expect, it } from 'vitest';
import { parseResponsibility } from '../../shared/import/responsibility.js';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importRows } from '../support/import-rows.js';
import { HEADER } from '../support/base-plan-rows.js';
import { docx, preview, wordTable } from '../support/plan-table-files.js';

const HEADING = 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล';
/** The follow-ups of one measure whose follow-up cell is `cell`, as text on one line (a PDF's shape). */
const textRead = (cell: string) => {
  const r = importRows([HEADING, 'ปรับปรุงเว็บไซต์', 'ตลอดปี', cell, 'สำนักปลัด']);
  return { cadences: r.plan.measures[0]!.followUps.map((f) => f.cadence), codes: r.warnings.map((w) => w.code) };
};
/** The same from a Word cell of one paragraph per line. */
const wordRead = async (lines: string[]) => {
  const r = await preview(docx(wordTable([HEADER, [HEADING, 'ปรับปรุงเว็บไซต์', 'ตลอดปี', lines.join('\n'), 'สำนักปลัด']])));
  return { cadences: r.plan.measures[0]!.followUps.map((f) => f.cadence), codes: r.warnings.map((w) => w.code) };
};

describe('radio buttons, one ● chosen among ○, are one follow-up of the chosen cadence', () => {
  it('Word lines "○ รายเดือน" / "● รายไตรมาส" / "○ รอบ ๖ เดือน": one quarterly follow-up, cadence-guessed', async () => {
    expect(await wordRead(['○ รายเดือน', '● รายไตรมาส', '○ รอบ ๖ เดือน'])).toEqual({
      cadences: ['quarterly'],
      codes: ['cadence-guessed'],
    });
  });

  it('the chosen one first, "● รายเดือน" / "○ รายไตรมาส" / "○ ปีละครั้ง": one monthly follow-up', async () => {
    expect((await wordRead(['● รายเดือน', '○ รายไตรมาส', '○ ปีละครั้ง'])).cadences).toEqual(['monthly']);
  });

  it('on one line, as a PDF gives it, "○ รายเดือน ● รายไตรมาส ○ รอบ ๖ เดือน": one quarterly follow-up', () => {
    expect(textRead('○ รายเดือน ● รายไตรมาส ○ รอบ ๖ เดือน')).toEqual({
      cadences: ['quarterly'],
      codes: ['cadence-guessed'],
    });
  });
});

describe('filled and empty squares on one line are one follow-up of the filled one', () => {
  for (const [cell, cadence] of [
    ['■ รายเดือน □ รายไตรมาส □ รอบ ๖ เดือน', 'monthly'],
    ['□ รายเดือน ■ รายไตรมาส', 'quarterly'],
    ['□ รายเดือน □ รายไตรมาส ■ ปีละครั้ง', 'annual'],
  ] as const) {
    it(`"${cell}": one ${cadence} follow-up, cadence-guessed`, () => {
      expect(textRead(cell)).toEqual({ cadences: [cadence], codes: ['cadence-guessed'] });
    });
  }

  it('Word lines "■ รายเดือน" / "□ รายไตรมาส" quote the filled square too', async () => {
    const r = await preview(
      docx(wordTable([HEADER, [HEADING, 'ปรับปรุงเว็บไซต์', 'ตลอดปี', '■ รายเดือน\n□ รายไตรมาส', 'สำนักปลัด']])),
    );
    expect(r.plan.measures[0]!.followUps.map((f) => [f.cadence, f.text])).toEqual([
      ['monthly', '■ รายเดือน □ รายไตรมาส'],
    ]);
  });
});

describe('bullets stay bullets', () => {
  it('"● รายงานผลทุกเดือน ● สรุปผลประจำปี" and the same with ○ are two follow-ups', async () => {
    expect(textRead('● รายงานผลทุกเดือน ● สรุปผลประจำปี').cadences).toEqual(['monthly', 'annual']);
    expect(textRead('○ รายงานผลทุกเดือน ○ สรุปผลประจำปี').cadences).toEqual(['monthly', 'annual']);
    expect((await wordRead(['● รายงานผลทุกเดือน', '● สรุปผลประจำปี'])).cadences).toEqual(['monthly', 'annual']);
  });

  it('numbered items around a tick list stay items: "๑. … ☐ รายเดือน ☑ รายไตรมาส ๒. สรุปผลประจำปี"', () => {
    expect(textRead('๑. รายงานผลต่อนายก ☐ รายเดือน ☑ รายไตรมาส ๒. สรุปผลประจำปี').cadences).toEqual([
      'quarterly',
      'annual',
    ]);
  });

  it('a units cell of hollow bullets names both units; one chosen among hollow ones names that unit', () => {
    const ids = (cell: string) => parseResponsibility(cell, MUNICIPAL_UNITS).responsibility.unitIds;
    expect(ids('○ กองคลัง ○ กองช่าง')).toEqual(['finance', 'engineering']);
    expect(ids('● กองคลัง ● กองช่าง')).toEqual(['finance', 'engineering']);
    expect(ids('○ กองคลัง ● กองช่าง')).toEqual(['engineering']);
  });
});
