// Review 17 s21, S21-3: a revised file reworded a reported follow-up in place by adding words
// ("รายงานผลทุกไตรมาส" -> "รายงานผลต่อผู้บริหารทุกไตรมาส"): it came back as a new number, the preview
// said nothing, and the save answered 409 for removing the reported one. With the title reworded
// too, the whole measure was new. Words only added or removed, at the follow-up's place and with
// its cadence, keep its number; any follow-up the draft still loses is said in the preview.
import { describe, expect, it } from 'vitest';
import type { Cadence } from '../../shared/domain/due-rules.js';
import { alignWithSavedPlan } from '../../shared/import/align-saved-plan.js';
import type { DraftMeasure, ImportResult } from '../../shared/import/measures-document.js';
import { withReplacedPlanNotice } from '../../shared/import/replaced-plan-notice.js';
import { onlyWordsAddedOrRemoved } from '../../shared/import/text-likeness.js';
import { draftMeasure } from '../support/draft-measures.js';

const measure = (
  measureId: string,
  indicator: number,
  title: string,
  unitIds: string[],
  followUps: [string, Cadence][],
) => draftMeasure(measureId, indicator, title, { followUps, responsible: { allUnits: false, unitIds, text: '' } });
const imported = (...measures: DraftMeasure[]): ImportResult => ({
  plan: { orgId: 'demo', fy: 2569, title: '', measures: measures.map((m, i) => ({ ...m, order: i + 1 })) },
  warnings: [],
});

// The reviewer's RI-base.docx, saved as v1 (a report filed under i2.f1)
const DECLARATION = measure('i1', 1, 'จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร', ['clerk'], [['รายงานผลทุกเดือน', 'monthly']]);
const QUARTERLY = 'รายงานผลทุกไตรมาส';
const ANNUAL = 'สรุปผลปีละครั้ง';
const PROCUREMENT = measure(
  'i2',
  2,
  'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง',
  ['finance'],
  [
    [QUARTERLY, 'quarterly'],
    [ANNUAL, 'annual'],
  ],
);
const ROADS = measure('i9', 9, 'ตรวจสอบคุณภาพงานก่อสร้างถนน', ['engineering'], [['รายงานผลรอบ ๖ เดือน', 'semiannual']]);
const saved = { version: 1, measures: [DECLARATION, PROCUREMENT, ROADS] };

const withFirstFollowUp = (m: DraftMeasure, text: string, cadence: Cadence = 'quarterly'): DraftMeasure => ({
  ...m,
  followUps: [{ ...m.followUps[0]!, text, cadence }, ...m.followUps.slice(1)],
});
const numbersOf = (r: ImportResult, measureId: string) =>
  r.plan.measures.find((m) => m.measureId === measureId)?.followUps.map((f) => f.followUpNo);
const codes = (r: ImportResult) => r.warnings.map((w) => w.code);

describe('a saved follow-up reworded in place by words added or removed keeps its number and reports', () => {
  it.each([
    ["the reviewer's RI-fu-reworded-short", 'รายงานผลต่อผู้บริหารทุกไตรมาส'],
    ["the reviewer's RI-fu-reworded", 'รายงานผลการจัดซื้อจัดจ้างต่อผู้บริหารทุกไตรมาส'],
    ['words added at the end', 'รายงานผลทุกไตรมาสผ่านเว็บไซต์ของเทศบาล'],
    ['words added at the start', 'กองคลังรายงานผลทุกไตรมาส'],
  ])('%s: i2 keeps follow-ups 1 and 2, and the preview names nothing removed', (_, text) => {
    expect(onlyWordsAddedOrRemoved(text, QUARTERLY)).toBe(true);
    const r = withReplacedPlanNotice(
      alignWithSavedPlan(imported(DECLARATION, withFirstFollowUp(PROCUREMENT, text), ROADS), saved),
      saved,
      'file',
    );
    expect(numbersOf(r, 'i2')).toEqual([1, 2]);
    expect(codes(r)).not.toContain('follow-up-removed');
  });

  it('words removed from a longer saved follow-up keep its number too', () => {
    const long = measure(
      'i2',
      2,
      PROCUREMENT.title,
      ['finance'],
      [['สรุปผลการดำเนินงานเสนอนายกเทศมนตรีปีละครั้ง', 'annual']],
    );
    const plan = { version: 1, measures: [long] };
    const r = alignWithSavedPlan(imported(withFirstFollowUp(long, 'สรุปผลเสนอนายกเทศมนตรีปีละครั้ง', 'annual')), plan);
    expect(numbersOf(r, 'i2')).toEqual([1]);
  });

  it.each([
    ['S20-6 title and the short rewording', 'รายงานผลต่อผู้บริหารทุกไตรมาส'],
    ['S20-6 title and the long rewording', 'รายงานผลการจัดซื้อจัดจ้างต่อผู้บริหารทุกไตรมาส'],
  ])("the reviewer's RI-both-reworded (%s): the measure keeps i2, not a new i2-2", (_, text) => {
    const both = {
      ...withFirstFollowUp(PROCUREMENT, text),
      title: 'เผยแพร่ข้อมูลผลการจัดซื้อจัดจ้างประจำเดือนบนเว็บไซต์ของเทศบาล',
    };
    const r = withReplacedPlanNotice(alignWithSavedPlan(imported(DECLARATION, both, ROADS), saved), saved, 'file');
    expect(r.plan.measures.map((m) => m.measureId)).toEqual(['i1', 'i2', 'i9']);
    expect(numbersOf(r, 'i2')).toEqual([1, 2]);
    expect(codes(r)).not.toContain('file-over-saved-plan');
  });
});

describe('a follow-up the draft still loses is said in the preview, before the save refuses it', () => {
  it.each<[string, string, Cadence]>([
    ['another cadence', 'รายงานผลต่อผู้บริหารทุกเดือน', 'monthly'],
    ['other words in its place', 'สรุปผลการตรวจรับพัสดุทุกไตรมาส', 'quarterly'],
    ['another duty of the same cadence', 'ประชุมชี้แจงเจ้าหน้าที่พัสดุทุกไตรมาส', 'quarterly'],
  ])('%s: a new number, and follow-up-removed quotes saved follow-up 1 of i2', (_, text, cadence) => {
    const r = withReplacedPlanNotice(
      alignWithSavedPlan(imported(DECLARATION, withFirstFollowUp(PROCUREMENT, text, cadence), ROADS), saved),
      saved,
      'file',
    );
    expect(numbersOf(r, 'i2')).toEqual([3, 2]);
    const removed = r.warnings.filter((w) => w.code === 'follow-up-removed');
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatchObject({ measureId: 'i2', source: QUARTERLY });
    expect(removed[0]!.message_th).toContain('ข้อ ๑ "รายงานผลทุกไตรมาส"');
    expect(removed[0]!.message_th).toContain('จะถูกลบเมื่อบันทึก');
    expect(removed[0]!.message_en).toContain('no. 1 "รายงานผลทุกไตรมาส"');
  });

  it('the CLI, which saves at once, says the follow-up was removed', () => {
    const r = withReplacedPlanNotice(
      alignWithSavedPlan(
        imported(DECLARATION, { ...PROCUREMENT, followUps: [PROCUREMENT.followUps[1]!] }, ROADS),
        saved,
      ),
      saved,
      'file-saved',
    );
    expect(numbersOf(r, 'i2')).toEqual([2]);
    const removed = r.warnings.find((w) => w.code === 'follow-up-removed');
    expect(removed?.message_th).toContain('ถูกลบแล้ว');
    expect(removed?.message_en).toContain('were removed');
  });

  it('a text of fewer than 8 letters, or words added with a number, is no rewording by words added or removed', () => {
    expect(onlyWordsAddedOrRemoved('รายงาน', QUARTERLY)).toBe(false);
    expect(onlyWordsAddedOrRemoved('รายงานผลการจัดซื้อทุก 3 เดือนทุกไตรมาส', QUARTERLY)).toBe(false);
  });
});
