// Review 17 s11, S11-2 and S11-11: the importer names measures by their place ("i4", then "i4-2"),
// so a measure inserted above another of its indicator, or one whose indicator the document does
// not give ("m2"), took another measure's id, and with it that measure's reports.
import { describe, expect, it } from 'vitest';
import { measureIdsAgainstSaved } from '../../shared/import/align-saved-measures.js';
import { alignWithSavedPlan, followUpLikeness } from '../../shared/import/align-saved-plan.js';
import type { DraftMeasure, ImportResult } from '../../shared/import/measures-document.js';
import { draftMeasure } from '../support/draft-measures.js';

const STATE_PROPERTY = 'การใช้ทรัพย์สินของราชการ ต้องจัดทำคู่มือการยืมคืนพัสดุ';
const VEHICLES = 'การใช้รถยนต์ส่วนกลางอย่างคุ้มค่า';
const FUEL = 'การควบคุมการเบิกจ่ายน้ำมันเชื้อเพลิง';
const MEETING = 'รายงานผลในที่ประชุมประจำเดือนทุกเดือน';

const measure = (measureId: string, indicator: number | null, title: string, followUps: string[]) =>
  draftMeasure(measureId, indicator, title, { followUps });

const imported = (...measures: DraftMeasure[]): ImportResult => ({
  plan: { orgId: 'demo', fy: 2566, title: '', measures: measures.map((m, i) => ({ ...m, order: i + 1 })) },
  warnings: measures.map((m) => ({
    where: { line: 1 },
    code: 'unspecified-cadence' as const,
    message_th: 'x',
    message_en: 'x',
    source: m.title,
    measureId: m.measureId,
    followUpNo: 1,
  })),
});

const saved = (...measures: DraftMeasure[]) => ({ measures });
const ids = (r: ImportResult) => r.plan.measures.map((m) => `${m.measureId} ${m.title}`);

describe('a re-imported measure keeps the id of the saved measure it is, whatever its place', () => {
  const savedI4 = measure('i4', 4, STATE_PROPERTY, ['จัดทำคู่มือ', MEETING]);

  it('a new measure for indicator 4 inserted above the saved i4 gets a new id; the saved one keeps i4 and its follow-up numbers', () => {
    const result = alignWithSavedPlan(
      imported(measure('i4', 4, VEHICLES, ['จัดทำสมุดบันทึก', MEETING]), measure('i4-2', 4, STATE_PROPERTY, [MEETING])),
      saved(savedI4),
    );
    expect(ids(result)).toEqual([`i4-2 ${VEHICLES}`, `i4 ${STATE_PROPERTY}`]);
    expect(result.plan.measures[1]!.followUps.map((f) => f.followUpNo)).toEqual([2]);
    // warnings follow their measures
    expect(result.warnings.map((w) => w.measureId)).toEqual(['i4-2', 'i4']);
  });

  it('two measures of one indicator listed the other way round keep their ids', () => {
    const result = alignWithSavedPlan(
      imported(measure('i4', 4, FUEL, [MEETING]), measure('i4-2', 4, VEHICLES, [MEETING])),
      saved(measure('i4', 4, VEHICLES, [MEETING]), measure('i4-2', 4, FUEL, [MEETING])),
    );
    expect(ids(result)).toEqual([`i4-2 ${FUEL}`, `i4 ${VEHICLES}`]);
  });

  it('a measure the document gives no indicator ("m2") is the saved measure of the same title', () => {
    const result = alignWithSavedPlan(
      imported(measure('i5', 5, 'การแก้ไขปัญหาการทุจริต', [MEETING]), measure('m2', null, VEHICLES, [MEETING])),
      saved(measure('i5', 5, 'การแก้ไขปัญหาการทุจริต', [MEETING]), measure('i4', 4, VEHICLES, [MEETING])),
    );
    expect(ids(result)).toEqual(['i5 การแก้ไขปัญหาการทุจริต', `i4 ${VEHICLES}`]);
    expect(result.plan.measures[1]!.indicator).toBeNull();
  });

  it("a measure whose indicator was changed in the page (saved i4 with indicator 6) comes back from the product's own document as i4", () => {
    const result = alignWithSavedPlan(
      imported(measure('i6', 6, `ตัวชี้วัดที่ ๖ ${VEHICLES}`, [MEETING])),
      saved(measure('i4', 6, VEHICLES, [MEETING])),
    );
    expect(ids(result)).toEqual([`i4 ตัวชี้วัดที่ ๖ ${VEHICLES}`]);
  });

  it('a measure reworded at its old place keeps its id when it keeps some of its text; a new measure never takes a saved id that was dropped', () => {
    const result = alignWithSavedPlan(
      imported(
        measure('i4', 4, 'มาตรการควบคุมภายในเรื่องพัสดุทั้งหมดของเทศบาล', ['จัดทำคู่มือ', MEETING]),
        measure('i9', 9, VEHICLES, [MEETING]),
      ),
      saved(savedI4, measure('i9', 9, 'การเปิดเผยข้อมูลข่าวสารทางเว็บไซต์', [MEETING])),
    );
    // i4 at its place and indicator, keeping a follow-up; i9's saved measure is another one at the same
    // place and indicator sharing only the routine monthly report: VEHICLES is new (review 17 s19, S19-3)
    expect(ids(result)).toEqual(['i4 มาตรการควบคุมภายในเรื่องพัสดุทั้งหมดของเทศบาล', `i9-2 ${VEHICLES}`]);
    const moved = alignWithSavedPlan(
      imported(measure('i9', 9, VEHICLES, [MEETING]), measure('i9-2', 9, 'การเปิดเผยข้อมูลข่าวสารทางเว็บไซต์', [MEETING])),
      saved(measure('i9', 9, 'การเปิดเผยข้อมูลข่าวสารทางเว็บไซต์', [MEETING]), measure('i9-2', 8, 'อื่น', [MEETING])),
    );
    expect(ids(moved)).toEqual([`i9-3 ${VEHICLES}`, 'i9 การเปิดเผยข้อมูลข่าวสารทางเว็บไซต์']);
  });
});

describe('measures titled alike (by their indicator heading, as the seed writes them)', () => {
  const HEADING = 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ';
  const stateProperty = (id: string) => ({
    ...measure(id, 4, HEADING, ['จัดทำคำสั่งคณะกรรมการกำกับดูแลการยืมทรัพย์สิน', MEETING]),
    subMeasures: ['มาตรการควบคุมการยืมคืนพัสดุ'],
  });
  const vehicles = (id: string) => ({
    ...measure(id, 4, HEADING, ['จัดทำสมุดบันทึกการใช้รถยนต์ส่วนกลางทุกคัน', MEETING]),
    subMeasures: ['มาตรการควบคุมการใช้รถยนต์ส่วนกลาง'],
  });

  it('a new one inserted above the saved one is told apart by its sub-measures and follow-ups (review 17 s11, S11-2)', () => {
    const result = alignWithSavedPlan(imported(vehicles('i4'), stateProperty('i4-2')), saved(stateProperty('i4')));
    expect(result.plan.measures.map((m) => [m.measureId, m.subMeasures[0]])).toEqual([
      ['i4-2', 'มาตรการควบคุมการใช้รถยนต์ส่วนกลาง'],
      ['i4', 'มาตรการควบคุมการยืมคืนพัสดุ'],
    ]);
  });

  it('two of them listed the other way round keep their ids', () => {
    const result = alignWithSavedPlan(
      imported(vehicles('i4'), stateProperty('i4-2')),
      saved(stateProperty('i4'), vehicles('i4-2')),
    );
    expect(result.plan.measures.map((m) => m.measureId)).toEqual(['i4-2', 'i4']);
  });
});

describe('alignment stays linear in the document (review 17 s11, S11-41: 500 x 500 titles took 26 s)', () => {
  const many = (n: number, word: string) =>
    Array.from({ length: n }, (_, k) => measure(`i4-${k + 2}`, 4, `${word} ข้อ ${k} ${'ก'.repeat(800)}`, [MEETING]));

  it.each([
    ['500 measures against 500 saved ones with other titles', many(500, 'มาตรการใหม่'), many(500, 'มาตรการเดิม')],
    ['500 measures against the same 500 saved', many(500, 'มาตรการ'), many(500, 'มาตรการ')],
    [
      '500 measures of one heading against 500 saved of it',
      many(500, 'x').map((m) => ({ ...m, title: 'ตัวชี้วัดที่ ๔' })),
      many(500, 'y').map((m) => ({ ...m, title: 'ตัวชี้วัดที่ ๔' })),
    ],
  ])('%s compares at most 4,000 titles', (_, mine, theirs) => {
    let compared = 0;
    const ids = measureIdsAgainstSaved(imported(...mine), theirs, (a, b) => {
      compared++;
      return followUpLikeness(a, b);
    });
    expect(compared).toBeLessThanOrEqual(4000);
    expect(new Set(ids).size).toBe(500);
  });
});
