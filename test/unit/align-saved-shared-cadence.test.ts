// Review 17 s19, S19-3: re-importing a revised file over a saved plan gave a saved measure's id, and
// its reports, to a different new measure. The file dropped the saved meeting measure m3 (reported
// on) and added a survey for indicator 9; the two shared only their cadence, "รายงานผลปีละครั้ง",
// and that one follow-up made the survey "m3 moved to indicator 9" (measure-indicator-moved): the
// save was 200, the guard never saw a removal, and the meeting's report answered the survey. A file
// measure now keeps a saved id only when it is that measure: the same or an alike title, or content
// beyond a routine report (sub-measures, a follow-up saying what is done, a method); a shared cadence
// or a free id at the same place is no likeness.
import { describe, expect, it } from 'vitest';
import type { Cadence } from '../../shared/domain/due-rules.js';
import { alignWithSavedPlan } from '../../shared/import/align-saved-plan.js';
import { routineFollowUp } from '../../shared/import/align-saved-measures.js';
import type { DraftMeasure, ImportResult } from '../../shared/import/measures-document.js';
import { withReplacedPlanNotice } from '../../shared/import/replaced-plan-notice.js';
import { matchKey } from '../../shared/import/thai-text.js';
import { draftMeasure } from '../support/draft-measures.js';

const measure = (
  measureId: string,
  indicator: number | null,
  title: string,
  unitIds: string[],
  followUps: [string, Cadence][],
) =>
  draftMeasure(measureId, indicator, title, {
    followUps,
    responsible: { allUnits: unitIds.length === 0, unitIds, text: '' },
  });
const imported = (...measures: DraftMeasure[]): ImportResult => ({
  plan: { orgId: 'demo', fy: 2568, title: '', measures: measures.map((m, i) => ({ ...m, order: i + 1 })) },
  warnings: [],
});
const ids = (r: ImportResult) => r.plan.measures.map((m) => `${m.measureId} ${m.indicator} ${m.title}`);
const codes = (r: ImportResult) => r.warnings.map((w) => w.code);

// The reviewer's saved FY2568 plan (NB2-none.docx previewed, m3 given indicator 2, saved as v1)
const DECLARATION = measure(
  'i1',
  1,
  'จัดทำประกาศเจตจำนงสุจริตของผู้บริหารและเผยแพร่ทางเว็บไซต์',
  ['clerk'],
  [['รายงานผลทุกเดือน', 'monthly']],
);
const PROCUREMENT = measure(
  'i2',
  2,
  'เปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน (สขร.1)',
  ['finance'],
  [
    ['รายงานผลทุกเดือน', 'monthly'],
    ['สรุปผลรอบ ๖ เดือน', 'semiannual'],
  ],
);
const MEETING = measure(
  'm3',
  2,
  'ประชุมชี้แจงประมวลจริยธรรมแก่พนักงาน',
  ['clerk', 'education'],
  [['รายงานผลปีละครั้ง', 'annual']],
);
const COMPLAINTS = measure(
  'i3',
  3,
  'ปรับปรุงช่องทางรับเรื่องร้องเรียนการทุจริตให้เข้าถึงง่าย',
  ['engineering'],
  [['รายงานผลทุกไตรมาส', 'quarterly']],
);
const SPENDING = measure('i4', 4, 'เผยแพร่รายงานผลการใช้จ่ายงบประมาณ', ['finance'], [['รายงานผลทุกไตรมาส', 'quarterly']]);
const PARTICIPATION = measure(
  'i5',
  5,
  'ส่งเสริมการมีส่วนร่วมของประชาชนในการตรวจสอบ',
  [],
  [['รายงานผลรอบ ๖ เดือน', 'semiannual']],
);
const V1 = [DECLARATION, PROCUREMENT, MEETING, COMPLAINTS, SPENDING, PARTICIPATION];
const saved = { measures: V1, version: 1 };
const SURVEY = (id: string, indicator: number) =>
  measure(id, indicator, 'สำรวจความพึงพอใจผู้รับบริการ', ['clerk'], [['รายงานผลปีละครั้ง', 'annual']]);
/** A saved measure as the importer names it in a file: by its indicator and place. */
const asRead = (m: DraftMeasure, measureId: string, indicator = m.indicator) => ({ ...m, measureId, indicator });

describe('a new measure sharing only a cadence with a removed saved one gets a new id (the guard sees the removal)', () => {
  it("the reviewer's RI-replace-m3: the survey (indicator 9) is i9, m3 is removed, nothing said of a move", () => {
    const r = alignWithSavedPlan(
      imported(DECLARATION, PROCUREMENT, COMPLAINTS, SPENDING, PARTICIPATION, SURVEY('i9', 9)),
      saved,
    );
    expect(ids(r).at(-1)).toBe('i9 9 สำรวจความพึงพอใจผู้รับบริการ');
    expect(r.plan.measures.map((m) => m.measureId)).not.toContain('m3');
    expect(codes(r)).not.toContain('measure-indicator-moved');
    const notice = withReplacedPlanNotice(r, saved, 'file').warnings[0]!;
    expect(notice.code).toBe('file-over-saved-plan');
    expect(notice.message_en).toContain('1 saved measure is not in this file (m3)');
  });

  it("the reviewer's VM-merged-indicator.docx: no measure of the file takes a saved id, and the notice says none is a saved one", () => {
    const r = alignWithSavedPlan(
      imported(
        measure('i9', 9, 'มาตรการเผยแพร่ข้อมูลข่าวสารทางเว็บไซต์', ['finance'], [['รายงานผลทุกเดือน', 'monthly']]),
        measure('i9-2', 9, 'มาตรการจัดทำคู่มือการให้บริการประชาชน', ['engineering'], [['รายงานผลทุกไตรมาส', 'quarterly']]),
        measure('i9-3', 9, 'มาตรการสำรวจความพึงพอใจผู้รับบริการ', ['education'], [['รายงานผลปีละครั้ง', 'annual']]),
        measure('i10', 10, 'มาตรการประกาศเจตจำนงสุจริต', ['clerk'], [['รายงานผลรอบ 6 เดือน', 'semiannual']]),
      ),
      saved,
    );
    expect(r.plan.measures.map((m) => m.measureId)).toEqual(['i9', 'i9-2', 'i9-3', 'i10']);
    expect(r.warnings).toEqual([]);
    const notice = withReplacedPlanNotice(r, saved, 'file').warnings[0]!;
    expect(notice.message_en).toContain('no measure is a saved one');
    expect(notice.message_th).toContain('ไม่มีมาตรการใดตรงกับที่บันทึกไว้');
  });

  it("the reviewer's PB4-h.pdf addendum: measures 2-4 of another plan, each with one cadence, take no saved id", () => {
    const other = (n: number, unit: string, text: string, cadence: Cadence) =>
      measure(`i${n}`, n, `มาตรการที่ ${n} ส่งเสริมความโปร่งใสด้านที่ ${n}`, [unit], [[text, cadence]]);
    const r = alignWithSavedPlan(
      imported(
        other(2, 'finance', 'รายงานผลทุกไตรมาส', 'quarterly'),
        other(3, 'engineering', 'รายงานผลรอบ 6 เดือน', 'semiannual'),
        other(4, 'education', 'รายงานผลปีละครั้ง', 'annual'),
      ),
      { measures: [DECLARATION, PROCUREMENT, COMPLAINTS, SPENDING, PARTICIPATION, SURVEY('m3', 9)] },
    );
    expect(r.plan.measures.map((m) => m.measureId)).toEqual(['i2-2', 'i3-2', 'i4-2']);
    expect(r.warnings).toEqual([]);
  });

  it('a measure replaced at its own place and indicator by another with the same cadences and unit is new', () => {
    const manual = measure(
      'i2',
      2,
      'จัดทำคู่มือการปฏิบัติงานด้านพัสดุ',
      ['finance'],
      [
        ['รายงานผลทุกเดือน', 'monthly'],
        ['สรุปผลรอบ ๖ เดือน', 'semiannual'],
      ],
    );
    const r = alignWithSavedPlan(imported(DECLARATION, manual, asRead(MEETING, 'i2-2'), COMPLAINTS, SPENDING), saved);
    expect(r.plan.measures.map((m) => m.measureId)).toEqual(['i1', 'i2-2', 'm3', 'i3', 'i4']);
    expect(withReplacedPlanNotice(r, saved, 'file').warnings[0]!.message_en).toContain(
      '2 saved measures are not in this file (i2, i5)',
    );
  });

  it("two measures replaced at once, each new one with the other's cadence and indicator, are both new", () => {
    const hotline = measure('i3', 3, 'จัดตั้งศูนย์รับแจ้งเหตุทุจริตทางโทรศัพท์', ['clerk'], [['รายงานผลรอบ ๖ เดือน', 'semiannual']]);
    const forum = measure('i5', 5, 'จัดเวทีประชาคมรับฟังความคิดเห็น', ['clerk'], [['รายงานผลทุกไตรมาส', 'quarterly']]);
    const r = alignWithSavedPlan(imported(DECLARATION, PROCUREMENT, MEETING, hotline, SPENDING, forum), saved);
    expect(ids(r)).toEqual([
      `i1 1 ${DECLARATION.title}`,
      `i2 2 ${PROCUREMENT.title}`,
      `m3 2 ${MEETING.title}`,
      'i3-2 3 จัดตั้งศูนย์รับแจ้งเหตุทุจริตทางโทรศัพท์',
      `i4 4 ${SPENDING.title}`,
      'i5-2 5 จัดเวทีประชาคมรับฟังความคิดเห็น',
    ]);
    expect(r.warnings).toEqual([]);
  });
});

describe('what held still holds: the meeting row inserted among others, moved, reworded or given an indicator keeps m3', () => {
  const training = measure('m3', null, 'อบรมให้ความรู้เรื่องผลประโยชน์ทับซ้อน', ['clerk'], [['รายงานผลปีละครั้ง', 'annual']]);

  it.each<[string, DraftMeasure[], string]>([
    ['a row of the same cadence inserted above (RI-ins)', [training, asRead(MEETING, 'm4', null)], 'm3-2'],
    ['the row moved to the end (RI-move)', [COMPLAINTS, asRead(MEETING, 'm6', null)], ''],
    [
      'the row reworded, still without an indicator (RI-reword)',
      [{ ...asRead(MEETING, 'm3', null), title: 'จัดประชุมชี้แจงประมวลจริยธรรมแก่พนักงานเทศบาล' }],
      '',
    ],
    ['the row given indicator 2 in the file (RI-assigned)', [asRead(MEETING, 'i2-2')], ''],
  ])('%s', (_, rows, other) => {
    const r = alignWithSavedPlan(imported(DECLARATION, PROCUREMENT, ...rows), saved);
    const meeting = r.plan.measures.find((m) => matchKey(m.title).includes(matchKey('ชี้แจงประมวลจริยธรรม')))!;
    expect(meeting.measureId).toBe('m3');
    if (other) expect(r.plan.measures.find((m) => m.title === training.title)!.measureId).toBe(other);
    expect(codes(r)).not.toContain('measure-indicator-moved');
  });

  it('two saved measures that swapped indicators in the file keep their ids, each said to have moved', () => {
    const r = alignWithSavedPlan(
      imported(DECLARATION, PROCUREMENT, MEETING, asRead(COMPLAINTS, 'i4', 4), asRead(SPENDING, 'i3', 3)),
      saved,
    );
    expect(r.plan.measures.slice(3).map((m) => `${m.measureId} ${m.indicator}`)).toEqual(['i3 4', 'i4 3']);
    expect(r.warnings.map((w) => [w.code, w.measureId])).toEqual([
      ['measure-indicator-moved', 'i3'],
      ['measure-indicator-moved', 'i4'],
    ]);
  });
});

// Review 17 s20, S20-6: the file kept i2's row, indicator, unit and follow-ups and rewrote only its
// title; the title's likeness fell under SAME_MEASURE (the same "สขร.1" on both sides even counted as
// a changed number), so i2 was new, the saved i2 removed, and with a report the save was refused.
describe('a measure reworded at its own row, with its indicator and follow-ups, keeps its id and reports', () => {
  const reworded = (m: DraftMeasure, title: string) => ({ ...m, title });

  it.each<[string, DraftMeasure, string]>([
    [
      "the reviewer's RI2-i2-reworded: i2's procurement title rewritten",
      PROCUREMENT,
      'เผยแพร่ข้อมูลผลการจัดซื้อจัดจ้างประจำเดือนตามแบบ สขร.1 บนเว็บไซต์',
    ],
    ['the spending report reworded with words added', SPENDING, 'เผยแพร่รายงานการใช้จ่ายงบประมาณประจำปีบนเว็บไซต์เทศบาล'],
    [
      'the participation measure said another way',
      PARTICIPATION,
      'เปิดโอกาสให้ประชาชนมีส่วนร่วมตรวจสอบการดำเนินงานของเทศบาล',
    ],
  ])('%s', (_, before, title) => {
    const file = V1.map((m) => (m === before ? reworded(m, title) : m === MEETING ? asRead(MEETING, 'm3', null) : m));
    const r = alignWithSavedPlan(imported(...file), saved);
    expect(r.plan.measures.map((m) => m.measureId)).toEqual(['i1', 'i2', 'm3', 'i3', 'i4', 'i5']);
    expect(r.plan.measures.find((m) => m.title === title)!.measureId).toBe(before.measureId);
    // nothing saved is removed, so no notice and nothing for the guard to refuse
    expect(codes(withReplacedPlanNotice(r, saved, 'file'))).not.toContain('file-over-saved-plan');
  });

  it("the reviewer's RI2-i2-reworded-new-after: the reworded i2 keeps i2 and the new row after it is i2-2", () => {
    const winners = measure(
      'i2-2',
      2,
      'ประกาศผลผู้ชนะการเสนอราคาทางเว็บไซต์',
      ['finance'],
      [
        ['รายงานผลทุกเดือน', 'monthly'],
        ['สรุปผลรอบ ๖ เดือน', 'semiannual'],
      ],
    );
    const r = alignWithSavedPlan(
      imported(
        DECLARATION,
        reworded(PROCUREMENT, 'เผยแพร่ข้อมูลผลการจัดซื้อจัดจ้างประจำเดือนตามแบบ สขร.1 บนเว็บไซต์'),
        winners,
        asRead(MEETING, 'm3', null),
        COMPLAINTS,
        SPENDING,
        PARTICIPATION,
      ),
      saved,
    );
    expect(r.plan.measures.map((m) => m.measureId)).toEqual(['i1', 'i2', 'i2-2', 'm3', 'i3', 'i4', 'i5']);
    expect(codes(withReplacedPlanNotice(r, saved, 'file'))).not.toContain('file-over-saved-plan');
  });

  it.each(['จัดทำคู่มือการจัดซื้อจัดจ้างสำหรับเจ้าหน้าที่', 'อบรมเจ้าหน้าที่พัสดุเรื่องการจัดซื้อจัดจ้าง'])(
    "another procurement measure put in i2's row with its follow-ups is still new: %s",
    (title) => {
      const r = alignWithSavedPlan(imported(DECLARATION, reworded(PROCUREMENT, title), MEETING, COMPLAINTS), saved);
      expect(r.plan.measures.find((m) => m.title === title)!.measureId).toBe('i2-2');
      expect(withReplacedPlanNotice(r, saved, 'file').warnings[0]!.message_en).toContain('(i2, i4, i5)');
    },
  );
});

describe('a follow-up that only says how often results are reported tells no measure apart', () => {
  it.each([
    'รายงานผลปีละครั้ง',
    'สรุปผลรอบ ๖ เดือน',
    'รายงานผลทุกไตรมาส',
    'มีการรายงานผลใน ที่ประชุมให้คณะ ผู้บริหารและหัวหน้า ส่วนราชการทราบเป็น ประจำทุกเดือน',
    'รายงานผลการดำเนินงานเสนอผู้บริหารในเดือนเมษายน และ กันยายนของทุกปี',
  ])('routine: %s', (text) => expect(routineFollowUp(matchKey(text))).toBe(true));

  it.each([
    'รายงานการใช้ทรัพย์สินต่อที่ประชุมทุกเดือน',
    'รายงานผลการปฏิบัติงานในการจัดซื้อจัดจ้างให้นายกเทศมนตรีทราบ เป็นประจำทุก ๖ เดือน',
    'จัดทำคำสั่ง คณะกรรมการกำกับ ดูแลในการยึด ทรัพย์สินของราชการ',
  ])('says what is done: %s', (text) => expect(routineFollowUp(matchKey(text))).toBe(false));
});
