// Session 27's closing note: the English text of the importer's unit warnings showed unit ids
// ("finance") where the Thai showed the org's names (กองคลัง). Each now names the unit as the org
// calls it, its id in brackets after it: `"กองคลัง" (finance)`.
import { describe, expect, it } from 'vitest';
import { HEADER, TITLE } from '../support/base-plan-rows.js';
import * as plan from '../support/plan-table-files.js';

const row = (units: string) => ['ตัวชี้วัดที่ ๑ มาตรการทดสอบ', 'จัดทำประกาศ', 'ตลอดปีงบประมาณ', 'รายงานผลทุกเดือน', units];
const UNIT_CODES = new Set(['unit-guessed', 'units-excluded', 'unit-section-excepted']);
/** The English text of each unit warning, with the file's place cut off. */
const englishOf = (r: plan.Preview) =>
  r.warnings.filter((w) => UNIT_CODES.has(w.code)).map((w) => w.message_en.replace(/^[^:]*: /, ''));

/** The same one-row plan, its units cell `units`, as text, as a Word table and as a sheet. */
const files = async (units: string) => ({
  txt: plan.tsv([TITLE, HEADER, row(units)]),
  docx: plan.docx(TITLE.map(plan.wordParagraph).join('') + plan.wordTable([HEADER, row(units)])),
  xlsx: await plan.xlsx([{ name: 'มาตรการ', rows: [...TITLE.map((t) => [t]), HEADER, row(units)] }]),
});

describe("the importer's unit warnings in English name the unit as the org calls it", () => {
  const cases: [string, string][] = [
    // a section excepted: its unit stays responsible
    [
      'กองคลัง ยกเว้นงานพัสดุ',
      'the responsible-units cell excepts "งานพัสดุ", part of "กองคลัง" (finance): "กองคลัง" stays responsible (only whole units can be chosen); check the units and tell the unit "งานพัสดุ" is left out',
    ],
    // every unit but one
    [
      'ทุกกอง ยกเว้นกองช่าง',
      'the responsible-units cell excludes "กองช่าง" (engineering): not "all units" but every other unit, one by one; check the units',
    ],
    // a unit named and another excepted
    [
      'กองช่าง ยกเว้นกองคลัง',
      'the responsible-units cell excludes "กองคลัง" (finance): not chosen, only the units named are; check the units',
    ],
    ['กค.', 'read "กค." as the abbreviation of unit "กองคลัง" (finance)'],
    ['กองคลง', 'read "กองคลง", taken as unit "กองคลัง" (finance)'],
    ['งานพัสดุ', '"งานพัสดุ" is taken for a section of unit "กองคลัง" (finance)'],
    [
      'จนท.การเงิน',
      '"จนท.การเงิน" is a position title, usually in unit "กองคลัง" (finance): taken for that unit; check it',
    ],
  ];
  for (const [units, said] of cases) {
    it(`"${units}": .txt, .docx and .xlsx say it with the unit's name`, async () => {
      for (const [kind, bytes] of Object.entries(await files(units))) {
        expect([kind, englishOf(await plan.preview(bytes))]).toEqual([kind, [said]]);
      }
    });
  }
});
