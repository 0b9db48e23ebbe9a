// Issue 17 (session 7): the plan screen did not know the importer's newer warning codes
// (`cannot-save`, `measures-dropped`): no explanation of what they mean, and a measure the save
// would refuse left the save button enabled. Every code of IMPORT_WARNING_CODES now has its Thai
// explanation and its way of being settled (web/src/import-warning-kinds.ts).
import { describe, expect, it } from 'vitest';
import { IMPORT_WARNING_CODES, type ImportWarning } from '../../shared/import/import-warning.js';
import { WARNING_KINDS } from '../../web/src/import-warning-kinds.js';
import {
  acknowledge,
  draftReplacing,
  settledByDraft,
  warningsBlockingSave,
  warningStands,
  type PlanDraft,
} from '../../web/src/plan-draft.js';
import { importRows } from '../support/import-rows.js';

const row = (i: number, cells: Partial<Record<'methods' | 'followUps', string>> = {}) => [
  `ตัวชี้วัดที่ ${(i % 10) + 1} มาตรการ ${i + 1}`,
  cells.methods ?? 'วิธี',
  'ตลอดปี',
  cells.followUps ?? 'รายงานทุกเดือน',
  'กองคลัง',
];

/** The draft the plan screen makes of a file's preview. */
function fileDraft(...rows: string[][]): PlanDraft {
  const { plan, warnings } = importRows(...rows);
  return draftReplacing(undefined, {
    fy: 2567,
    title: plan.title,
    measures: plan.measures,
    source: { kind: 'file', fileName: 'แผน.txt' },
    warnings,
  });
}
const only = (draft: PlanDraft, code: ImportWarning['code']) => draft.warnings.filter((w) => w.code === code);

describe('every warning the importer can give has a Thai explanation for the plan screen', () => {
  it('each code of IMPORT_WARNING_CODES (the one list the importer and the plan use case draw from) has one', () => {
    expect(Object.keys(WARNING_KINDS).sort()).toEqual([...IMPORT_WARNING_CODES].sort());
    for (const code of IMPORT_WARNING_CODES) {
      expect(WARNING_KINDS[code].help, code).toMatch(/^[ก-๙]/);
      expect(WARNING_KINDS[code].help.length, code).toBeGreaterThan(30);
    }
  });

  it('cannot-save and measures-dropped are explained: what was not imported or saved, and what to do', () => {
    expect(WARNING_KINDS['cannot-save'].help).toContain('ปุ่มบันทึกจะใช้ได้เมื่อแก้ไขหรือลบมาตรการนี้');
    expect(WARNING_KINDS['measures-dropped'].help).toContain('แถวที่เกินไม่ได้นำเข้าและจะไม่อยู่ในแผนที่บันทึก');
  });
});

describe('a measure the save would refuse (cannot-save) keeps the plan from being saved until it is changed or removed', () => {
  it('a measure with an empty follow-up cell blocks the save; adding a follow-up settles it', () => {
    const draft = fileDraft(row(0), row(1, { followUps: '' }));
    const [warning] = only(draft, 'cannot-save');
    expect(warning).toMatchObject({ measureId: 'i2' });
    expect(settledByDraft(warning!)).toBe(true);
    expect(warningsBlockingSave(draft)).toEqual([warning]);
    draft.measures[1]!.followUps.push({ followUpNo: 1, text: 'รายงานทุกเดือน', cadence: 'monthly', audience: [] });
    expect(warningStands(warning!, draft)).toBe(false);
    expect(warningsBlockingSave(draft)).toEqual([]);
  });

  it('a measure of about 120 KB blocks the save; removing it settles it, and choosing an indicator does not', () => {
    const methods = Array.from({ length: 40 }, (_, i) => `${i + 1}. ${'ก'.repeat(1000)}`).join(' ');
    const draft = fileDraft(row(0), row(1, { methods }), row(2));
    expect(warningsBlockingSave(draft).map((w) => w.measureId)).toEqual(['i2']);
    draft.measures[1]!.indicator = 7;
    expect(warningsBlockingSave(draft)).toHaveLength(1);
    draft.measures.splice(1, 1);
    expect(warningsBlockingSave(draft)).toEqual([]);
  });

  it('marking it ตรวจแล้ว is not offered and does not settle it; other warnings never block the save', () => {
    const draft = fileDraft(row(0, { followUps: '' }), row(1, { followUps: 'รายงานผล' }));
    const [cannotSave] = only(draft, 'cannot-save');
    acknowledge(draft, cannotSave!, true);
    expect(warningStands(cannotSave!, draft)).toBe(true);
    const unspecified = only(draft, 'unspecified-cadence');
    expect(unspecified).toHaveLength(1);
    expect(warningsBlockingSave(draft)).toEqual([cannotSave]);
  });
});

describe('rows past the 500 measures (measures-dropped) are told and checked, and do not block the save', () => {
  it('501 rows: the warning stands until marked ตรวจแล้ว; the 500 measures can be saved', () => {
    const draft = fileDraft(...Array.from({ length: 501 }, (_, i) => row(i)));
    const [dropped] = only(draft, 'measures-dropped');
    expect(dropped!.message_th).toContain('จึงไม่ได้นำเข้า ๑ แถวสุดท้าย');
    expect(settledByDraft(dropped!)).toBe(false);
    expect(warningStands(dropped!, draft)).toBe(true);
    expect(warningsBlockingSave(draft)).toEqual([]);
    acknowledge(draft, dropped!, true);
    expect(warningStands(dropped!, draft)).toBe(false);
  });
});
