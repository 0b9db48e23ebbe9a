// Review 17 s12, S12-15 and S12-5: a re-imported measure was the saved one only by an equal or alike
// title, else by its place. So a measure whose heading was reworded while another of its indicator
// was inserted above gave its id (and reports) to the inserted one, silently; and a measure whose
// indicator number was corrected in the document (๔ -> ๓) became a new measure, its saved self
// "removed with reports" (409), and the page's way out saved it twice. A measure holding most of
// the saved one's sub-measures and follow-ups is now that measure, in any indicator, said when it
// moves; a measure kept only by its place, sharing nothing, is said too.
import { describe, expect, it } from 'vitest';
import { alignWithSavedPlan } from '../../shared/import/align-saved-plan.js';
import type { DraftMeasure, ImportResult } from '../../shared/import/measures-document.js';
import { draftMeasure } from '../support/draft-measures.js';

const measure = (
  measureId: string,
  indicator: number | null,
  title: string,
  subMeasures: string[],
  followUps: string[],
) =>
  draftMeasure(measureId, indicator, title, {
    subMeasures,
    followUps,
    responsible: { allUnits: false, unitIds: ['finance'], text: 'กองคลัง' },
  });
const imported = (...measures: DraftMeasure[]): ImportResult => ({
  plan: { orgId: 'demo', fy: 2566, title: '', measures: measures.map((m, i) => ({ ...m, order: i + 1 })) },
  warnings: [],
});
const saved = (...measures: DraftMeasure[]) => ({ measures });
const ids = (r: ImportResult) => r.plan.measures.map((m) => `${m.measureId} ${m.indicator} ${m.title}`);
const said = (r: ImportResult) => r.warnings.map((w) => [w.code, w.measureId, w.message_th]);

const PROPERTY_ITEMS = ['จัดทำคู่มือการยืมคืนพัสดุ', 'ตรวจสอบทะเบียนครุภัณฑ์ประจำปี'];
const PROPERTY_REPORTS = ['รายงานการใช้ทรัพย์สินต่อที่ประชุมทุกเดือน', 'สรุปผลเสนอนายกเทศมนตรีทุก ๖ เดือน'];
const savedI4 = measure('i4', 4, 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ', PROPERTY_ITEMS, PROPERTY_REPORTS);
const VEHICLES = measure('i4', 4, 'การใช้รถยนต์ส่วนกลาง', ['จัดทำทะเบียนคุมการใช้รถยนต์'], ['รายงานการใช้รถยนต์ทุกเดือน']);

describe("a re-imported measure sharing the saved one's content keeps its id whatever its title or indicator", () => {
  it('a measure inserted above a saved one whose heading was reworded: the reworded one keeps i4, the new one gets i4-2', () => {
    const reworded = measure('i4-2', 4, 'ตัวชี้วัดที่ ๔ มาตรฐานการยืมคืนพัสดุและครุภัณฑ์', PROPERTY_ITEMS, PROPERTY_REPORTS);
    const r = alignWithSavedPlan(imported(VEHICLES, reworded), saved(savedI4));
    expect(ids(r)).toEqual(['i4-2 4 การใช้รถยนต์ส่วนกลาง', 'i4 4 ตัวชี้วัดที่ ๔ มาตรฐานการยืมคืนพัสดุและครุภัณฑ์']);
    expect(r.warnings).toEqual([]);
  });

  it('the same with only its follow-ups kept (sub-measures rewritten): still the saved i4', () => {
    const rewritten = measure('i4-2', 4, 'มาตรการควบคุมพัสดุ', ['ตั้งคณะกรรมการตรวจพัสดุ'], PROPERTY_REPORTS);
    const r = alignWithSavedPlan(imported(VEHICLES, rewritten), saved(savedI4));
    expect(ids(r)).toEqual(['i4-2 4 การใช้รถยนต์ส่วนกลาง', 'i4 4 มาตรการควบคุมพัสดุ']);
  });

  it('a measure whose indicator was corrected (๔ -> ๓) keeps i4 under indicator 3, said with both numbers', () => {
    const corrected = measure('i3', 3, 'ตัวชี้วัดที่ ๓ การใช้อำนาจ', PROPERTY_ITEMS, PROPERTY_REPORTS);
    const r = alignWithSavedPlan(imported(corrected), saved(savedI4));
    expect(ids(r)).toEqual(['i4 3 ตัวชี้วัดที่ ๓ การใช้อำนาจ']);
    expect(said(r)).toEqual([
      [
        'measure-indicator-moved',
        'i4',
        'มาตรการนี้เคยบันทึกเป็นตัวชี้วัดที่ ๔ (i4) เอกสารนี้ระบุตัวชี้วัดที่ ๓ จึงย้ายไปตัวชี้วัดที่ ๓ โดยใช้รหัสเดิม รายงานที่ส่งแล้วยังอยู่กับมาตรการนี้',
      ],
    ]);
    expect(r.warnings[0]!.indicators).toEqual([4]);
  });

  it('corrected to indicator 9 with its title reworded and beside a saved i9: i4 moves, the saved i9 stays i9', () => {
    const savedI9 = measure('i9', 9, 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', ['ปรับปรุงเว็บไซต์'], ['รายงานการเผยแพร่ข้อมูลทุกไตรมาส']);
    const r = alignWithSavedPlan(
      imported(
        measure('i9', 9, 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', ['ปรับปรุงเว็บไซต์'], ['รายงานการเผยแพร่ข้อมูลทุกไตรมาส']),
        measure('i9-2', 9, 'เผยแพร่ทะเบียนทรัพย์สิน', PROPERTY_ITEMS, PROPERTY_REPORTS),
      ),
      saved(savedI4, savedI9),
    );
    expect(ids(r)).toEqual(['i9 9 ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', 'i4 9 เผยแพร่ทะเบียนทรัพย์สิน']);
    expect(said(r).map(([code, id]) => [code, id])).toEqual([['measure-indicator-moved', 'i4']]);
  });

  it('a boilerplate follow-up shared by many saved measures does not make two measures the same', () => {
    const common = 'รายงานผลต่อที่ประชุมทุกเดือน';
    const savedMany = Array.from({ length: 25 }, (_, k) =>
      measure(k ? `i5-${k + 1}` : 'i5', 5, `มาตรการเดิม ${k + 1}`, [], [common]),
    );
    const r = alignWithSavedPlan(imported(measure('i6', 6, 'มาตรการใหม่', [], [common])), saved(...savedMany));
    expect(ids(r)).toEqual(['i6 6 มาตรการใหม่']);
  });
});

describe("a measure at a saved one's place keeps its id only when it shares some of its text (review 17 s19, S19-3)", () => {
  it('another measure of the same indicator at the same place, sharing nothing, is new: the saved i4 is removed (the guard sees it)', () => {
    const other = measure('i4', 4, 'การจัดตั้งศูนย์ข้อมูลข่าวสาร', ['จัดหาสถานที่'], ['รายงานผลทุกไตรมาส']);
    const r = alignWithSavedPlan(imported(other), saved(savedI4));
    expect(ids(r)).toEqual(['i4-2 4 การจัดตั้งศูนย์ข้อมูลข่าวสาร']);
    expect(r.warnings).toEqual([]);
  });

  it('a reworded measure that keeps one of its follow-ups is not warned', () => {
    const r = alignWithSavedPlan(
      imported(measure('i4', 4, 'การควบคุมพัสดุของเทศบาล', ['อื่น'], [PROPERTY_REPORTS[0]!, 'ใหม่'])),
      saved(savedI4),
    );
    expect(ids(r)).toEqual(['i4 4 การควบคุมพัสดุของเทศบาล']);
    expect(r.warnings).toEqual([]);
  });
});

describe('a measure kept by its place that shares its title or a method with the saved one is not said to share nothing (review 17 s13, S13-14)', () => {
  const shortened = { ...measure('i4', 4, 'มาตรการป้องกันการใช้ทรัพย์สิน', [], ['รายงานทุกไตรมาส']), methods: ['จัดทำคู่มือ'] };
  const cases: [string, DraftMeasure][] = [
    [
      'the saved title is the re-imported one’s sub-measure (a title the page shortened, reviewer’s ph1)',
      measure('i4', 4, 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', ['มาตรการป้องกันการใช้ทรัพย์สิน'], ['รายงานผลทุกเดือน']),
    ],
    [
      'the re-imported title is a saved sub-measure',
      measure('i4', 4, 'ตรวจสอบทะเบียนครุภัณฑ์ประจำปี', ['อื่น'], ['รายงานผลทุกเดือน']),
    ],
    ['a method is shared', { ...measure('i4', 4, 'การควบคุมพัสดุ', ['อื่น'], ['รายงานผลทุกเดือน']), methods: ['จัดทำคู่มือ'] }],
  ];
  it.each(cases)('%s', (_, again) => {
    const savedOne = again.title.startsWith('ตรวจสอบ') ? savedI4 : shortened;
    const r = alignWithSavedPlan(imported(again), saved(savedOne));
    expect(r.plan.measures.map((m) => m.measureId)).toEqual(['i4']);
    expect(r.warnings.filter((w) => w.code === 'measure-kept-by-place')).toEqual([]);
  });
});
