// Review 17 s10 S10-7 and s9 entry 13, the page's part: a heading whose number and name are of
// different indicators offers the other one to choose in place; a heading naming two indicators
// offers a copy of the measure for the other. The importer's warnings carry the offered indicators,
// the draft takes them (web/src/plan-draft.ts), and the saved ids follow the new indicators.
import { describe, expect, it } from 'vitest';
import {
  chooseOfferedIndicator,
  copyMeasureForIndicator,
  draftReplacing,
  measureIdsFor,
  warningStands,
} from '../../web/src/plan-draft.js';
import { importRows } from '../support/import-rows.js';

const row = (measure: string) => [measure, 'ประชุมชี้แจง', 'ตลอดปี', 'รายงานผลทุกเดือน', 'กองคลัง'];

/** A file draft of the rows, as the page makes it from POST /plan-imports. */
function fileDraft(...measures: string[]) {
  const { plan, warnings } = importRows(...measures.map(row));
  return draftReplacing(undefined, {
    fy: 2566,
    title: plan.title,
    measures: plan.measures,
    source: { kind: 'file', fileName: 'plan.txt' },
    warnings,
  });
}

describe('a heading whose name is another indicator’s offers that indicator', () => {
  for (const [heading, read, offered] of [
    ['ตัวชี้วัดที่ ๓ การป้องกันการทุจริต', 3, 10],
    ['ตัวชี้วัดที่ ๒ คุณภาพการดำเนินงาน', 2, 6],
    ['ตัวชี้วัดที่ ๗ การปฏิบัติหน้าที่', 1, 7],
  ] as const) {
    it(`"${heading}" (read as ${read}) offers ${offered}; choosing it sets the indicator and checks the warning`, () => {
      const draft = fileDraft(heading);
      const warning = draft.warnings.find((w) => w.code === 'indicator-name-differs')!;
      expect(warning.indicators).toEqual([offered]);
      expect(draft.measures[0]!.indicator).toBe(read);
      expect(warningStands(warning, draft)).toBe(true);

      expect(chooseOfferedIndicator(draft, warning, offered)).toBe(true);
      expect(draft.measures[0]!.indicator).toBe(offered);
      expect(warningStands(warning, draft)).toBe(false);
    });
  }

  it('takes no indicator the warning does not offer', () => {
    const draft = fileDraft('ตัวชี้วัดที่ ๓ การป้องกันการทุจริต');
    const warning = draft.warnings.find((w) => w.code === 'indicator-name-differs')!;
    expect(chooseOfferedIndicator(draft, warning, 5)).toBe(false);
    expect(draft.measures[0]!.indicator).toBe(3);
  });
});

describe('a heading naming several indicators offers a copy for each other one', () => {
  it('"ตัวชี้วัดที่ ๔-๕": the copy for 5 comes after the measure, saved as i5, and the warning is checked', () => {
    const draft = fileDraft('ตัวชี้วัดที่ ๔-๕ การใช้ทรัพย์สินของราชการ', 'ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน');
    const warning = draft.warnings.find((w) => w.code === 'several-indicators')!;
    expect(warning.indicators).toEqual([5]);
    expect(copyMeasureForIndicator(draft, warning, 5)).toBe(1);
    expect(draft.measures.map((m) => m.indicator)).toEqual([4, 5, 6]);
    const [original, copy] = draft.measures;
    // the same measure, titled with its own indicator's heading (review 17 s11, S11-40)
    expect({ ...copy, measureId: 'i4', indicator: 4, title: original!.title }).toEqual(original);
    expect(copy!.title).toBe('ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต');
    expect(measureIdsFor(draft.measures, draft.saved)).toEqual(['i4', 'i5', 'i6']);
    expect(warningStands(warning, draft)).toBe(false);
  });

  it('"ตัวชี้วัดที่ ๔, ๕ และ ๗": the warning stands until each other indicator has its copy', () => {
    const draft = fileDraft('ตัวชี้วัดที่ ๔, ๕ และ ๗ การใช้ทรัพย์สินของราชการ');
    const warning = draft.warnings.find((w) => w.code === 'several-indicators')!;
    expect(warning.indicators).toEqual([5, 7]);
    copyMeasureForIndicator(draft, warning, 5);
    expect(warningStands(warning, draft)).toBe(true);
    copyMeasureForIndicator(draft, warning, 7);
    expect(draft.measures.map((m) => m.indicator)).toEqual([4, 7, 5]);
    expect(warningStands(warning, draft)).toBe(false);
  });

  it('"ตัวชี้วัดที่ ๔ และ ๕": the copy does not change the measure it was made from', () => {
    const draft = fileDraft('ตัวชี้วัดที่ ๔ และ ๕ การใช้ทรัพย์สินของราชการ');
    const warning = draft.warnings.find((w) => w.code === 'several-indicators')!;
    copyMeasureForIndicator(draft, warning, 5);
    draft.measures[1]!.followUps[0]!.text = 'รายงานผลทุกไตรมาส';
    expect(draft.measures[0]!.followUps[0]!.text).toBe('รายงานผลทุกเดือน');
    expect(copyMeasureForIndicator(draft, warning, 6)).toBeUndefined();
  });
});
