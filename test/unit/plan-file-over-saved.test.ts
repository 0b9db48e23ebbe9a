// Review 17 s14, S14-17: a file's draft over a saved plan names the saved measures the save would
// remove (as a copy's does), and the page's save waits for "ตรวจแล้ว" on that notice.
import { describe, expect, it } from 'vitest';
import { replacedPlanNotice, withReplacedPlanNotice } from '../../shared/import/replaced-plan-notice.js';
import type { ImportResult } from '../../shared/import/measures-document.js';
import {
  acknowledge,
  draftReplacing,
  newMeasure,
  warningsBlockingSave,
  type DraftMeasure,
} from '../../web/src/plan-draft.js';

const measure = (measureId: string, title = `มาตรการของ ${measureId}`): DraftMeasure => ({
  ...newMeasure(),
  measureId,
  indicator: Number(measureId.slice(1, 2)) || 4,
  title,
});
const ids = (...list: string[]) => list.map((id) => measure(id));
const SAVED = { version: 3, measures: ids('i4', 'i5', 'i6', 'i7', 'i8', 'i9', 'i10') };
const fileResult = (measures: DraftMeasure[]): ImportResult => ({
  plan: { orgId: 'demo', fy: 2567, title: 'แผน', measures },
  warnings: [],
});

describe('a file read over a saved plan', () => {
  it('names the saved measures it lacks with their titles, the kept ids and the new measures', () => {
    const notice = replacedPlanNotice(2567, 'file', SAVED, [measure('i4'), measure('m2')])!;
    expect(notice.code).toBe('file-over-saved-plan');
    expect(notice.message_th).toContain(
      'ปีงบประมาณ ๒๕๖๗ มีแผนที่บันทึกไว้แล้ว (ฉบับที่ ๓, ๗ มาตรการ) แผนจากไฟล์นี้จะแทนแผนนั้นเมื่อบันทึก',
    );
    expect(notice.message_th).toContain('มาตรการ ๑ ข้อตรงกับที่บันทึกไว้จึงใช้รหัสเดิม (i4)');
    expect(notice.message_th).toContain('มาตรการ ๑ ข้อเป็นมาตรการใหม่');
    expect(notice.message_th).toContain(
      'มาตรการที่บันทึกไว้ ๖ ข้อไม่มีในไฟล์นี้ (i5 "มาตรการของ i5"; i6 "มาตรการของ i6"; i7 "มาตรการของ i7"; i8 "มาตรการของ i8"; i9 "มาตรการของ i9"; i10 "มาตรการของ i10") จะถูกลบเมื่อบันทึก',
    );
    expect(notice.message_en).toContain('6 saved measures are not in this file (i5, i6, i7, i8, i9, i10)');
  });

  it('names one removed measure, and quotes a long title cut', () => {
    const long = measure('i9', `มาตรการเปิดเผยข้อมูลสาธารณะ${'ก'.repeat(200)}`);
    const notice = replacedPlanNotice(2567, 'file', { version: 1, measures: [measure('i4'), long] }, ids('i4'))!;
    expect(notice.message_th).toMatch(/มาตรการที่บันทึกไว้ ๑ ข้อไม่มีในไฟล์นี้ \(i9 "มาตรการเปิดเผยข้อมูลสาธารณะก+…"\)/);
    expect(notice.message_th.length).toBeLessThan(600);
  });

  it('says nothing when the file keeps every saved id, even with a measure added; nothing without a saved plan', () => {
    const all = [...SAVED.measures, measure('i4-2')];
    expect(replacedPlanNotice(2567, 'file', SAVED, all)).toBeUndefined();
    expect(withReplacedPlanNotice(fileResult(all), SAVED, 'file').warnings).toEqual([]);
    expect(withReplacedPlanNotice(fileResult(ids('i4')), undefined, 'file').warnings).toEqual([]);
  });

  it('names at most ten removed measures, the rest counted', () => {
    const saved = { version: 1, measures: Array.from({ length: 14 }, (_, i) => measure(`i4-${i + 1}`)) };
    const notice = replacedPlanNotice(2567, 'file', saved, [])!;
    expect(notice.message_th).toContain('มาตรการที่บันทึกไว้ ๑๔ ข้อไม่มีในไฟล์นี้ (i4-1 ');
    expect(notice.message_th).toContain('i4-10 "มาตรการของ i4-10" …)');
    expect(notice.message_th).not.toContain('i4-11');
  });

  it('after the CLI saved the file, says the measures were removed', () => {
    const result = withReplacedPlanNotice(fileResult(ids('i4', 'i5')), SAVED, 'file-saved');
    expect(result.warnings[0]!.message_th).toContain(
      'แผนจากไฟล์นี้แทนแผนที่บันทึกไว้ของปีงบประมาณ ๒๕๖๗ (ฉบับที่ ๓, ๗ มาตรการ) แล้ว',
    );
    expect(result.warnings[0]!.message_th).toContain('มาตรการที่บันทึกไว้ ๕ ข้อไม่มีในไฟล์นี้');
    expect(result.warnings[0]!.message_th).toContain('ถูกลบแล้ว');
    expect(result.warnings[0]!.message_en).toContain(
      '5 saved measures are not in this file (i6, i7, i8, i9, i10) and were removed',
    );
  });
});

describe("the page's draft of such a file", () => {
  it('cannot be saved until the coordinator marks the notice ตรวจแล้ว', () => {
    const read = withReplacedPlanNotice(fileResult(ids('i4')), SAVED, 'file');
    const draft = draftReplacing(
      { fy: 2567, version: 3, title: 'แผน', measures: SAVED.measures },
      { ...read.plan, source: { kind: 'file', fileName: 'plan.pdf' }, warnings: read.warnings },
    );
    expect(warningsBlockingSave(draft).map((w) => w.code)).toEqual(['file-over-saved-plan']);
    acknowledge(draft, draft.warnings[0]!, true);
    expect(warningsBlockingSave(draft)).toEqual([]);
  });
});

// tester s38: the CLI's dry run named the page's "ยกเลิกร่างนี้"; the page keeps its words
describe("the CLI importer's dry run of such a file names the CLI's options, not the page's buttons", () => {
  const buttons = /ยกเลิกร่างนี้|ตรวจแล้ว ถูกต้อง|discard this draft|mark it checked/;

  it.each([
    ['file-cli', false],
    ['file', true],
  ] as const)("%s: the page's button named: %s", (from, named) => {
    const result = withReplacedPlanNotice(fileResult(ids('i4', 'i5')), SAVED, from);
    const said = result.warnings.map((w) => `${w.message_th} ${w.message_en}`).join(' ');
    expect(buttons.test(said)).toBe(named);
    expect(said.includes('--replace')).toBe(!named);
  });
});
