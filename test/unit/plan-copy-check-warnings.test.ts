// Review 17 s22, S22-4: what POST …/plan-checks finds in a copied draft (read as the save sends it:
// planBody's ids) goes beside the draft's measure in the same place, and a measure the save would
// refuse (cannot-save) blocks the save until it is changed from the copy, as a file's does.
import { describe, expect, it } from 'vitest';
import type { ImportWarning } from '../../shared/import/import-warning.js';
import {
  copyPlanToYear,
  draftReplacing,
  newMeasure,
  planBody,
  type DraftMeasure,
  type StoredPlanView,
  warningsBlockingSave,
  warningStands,
  withCheckWarnings,
} from '../../web/src/plan-draft.js';

const measure = (measureId: string, indicator: number, title: string, unitIds: string[]): DraftMeasure => ({
  ...newMeasure(),
  measureId,
  indicator,
  title,
  followUps: [{ followUpNo: 1, text: 'รายงานผลทุกไตรมาส', cadence: 'quarterly', audience: [] }],
  responsible: { allUnits: false, unitIds, text: unitIds.join(' ') },
});
const plan = (fy: number, measures: DraftMeasure[]): StoredPlanView => ({ fy, version: 1, title: 'แผน', measures });
const copyOnto = (last: StoredPlanView, current: StoredPlanView | undefined) =>
  draftReplacing(current, { ...copyPlanToYear(last, 2570), source: { kind: 'copy', fromFy: last.fy } });
const found = (code: ImportWarning['code'], measureId?: string): ImportWarning => ({
  where: {},
  code,
  message_th: 'ข้อความ',
  message_en: 'text',
  source: '',
  ...(measureId === undefined ? {} : { measureId }),
});

const LAST = plan(2569, [
  measure('i1', 1, 'จัดทำประกาศเจตจำนงสุจริต', ['audit']),
  measure('i2', 2, 'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', ['finance', 'audit']),
]);

describe("a copied draft's check warnings", () => {
  it('go beside the measure the save names by its saved id when the draft holds a placeholder (a copy over a saved plan)', () => {
    const copy = copyOnto(LAST, plan(2570, [measure('i7', 7, 'มาตรการอื่นของปีนี้', ['finance'])]));
    const sent = planBody(copy).measures.map((m) => m.measureId);
    expect(sent).toEqual(['i1', 'i2']);
    expect(copy.measures.map((m) => m.measureId)).toEqual(['m1', 'm2']);
    const checked = withCheckWarnings(copy, sent, [found('cannot-save', 'i1'), found('unit-inactive', 'i2')]);
    expect(checked.warnings.filter((w) => w.code !== 'copy-over-saved-plan').map((w) => w.measureId)).toEqual([
      'm1',
      'm2',
    ]);
  });

  it("keep their measure ids when the copy keeps last year's (no saved plan), and a warning of the whole plan stays so", () => {
    const copy = copyOnto(LAST, undefined);
    const checked = withCheckWarnings(
      copy,
      planBody(copy).measures.map((m) => m.measureId),
      [found('cannot-save', 'i1'), found('reports-cut')],
    );
    expect(checked.warnings.map((w) => [w.code, w.measureId])).toEqual([
      ['cannot-save', 'i1'],
      ['reports-cut', undefined],
    ]);
  });

  it('block the save with cannot-save until that measure is changed from the copy; another measure changed does not', () => {
    const copy = copyOnto(LAST, undefined);
    const checked = withCheckWarnings(copy, ['i1', 'i2'], [found('cannot-save', 'i1')]);
    expect(warningsBlockingSave(checked).map((w) => w.measureId)).toEqual(['i1']);
    checked.measures[1]!.title = 'เปิดเผยข้อมูลการจัดซื้อจัดจ้างทุกโครงการ';
    expect(warningsBlockingSave(checked)).toHaveLength(1);
    checked.measures[0]!.responsible.unitIds = ['finance', 'audit'];
    expect(warningsBlockingSave(checked)).toEqual([]);
    expect(warningStands(checked.warnings[0]!, checked)).toBe(false);
  });
});
