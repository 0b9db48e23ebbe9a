// Review 17 s11, S11-40: a measure's indicator changed in the page left "ตัวชี้วัดที่ <old>" in its
// title; the page's card and the product's documents showed the title alone, so the published plan
// named the old indicator and its re-import silently put the old one back. The title's leading
// "ตัวชี้วัดที่ N" is the indicator's heading for the page, the documents and the importer alike.
import { describe, expect, it } from 'vitest';
import { titleForIndicator } from '../../shared/domain/indicator-title.js';
import { headedTitle } from '../../shared/domain/plan-labels.js';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { chooseOfferedIndicator, copyMeasureForIndicator, draftReplacing } from '../../web/src/plan-draft.js';
import { measureHeading } from '../../web/src/screens/plan-measure-card.js';
import { renderSeedAnnualReport, renderSeedPlanDocument, storedSeedPlan } from '../support/seed-annual-report.js';
import { importRows } from '../support/import-rows.js';

describe('a title written for another indicator', () => {
  for (const [title, indicator, written] of [
    // the seed's heading with its own wording of the catalog name (the reviewer's case)
    ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ', 6, 'ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน'],
    // Arabic digits, a colon, sub-measures after the name
    ['ตัวชี้วัดที่ 4: การใช้ทรัพย์สินของราชการ ๑. จัดทำทะเบียน', 9, 'ตัวชี้วัดที่ ๙: การเปิดเผยข้อมูล ๑. จัดทำทะเบียน'],
    // two digits, to one
    ['ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต', 1, 'ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่'],
    // the measure's own words after the heading stay; a bracket between number and words stays
    ['ตัวชี้วัดที่ ๔ การใช้รถยนต์ส่วนกลาง', 10, 'ตัวชี้วัดที่ ๑๐ การใช้รถยนต์ส่วนกลาง'],
    ['ตัวชี้วัดที่ ๔ (ต่อ) การควบคุมพัสดุ', 5, 'ตัวชี้วัดที่ ๕ (ต่อ) การควบคุมพัสดุ'],
    // a heading naming several indicators names the chosen one alone
    ['ตัวชี้วัดที่ ๔-๖ การใช้ทรัพย์สินของราชการ', 5, 'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต'],
    ['ตัวชี้วัดที่ ๙ - ๑๐ การป้องกันการทุจริต', 3, 'ตัวชี้วัดที่ ๓ การใช้อำนาจ'],
    // another indicator's name after the number (indicator-name-differs): the number follows the choice
    ['ตัวชี้วัดที่ ๔ การเปิดเผยข้อมูล', 9, 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล'],
  ] as const) {
    it(`"${title}" for indicator ${indicator} is "${written}"`, () => {
      expect(titleForIndicator(title, indicator)).toBe(written);
      expect(headedTitle({ indicator, title })).toBe(written);
    });
  }

  it('leaves a title whose heading is its own, a title without one, and a measure without an indicator', () => {
    expect(titleForIndicator('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ', 4)).toBe('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ');
    expect(titleForIndicator('มาตรการประหยัดพลังงาน (ตัวชี้วัดที่ ๔)', 6)).toBe('มาตรการประหยัดพลังงาน (ตัวชี้วัดที่ ๔)');
    expect(titleForIndicator('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ', null)).toBe('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ');
    expect(headedTitle({ indicator: 6, title: 'มาตรการประหยัดพลังงาน' })).toBe('ตัวชี้วัดที่ ๖ มาตรการประหยัดพลังงาน');
  });
});

/** The seed plan with each measure id's indicator changed as given. */
function seedWith(changes: Record<string, number>) {
  const plan = storedSeedPlan();
  for (const m of plan.measures) m.indicator = changes[m.measureId] ?? m.indicator;
  return plan;
}

async function reimported(bytes: Uint8Array) {
  const { document } = await readPlanFile(bytes);
  return importSourceDocument(document, { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS }).plan.measures;
}

describe("the product's documents of a measure whose indicator was changed", () => {
  // i4 -> 6 is the reviewer's; i9 -> 2 and i10 -> 3 are two more of the kind
  const changes = { i4: 6, i9: 2, i10: 3 };
  const expected = [
    [6, 'ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน'],
    [5, 'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต'],
    [6, 'ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน'],
    [7, 'ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร'],
    [8, 'ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน'],
    [2, 'ตัวชี้วัดที่ ๒ การใช้งบประมาณ'],
    [3, 'ตัวชี้วัดที่ ๓ การใช้อำนาจ'],
  ];
  for (const format of ['docx', 'pdf'] as const) {
    it(`the plan document's ${format.toUpperCase()} names the new indicators and reads back to them`, async () => {
      const files = await renderSeedPlanDocument(seedWith(changes));
      const measures = await reimported(files[format]);
      expect(measures.map((m) => [m.indicator, m.title])).toEqual(expected);
    }, 60_000);
  }

  it("the annual report's DOCX names the new indicators and reads back to them", async () => {
    const files = await renderSeedAnnualReport(new Date('2023-10-02T02:00:00Z'), seedWith(changes));
    const measures = await reimported(files.docx);
    expect(measures.map((m) => [m.indicator, m.title])).toEqual(expected);
  }, 60_000);
});

describe('the page writes the title for the indicator chosen', () => {
  const draftOf = (...measures: string[]) => {
    const { plan, warnings } = importRows(
      ...measures.map((m) => [m, 'ประชุมชี้แจง', 'ตลอดปี', 'รายงานผลทุกเดือน', 'กองคลัง']),
    );
    return draftReplacing(undefined, {
      fy: 2566,
      title: plan.title,
      measures: plan.measures,
      source: { kind: 'file', fileName: 'plan.txt' },
      warnings,
    });
  };

  it("the card's heading never names another indicator than the measure's", () => {
    const measure = { ...draftOf('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ').measures[0]!, indicator: 6 };
    expect(measureHeading(measure, 0)).toBe('ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน');
    expect(measureHeading({ ...measure, title: 'มาตรการประหยัดพลังงาน' }, 0)).toBe('ตัวชี้วัดที่ ๖ · มาตรการประหยัดพลังงาน');
  });

  it('choosing the offered indicator (indicator-name-differs) writes its heading in the title', () => {
    // "๗" read with indicator 1's name is taken as 1 (a misread digit); the coordinator says 7: the
    // document would otherwise print "ตัวชี้วัดที่ ๗ การปฏิบัติหน้าที่", read back as 1 again
    const draft = draftOf('ตัวชี้วัดที่ ๗ การปฏิบัติหน้าที่', 'ตัวชี้วัดที่ ๓ การป้องกันการทุจริต');
    const [misread, named] = draft.warnings.filter((w) => w.code === 'indicator-name-differs');
    expect(draft.measures.map((m) => [m.indicator, m.title])).toEqual([
      [1, 'ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่'],
      [3, 'การป้องกันการทุจริต'],
    ]);
    expect(chooseOfferedIndicator(draft, misread!, 7)).toBe(true);
    expect(chooseOfferedIndicator(draft, named!, 10)).toBe(true);
    expect(draft.measures.map((m) => [m.indicator, m.title])).toEqual([
      [7, 'ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร'],
      [10, 'การป้องกันการทุจริต'],
    ]);
    expect(measureHeading(draft.measures[1]!, 1)).toBe('ตัวชี้วัดที่ ๑๐ · การป้องกันการทุจริต');
  });

  it("a copy for another indicator (several-indicators) is titled with that indicator's heading", () => {
    const draft = draftOf('ตัวชี้วัดที่ ๔-๕ การใช้ทรัพย์สินของราชการ');
    const warning = draft.warnings.find((w) => w.code === 'several-indicators')!;
    copyMeasureForIndicator(draft, warning, 5);
    expect(draft.measures.map((m) => [m.indicator, m.title])).toEqual([
      [4, 'ตัวชี้วัดที่ ๔-๕ การใช้ทรัพย์สินของราชการ'],
      [5, 'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต'],
    ]);
  });
});

describe('the importer gives a title the heading of the indicator it takes', () => {
  const HEADER = 'ตัวชี้วัด\tมาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ\n';
  it('an indicator column overriding the heading in the measure cell: the title is written for the column', () => {
    const rows = [
      ['1', 'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต'],
      ['4', 'ตัวชี้วัดที่ ๙ ปรับปรุงเว็บไซต์'],
      ['ตัวชี้วัดที่ ๖', 'ตัวชี้วัดที่ 7: ประสิทธิภาพการสื่อสาร'],
    ];
    const { plan, warnings } = importMeasuresDocument(
      HEADER + rows.map((r) => `${r.join('\t')}\tดำเนินการ\tตลอดปี\t๑. รายงานผลทุกเดือน\tกองคลัง\n`).join(''),
      { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS },
    );
    expect(plan.measures.map((m) => [m.indicator, m.title])).toEqual([
      [1, 'ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่'],
      [4, 'ตัวชี้วัดที่ ๔ ปรับปรุงเว็บไซต์'],
      [6, 'ตัวชี้วัดที่ ๖: คุณภาพการดำเนินงาน'],
    ]);
    // the heading the document had is quoted beside each, with its indicator offered
    expect(warnings.filter((w) => w.code === 'indicator-name-differs').map((w) => w.indicators)).toEqual([
      [5],
      [9],
      [7],
    ]);
  });
});
