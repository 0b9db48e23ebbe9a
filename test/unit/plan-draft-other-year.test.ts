// Review 17 s13, S13-8: the page's draft knows when it names another fiscal year, and when saving
// it over the year's saved plan needs the coordinator's confirmation (sent as confirmOtherFiscalYear).
import { describe, expect, it } from 'vitest';
import type { ImportWarning } from '../../shared/import/import-warning.js';
import {
  otherYearNamed,
  otherYearNeedsConfirming,
  planBody,
  type PlanDraft,
  saveBlockedReason,
  settledByDraft,
  warningNotePrefix,
  warningStands,
} from '../../web/src/plan-draft.js';

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

// Tester s38 #3: a file of another year asked for two confirmations (ตรวจแล้ว on the importer's
// warning, and the tick beside the save button), and the note saying why save was disabled was
// empty while only the tick was missing.
describe('a file of another fiscal year asks one confirmation, and a disabled save says why', () => {
  const line = 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙';
  const file = (over: Partial<PlanDraft>) => {
    const warning = differs(line);
    return { warning, draft: draft({ title: 'มาตรการ ITA', warnings: [warning], ...over }) };
  };

  it.each([
    ['over a saved plan', { baseVersion: 3, savedTitle: 'แผน ปีงบประมาณ ๒๕๗๐' }],
    ['in a year with no plan', {}],
    ['read from a copy of the file whose title names the year', { title: `แผน ${line}` }],
  ])("%s: the importer's warning offers no ตรวจแล้ว and is settled by the one tick", (_, over: Partial<PlanDraft>) => {
    const { warning, draft: d } = file(over);
    expect(settledByDraft(warning)).toBe(true);
    expect(warningStands(warning, d)).toBe(true);
    expect(warningStands(warning, { ...d, confirmOtherYear: true })).toBe(false);
  });

  // tester s38b: once the tick was given, the warning was marked แก้ไขแล้ว (fixed), though it was confirmed
  it.each([
    ['over a saved plan, ticked', { baseVersion: 3, savedTitle: 'แผน ปีงบประมาณ ๒๕๗๐', confirmOtherYear: true }],
    ['in a year with no plan, ticked', { confirmOtherYear: true }],
    ['over a saved plan naming that year (confirmed when it was saved)', { baseVersion: 3, savedTitle: `แผน ${line}` }],
  ])('%s: the warning is marked ยืนยันแล้ว', (_, over: Partial<PlanDraft>) => {
    const { warning, draft: d } = file(over);
    expect(warningNotePrefix(warning, d)).toBe('ยืนยันแล้ว: ');
  });

  it('not yet ticked, it is marked nothing; a title changed to the own year is แก้ไขแล้ว', () => {
    const { warning, draft: d } = file({});
    expect(warningNotePrefix(warning, d)).toBe('');
    const own = { ...d, title: 'แผน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐' };
    expect(warningNotePrefix(warning, own)).toBe('แก้ไขแล้ว: ');
  });

  it('a saved plan naming that year already asks nothing: the warning does not stand', () => {
    const { warning, draft: d } = file({ baseVersion: 3, savedTitle: `แผน ${line}` });
    expect(warningStands(warning, d)).toBe(false);
    expect(saveBlockedReason(d)).toBeUndefined();
  });

  it.each([
    [
      "a file's draft over a saved plan",
      file({ baseVersion: 3, savedTitle: 'แผน ปีงบประมาณ ๒๕๗๐' }).draft,
      'ยังบันทึกไม่ได้: แผนนี้ระบุปีงบประมาณ ๒๕๖๙ แต่จะบันทึกเป็นแผนปีงบประมาณ ๒๕๗๐ ติ๊กช่องยืนยันด้านล่างก่อน หรือนำเข้าเป็นแผนปี ๒๕๖๙',
    ],
    [
      "a file's draft in a year with no plan",
      file({}).draft,
      'ยังบันทึกไม่ได้: แผนนี้ระบุปีงบประมาณ ๒๕๖๙ แต่จะบันทึกเป็นแผนปีงบประมาณ ๒๕๗๐ ติ๊กช่องยืนยันด้านล่างก่อน หรือนำเข้าเป็นแผนปี ๒๕๖๙',
    ],
    [
      'a saved plan whose title was edited to name another year (nothing to import elsewhere)',
      draft({
        title: 'แผน ประจำปีงบประมาณ พ.ศ. ๒๕๗๑',
        source: { kind: 'saved', version: 3 },
        baseVersion: 3,
        savedTitle: 'แผน ปีงบประมาณ ๒๕๗๐',
      }),
      'ยังบันทึกไม่ได้: แผนนี้ระบุปีงบประมาณ ๒๕๗๑ แต่จะบันทึกเป็นแผนปีงบประมาณ ๒๕๗๐ ติ๊กช่องยืนยันด้านล่างก่อน',
    ],
  ])('%s, not yet confirmed: save is blocked, and says so in Thai', (_, d, reason) => {
    expect(saveBlockedReason(d)).toBe(reason);
    expect(saveBlockedReason({ ...d, confirmOtherYear: true })).toBeUndefined();
  });

  it('a save on its way says so; a draft of its own year with nothing to settle is not blocked', () => {
    expect(saveBlockedReason(draft({}), true)).toBe('กำลังบันทึกแผนมาตรการ กรุณารอสักครู่');
    expect(saveBlockedReason(draft({}))).toBeUndefined();
  });

  it('a warning that blocks the save is said first: which measures to change', () => {
    const cannotSave: ImportWarning = {
      where: { line: 9 },
      code: 'cannot-save',
      message_th: 'มาตรการนี้บันทึกไม่ได้',
      message_en: 'cannot be saved',
      source: '',
      measureId: 'i4',
    };
    const measure = { measureId: 'i4' } as PlanDraft['measures'][number];
    const d = file({ measures: [measure], imported: [structuredClone(measure)] }).draft;
    d.warnings.push(cannotSave);
    expect(saveBlockedReason(d)).toBe('ยังบันทึกไม่ได้: มาตรการ ๑ ข้อบันทึกไม่ได้ตามที่อ่านจากไฟล์ แก้ไขหรือลบมาตรการเหล่านี้ก่อน');
  });
});
