import { describe, expect, it } from 'vitest';
import {
  acknowledge,
  copyPlanToYear,
  draftReplacing,
  newMeasure,
  planBody,
  type DraftMeasure,
  type StoredPlanView,
  warningsBlockingSave,
} from '../../web/src/plan-draft.js';

const measure = (measureId: string, indicator: number, title: string, followUps: string[]): DraftMeasure => ({
  ...newMeasure(),
  measureId,
  indicator,
  title,
  followUps: followUps.map((text, i) => ({ followUpNo: i + 1, text, cadence: 'monthly', audience: [] })),
  responsible: { allUnits: false, unitIds: ['finance'], text: 'กองคลัง' },
});

const ASSETS = 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ';
const VEHICLES = 'มาตรการส่งเสริมการใช้รถยนต์ส่วนกลางอย่างคุ้มค่า';
const COMPLAINTS = 'มาตรการจัดการเรื่องร้องเรียนการทุจริต';

const plan = (fy: number, version: number, measures: DraftMeasure[]): StoredPlanView => ({
  fy,
  version,
  title: 'แผนมาตรการ',
  measures,
});

/** The page's copy and save: copyPlanToYear + draftReplacing + planBody, as plan-screen.ts does. */
const copyOnto = (last: StoredPlanView, current: StoredPlanView | undefined) =>
  draftReplacing(current, {
    ...copyPlanToYear(last, current?.fy ?? last.fy + 1),
    source: { kind: 'copy', fromFy: last.fy },
  });

describe("copying last year's plan onto a year with a saved plan (review 17 s12, S12-7)", () => {
  it("a copied measure that is not this year's measure of the same id gets a new id: the saved one's reports stay with it", () => {
    const last = plan(2562, 4, [measure('i4', 4, ASSETS, ['รายงานการใช้ทรัพย์สินทุกเดือน'])]);
    const current = plan(2563, 1, [measure('i4', 4, VEHICLES, ['รายงานผลการใช้รถยนต์ส่วนกลางทุกเดือน'])]);
    const body = planBody(copyOnto(last, current));
    expect(body.measures.map((m) => [m.measureId, m.title])).toEqual([['i4-2', ASSETS]]);
    expect(body.expectedVersion).toBe(1);
  });

  it('a copied measure that is a saved one keeps the saved id and follow-up numbers, wherever either stands', () => {
    const last = plan(2562, 2, [
      measure('i4', 4, COMPLAINTS, ['สรุปเรื่องร้องเรียนทุกเดือน', 'รายงานผลการจัดการเรื่องร้องเรียน']),
      measure('i4-2', 4, VEHICLES, ['รายงานผลการใช้รถยนต์ส่วนกลางทุกเดือน']),
    ]);
    const current = plan(2563, 3, [
      measure('i4', 4, VEHICLES, ['รายงานผลการใช้รถยนต์ส่วนกลางทุกเดือน']),
      {
        ...measure('i4-2', 4, COMPLAINTS, []),
        followUps: [
          { followUpNo: 1, text: 'รายงานผลการจัดการเรื่องร้องเรียน', cadence: 'monthly', audience: [] },
          { followUpNo: 2, text: 'สรุปเรื่องร้องเรียนทุกเดือน', cadence: 'monthly', audience: [] },
        ],
      },
    ]);
    const body = planBody(copyOnto(last, current));
    expect(body.measures.map((m) => [m.measureId, m.title])).toEqual([
      ['i4-2', COMPLAINTS],
      ['i4', VEHICLES],
    ]);
    expect(body.measures[0]!.followUps.map((f) => [f.followUpNo, f.text])).toEqual([
      [2, 'สรุปเรื่องร้องเรียนทุกเดือน'],
      [1, 'รายงานผลการจัดการเรื่องร้องเรียน'],
    ]);
  });

  it("the draft says which saved measures the copy keeps, adds and removes; a year without a plan keeps last year's ids, no notice", () => {
    const last = plan(2566, 5, [
      measure('i1', 1, 'มาตรการเผยแพร่แผนการจัดซื้อจัดจ้าง ปี ๒๕๖๖', ['รายงานการเผยแพร่ทุกเดือน']),
      measure('i9', 9, 'มาตรการเปิดเผยข้อมูลสาธารณะ', ['รายงานการเปิดเผยข้อมูลทุกไตรมาส']),
    ]);
    const current = plan(2567, 2, [
      measure('i1', 1, 'มาตรการเผยแพร่แผนการจัดซื้อจัดจ้าง ปี ๒๕๖๗', ['รายงานการเผยแพร่ทุกเดือน']),
      measure('i2', 2, 'มาตรการลดขั้นตอนการให้บริการ', ['รายงานผลการลดขั้นตอนทุกเดือน']),
    ]);
    const draft = copyOnto(last, current);
    expect(planBody(draft).measures.map((m) => m.measureId)).toEqual(['i1', 'i9']);
    const notice = draft.warnings.find((w) => w.code === 'copy-over-saved-plan')!;
    expect(notice.message_th).toContain('ปีงบประมาณ ๒๕๖๗ มีแผนที่บันทึกไว้แล้ว (ฉบับที่ ๒, ๒ มาตรการ)');
    expect(notice.message_th).toContain('มาตรการ ๑ ข้อตรงกับที่บันทึกไว้จึงใช้รหัสเดิม (i1)');
    expect(notice.message_th).toContain('มาตรการ ๑ ข้อเป็นมาตรการใหม่');
    expect(notice.message_th).toContain('มาตรการที่บันทึกไว้ ๑ ข้อไม่มีในร่างนี้ (i2 "มาตรการลดขั้นตอนการให้บริการ") จะถูกลบเมื่อบันทึก');
    expect(notice.message_en).toContain('1 saved measure is not in this copy (i2)');
    // the years-moved warning follows its measure to the id it is shown under
    const moved = draft.warnings.find((w) => w.code === 'years-moved' && w.source.includes('จัดซื้อ'))!;
    expect(draft.measures.find((m) => m.measureId === moved.measureId)?.indicator).toBe(1);

    const fresh = copyOnto(last, undefined);
    expect(planBody(fresh).measures.map((m) => m.measureId)).toEqual(['i1', 'i9']);
    expect(fresh.warnings.map((w) => w.code)).not.toContain('copy-over-saved-plan');
  });

  it('the copy blocks the save until its notice is marked ตรวจแล้ว, as a file over a saved plan does (S14-17)', () => {
    const last = plan(2566, 5, [
      measure('i1', 1, 'มาตรการเผยแพร่แผนการจัดซื้อจัดจ้าง', ['รายงานการเผยแพร่ทุกเดือน']),
      measure('i9', 9, 'มาตรการเปิดเผยข้อมูลสาธารณะ', ['รายงานการเปิดเผยข้อมูลทุกไตรมาส']),
    ]);
    const saved = (measures: DraftMeasure[]) => plan(2567, 3, measures);
    const blockedBy = (draft: ReturnType<typeof copyOnto>) => warningsBlockingSave(draft).map((w) => w.code);
    // one saved measure removed, named by id and title
    const removing = copyOnto(last, saved([measure('i2', 2, 'มาตรการลดขั้นตอนการให้บริการ', ['รายงานทุกเดือน'])]));
    expect(blockedBy(removing)).toEqual(['copy-over-saved-plan']);
    const notice = removing.warnings.find((w) => w.code === 'copy-over-saved-plan')!;
    expect(notice.message_th).toContain('(i2 "มาตรการลดขั้นตอนการให้บริการ") จะถูกลบเมื่อบันทึก');
    acknowledge(removing, notice, true);
    expect(blockedBy(removing)).toEqual([]);
    // every saved measure kept: the copy still puts last year's texts over this year's plan
    const keeping = copyOnto(last, saved([last.measures[0]!, last.measures[1]!]));
    expect(blockedBy(keeping)).toEqual(['copy-over-saved-plan']);
    // several removed
    const many = copyOnto(
      last,
      saved([
        measure('i3', 3, 'มาตรการป้องกันการรับสินบน', ['รายงานทุกเดือน']),
        measure('i6', 6, 'มาตรการลดการใช้ดุลพินิจ', ['รายงานทุกไตรมาส']),
      ]),
    );
    expect(blockedBy(many)).toEqual(['copy-over-saved-plan']);
    expect(many.warnings[0]!.message_th).toContain(
      'มาตรการที่บันทึกไว้ ๒ ข้อไม่มีในร่างนี้ (i3 "มาตรการป้องกันการรับสินบน"; i6 "มาตรการลดการใช้ดุลพินิจ")',
    );
    // a year without a saved plan: nothing to confirm
    expect(blockedBy(copyOnto(last, undefined))).toEqual([]);
  });
});
