// Review 17 s13, S13-8: the page's draft knows when it names another fiscal year, and when saving
// it over the year's saved plan needs the coordinator's confirmation (sent as confirmOtherFiscalYear).
import { describe, expect, it } from 'vitest';
import type { ImportWarning } from '../../shared/import/import-warning.js';
import { otherYearNamed, otherYearNeedsConfirming, planBody, type PlanDraft } from '../../web/src/plan-draft.js';

const differs = (line: string): ImportWarning => ({
  where: { line: 2 },
  code: 'fiscal-year-differs',
  message_th: 'เอกสารระบุปีงบประมาณอื่น',
  message_en: 'another fiscal year',
  source: line,
});

const draft = (over: Partial<PlanDraft>): PlanDraft => ({
  fy: 2570,
  title: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๗๐',
  measures: [],
  source: { kind: 'file', fileName: 'plan.docx' },
  saved: [],
  warnings: [],
  ...over,
});

describe('a draft naming another fiscal year', () => {
  it('names the year of its title, in Thai or Arabic digits or as FY', () => {
    expect(otherYearNamed(draft({ title: 'แผน ประจำปีงบประมาณ พ.ศ. ๒๕๗๑' }))).toBe(2571);
    expect(otherYearNamed(draft({ title: 'แผนมาตรการ ปีงบประมาณ 2569' }))).toBe(2569);
    expect(otherYearNamed(draft({ title: 'ITA measures FY2028' }))).toBe(2571);
    expect(otherYearNamed(draft({}))).toBeUndefined();
  });

  it("names the importer's fiscal-year line when the title names none", () => {
    expect(otherYearNamed(draft({ title: 'มาตรการ ITA', warnings: [differs('ประจำปีงบประมาณ พ.ศ. ๒๕๗๑')] }))).toBe(2571);
  });

  it('needs confirming over a saved plan, and not when the saved plan names that year already', () => {
    const next = { title: 'แผน ประจำปีงบประมาณ พ.ศ. ๒๕๗๑' };
    expect(otherYearNeedsConfirming(draft({ ...next, baseVersion: 3, savedTitle: 'แผน ปีงบประมาณ ๒๕๗๐' }))).toBe(true);
    expect(otherYearNeedsConfirming(draft({ ...next, baseVersion: 3, savedTitle: 'แผน ปีงบประมาณ ๒๕๗๑' }))).toBe(false);
    expect(otherYearNeedsConfirming(draft({ baseVersion: 3, savedTitle: 'แผน ปีงบประมาณ ๒๕๗๐' }))).toBe(false);
  });

  // break attempt s27, L-3: a year with no plan saved another year's file without asking
  it("needs confirming in a year with no plan too: a file of another year, by its title or the importer's line", () => {
    expect(otherYearNeedsConfirming(draft({ title: 'แผน ประจำปีงบประมาณ พ.ศ. ๒๕๗๑' }))).toBe(true);
    expect(otherYearNeedsConfirming(draft({ title: 'แผน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙' }))).toBe(true);
    expect(
      otherYearNeedsConfirming(draft({ title: 'มาตรการ ITA', warnings: [differs('ประจำปีงบประมาณ พ.ศ. ๒๕๖๙')] })),
    ).toBe(true);
    // its own year, or no year named: nothing to confirm
    expect(otherYearNeedsConfirming(draft({}))).toBe(false);
    expect(otherYearNeedsConfirming(draft({ title: 'มาตรการ ITA' }))).toBe(false);
  });

  it('sends the confirmation only when the coordinator gave it', () => {
    expect(planBody(draft({ baseVersion: 3 }))).not.toHaveProperty('confirmOtherFiscalYear');
    expect(planBody(draft({ baseVersion: 3, confirmOtherYear: true }))).toMatchObject({ confirmOtherFiscalYear: true });
  });

  it("sends confirmRemoveMissedReports only once the coordinator confirmed removing an ended year's missed reports (break s30-u F3)", () => {
    expect(planBody(draft({ baseVersion: 3 }))).not.toHaveProperty('confirmRemoveMissedReports');
    expect(planBody(draft({ baseVersion: 3, confirmRemoveMissed: true }))).toMatchObject({
      confirmRemoveMissedReports: true,
    });
  });
});
