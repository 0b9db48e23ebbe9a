import { describe, expect, it } from 'vitest';
import {
  acknowledge,
  copyPlanToYear,
  draftFromStored,
  draftProblems,
  draftReplacing,
  changedFollowUps,
  droppedFollowUps,
  measureIdsFor,
  newFollowUp,
  newMeasure,
  planBody,
  restoreFollowUps,
  restoreReportedObligations,
  shiftBeYears,
  warningStands,
  warningsBlockingSave,
  type DraftMeasure,
  type StoredPlanView,
  onceDueHint,
} from '../../web/src/plan-draft.js';
import type { ImportWarning } from '../../shared/import/import-warning.js';
import { otherFiscalYearNamed } from '../../shared/import/fiscal-year-names.js';

const measure = (measureId: string, indicator: number | null, extra: Partial<DraftMeasure> = {}): DraftMeasure => ({
  ...newMeasure(),
  measureId,
  indicator,
  title: `มาตรการ ${measureId}`,
  followUps: [{ followUpNo: 1, text: 'รายงานทุกเดือน', cadence: 'monthly', audience: ['meeting'] }],
  responsible: { allUnits: false, unitIds: ['finance'], text: 'กองคลัง' },
  ...extra,
});

const stored: StoredPlanView = {
  fy: 2566,
  version: 3,
  title: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖',
  measures: [
    measure('i4', 4, {
      timeframe: 'ตุลาคม ๒๕๖๕ - กันยายน ๒๕๖๖',
      recommendations: ['ควรประชาสัมพันธ์เพิ่ม'],
      followUps: [{ followUpNo: 1, text: 'สรุปครั้งเดียว', cadence: 'once', audience: [], dueDate: '2023-03-31' }],
    }),
    measure('i9', 9, { timeframe: 'Oct 2565 - Sep 2566 (ref 12566)' }),
  ],
};

describe("the plan editor's draft (web/src/plan-draft.ts)", () => {
  it("copying last year's plan keeps measures, follow-ups and units, and moves BE years and one-off due dates on", () => {
    const copy = copyPlanToYear(stored, 2567);
    expect(copy.fy).toBe(2567);
    expect(copy.title).toBe('มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗');
    expect(copy.measures.map((m) => [m.measureId, m.indicator, m.responsible.unitIds])).toEqual([
      ['i4', 4, ['finance']],
      ['i9', 9, ['finance']],
    ]);
    expect(copy.measures[0]!.timeframe).toBe('ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗');
    expect(copy.measures[1]!.timeframe).toBe('Oct 2566 - Sep 2567 (ref 12566)');
    expect(copy.measures[0]!.followUps[0]!.dueDate).toBe('2024-03-31');
    expect(copy.measures[0]!.recommendations).toEqual([]);
    // last year's plan itself is untouched
    expect(stored.measures[0]!.followUps[0]!.dueDate).toBe('2023-03-31');
  });

  it('moves only Buddhist-era years, in Thai or Arabic digits, and 29 February to a year without one', () => {
    expect(shiftBeYears('พ.ศ. ๒๕๖๖ และ 2566, งบ 250,000 บาท, ปี 1999', 1)).toBe(
      'พ.ศ. ๒๕๖๗ และ 2567, งบ 250,000 บาท, ปี 1999',
    );
    const leap = copyPlanToYear(
      {
        ...stored,
        fy: 2567,
        measures: [
          measure('i4', 4, {
            followUps: [{ followUpNo: 1, text: 'x', cadence: 'once', audience: [], dueDate: '2024-02-29' }],
          }),
        ],
      },
      2568,
    );
    expect(leap.measures[0]!.followUps[0]!.dueDate).toBe('2025-02-28');
  });

  describe('copying a plan moves only the numbers that read as years (review 17 s9, entry 6)', () => {
    it('moves two-digit BE years after ปี, พ.ศ. and ปีงบประมาณ', () => {
      expect(shiftBeYears('ปี 67', 1, 2567)).toBe('ปี 68');
      expect(shiftBeYears('แผนของ พ.ศ. ๖๗ ถึง ๖๘', 1, 2567)).toBe('แผนของ พ.ศ. ๖๘ ถึง ๖๙');
      expect(shiftBeYears('ปีงบประมาณ 67 (ต.ค. 66 - ก.ย. 67)', 1, 2567)).toBe('ปีงบประมาณ 68 (ต.ค. 67 - ก.ย. 68)');
    });

    it('leaves amounts, phone and document numbers in 2500-2799 as they are', () => {
      expect(shiftBeYears('งบประมาณ 2,600 บาท', 1, 2566)).toBe('งบประมาณ 2,600 บาท');
      expect(shiftBeYears('ค่าวัสดุ 2650 บาท ครั้งละ ๒๕๕๐ บาท', 1, 2566)).toBe('ค่าวัสดุ 2650 บาท ครั้งละ ๒๕๕๐ บาท');
      expect(shiftBeYears('โทร. 0 2561 2345 หนังสือที่ มท 2567/2599 ปี 12 ครั้ง', 1, 2566)).toBe(
        'โทร. 0 2561 2345 หนังสือที่ มท 2567/2599 ปี 12 ครั้ง',
      );
    });

    it('moves years in dates, ranges and a fiscal-year context, in the digits they were written in', () => {
      expect(shiftBeYears('๑/๑๐/๒๕๖๖ - ๓๐/๙/๖๗', 1, 2567)).toBe('๑/๑๐/๒๕๖๗ - ๓๐/๙/๖๘');
      expect(shiftBeYears('ปีงบ 2566-2567, FY 2566', 1, 2566)).toBe('ปีงบ 2567-2568, FY 2567');
      expect(shiftBeYears('ภายใน ๓๑ มีนาคม ๒๕๖๗', 1, 2567)).toBe('ภายใน ๓๑ มีนาคม ๒๕๖๘');
    });

    it("leaves a law's or regulation's year, and a year long before the plan's, as they are (reviewer's entry 21)", () => {
      expect(shiftBeYears('ตาม พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐', 1, 2567)).toBe(
        'ตาม พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐',
      );
      expect(shiftBeYears('ระเบียบกระทรวงมหาดไทยว่าด้วยการพัสดุ พ.ศ. ๒๕๖๖ ภายในเดือนมีนาคม ๒๕๖๗', 1, 2567)).toBe(
        'ระเบียบกระทรวงมหาดไทยว่าด้วยการพัสดุ พ.ศ. ๒๕๖๖ ภายในเดือนมีนาคม ๒๕๖๘',
      );
      expect(shiftBeYears('พระราชบัญญัติวิธีปฏิบัติราชการทางปกครอง พ.ศ. 2539 และเทศบัญญัติ พ.ศ. 2565', 1, 2567)).toBe(
        'พระราชบัญญัติวิธีปฏิบัติราชการทางปกครอง พ.ศ. 2539 และเทศบัญญัติ พ.ศ. 2565',
      );
      expect(shiftBeYears('ตามแผนแม่บท ปี ๒๕๖๐', 1, 2567)).toBe('ตามแผนแม่บท ปี ๒๕๖๐');
    });

    it('moves the years of "ปีงบฯ ๖๗" and "ไตรมาส ๑/๒๕๖๗" (reviewer\'s entry 21)', () => {
      expect(shiftBeYears('ปีงบฯ ๖๗', 1, 2567)).toBe('ปีงบฯ ๖๘');
      expect(shiftBeYears('ไตรมาส ๑/๒๕๖๗ และไตรมาสที่ 3/2567', 1, 2567)).toBe('ไตรมาส ๑/๒๕๖๘ และไตรมาสที่ 3/2568');
      expect(shiftBeYears('ประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๖', 1, 2567)).toBe('ประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๗');
    });

    it('a copied plan moves the years in follow-up texts, methods, sub-measures and measure titles too (review 17 s10, S10-5)', () => {
      const copy = copyPlanToYear(
        {
          ...stored,
          fy: 2567,
          measures: [
            measure('i4', 4, {
              title: 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ ปี ๒๕๖๗',
              subMeasures: ['มาตรการตาม พ.ร.บ.ข้อมูลข่าวสาร พ.ศ. ๒๕๔๐ ปี ๒๕๖๗'],
              methods: ['ดำเนินการภายในปีงบประมาณ พ.ศ. ๒๕๖๗', 'ประชุมเดือนมกราคม ๒๕๖๗'],
              followUps: [
                {
                  followUpNo: 1,
                  text: 'รายงานผลภายในวันที่ ๓๑ มีนาคม ๒๕๖๗',
                  cadence: 'once',
                  dueDate: '2024-03-31',
                  audience: [],
                },
                { followUpNo: 2, text: 'สรุปผลการดำเนินงานปีงบประมาณ ๒๕๖๗ เสนอนายก', cadence: 'annual', audience: [] },
              ],
            }),
          ],
        },
        2568,
      );
      const m = copy.measures[0]!;
      expect(m.title).toBe('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ ปี ๒๕๖๘');
      expect(m.subMeasures).toEqual(['มาตรการตาม พ.ร.บ.ข้อมูลข่าวสาร พ.ศ. ๒๕๔๐ ปี ๒๕๖๘']);
      expect(m.methods).toEqual(['ดำเนินการภายในปีงบประมาณ พ.ศ. ๒๕๖๘', 'ประชุมเดือนมกราคม ๒๕๖๘']);
      expect(m.followUps.map((f) => [f.text, f.dueDate])).toEqual([
        ['รายงานผลภายในวันที่ ๓๑ มีนาคม ๒๕๖๘', '2025-03-31'],
        ['สรุปผลการดำเนินงานปีงบประมาณ ๒๕๖๘ เสนอนายก', undefined],
      ]);
    });

    // review 17 s11, S11-28: a named document's year, a multi-year plan's period and a cited letter's
    // or order's date moved with the plan, silently
    it("leaves the year of a named code, announcement or standard, a multi-year plan's period and a cited date", () => {
      for (const text of [
        'ประมวลจริยธรรมของพนักงานเทศบาล พ.ศ. ๒๕๖๕',
        'ประกาศคณะกรรมการมาตรฐานการบริหารงานบุคคลส่วนท้องถิ่น พ.ศ. ๒๕๖๕',
        'มาตรฐานทางจริยธรรม พ.ศ. 2566',
        'ดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ๔ ปี (พ.ศ. ๒๕๖๖ - ๒๕๗๐)',
        'ตามแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)',
        'ตามหนังสือสำนักงาน ป.ป.ช. ที่ ปช ๐๐๐๔/ว ๒๕๖๗ ลงวันที่ ๑๕ มีนาคม ๒๕๖๗',
        'ตามคำสั่งเทศบาลที่ ๑๒๓/๒๕๖๗ ลงวันที่ ๑ ตุลาคม ๒๕๖๖',
        'ตามคำสั่งที่ 45/2567 ลว. 3 ม.ค. 67',
      ])
        expect(shiftBeYears(text, 1, 2567)).toBe(text);
      // this year's things still move: a yearly announcement, a one-year range, a plain year
      expect(shiftBeYears('ประกาศเจตจำนงสุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗', 1, 2567)).toBe(
        'ประกาศเจตจำนงสุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘',
      );
      expect(shiftBeYears('ปี ๒๕๖๖-๒๕๖๗ และตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗', 1, 2567)).toBe(
        'ปี ๒๕๖๗-๒๕๖๘ และตุลาคม ๒๕๖๗ - กันยายน ๒๕๖๘',
      );
    });

    it('a copied plan warns beside each text whose years it moved, naming the moves, until checked', () => {
      const copy = copyPlanToYear(
        {
          ...stored,
          fy: 2567,
          title: 'มาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗',
          measures: [
            measure('i4', 4, {
              title: 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
              methods: ['ตามประมวลจริยธรรม พ.ศ. ๒๕๖๕', 'ประชุมเดือนมกราคม ๒๕๖๗'],
              followUps: [
                { followUpNo: 2, text: 'สรุปผลปีงบประมาณ 2567 เสนอนายก', cadence: 'annual', audience: [] },
                { followUpNo: 3, text: 'รายงานผลทุกเดือน', cadence: 'monthly', audience: [] },
              ],
            }),
          ],
        },
        2568,
      );
      expect(copy.warnings.map((w) => [w.code, w.measureId, w.followUpNo, w.source])).toEqual([
        ['years-moved', undefined, undefined, 'มาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗'],
        ['years-moved', 'i4', undefined, 'ประชุมเดือนมกราคม ๒๕๖๗'],
        ['years-moved', 'i4', 2, 'สรุปผลปีงบประมาณ 2567 เสนอนายก'],
      ]);
      const [, method, followUp] = copy.warnings;
      expect(method!.message_th).toBe(
        'คัดลอกจากปีงบประมาณ ๒๕๖๗ เป็นปี ๒๕๖๘: ปีในข้อความนี้ถูกเลื่อนจาก ๒๕๖๗ เป็น ๒๕๖๘ ตรวจว่าควรเลื่อน (ปีในชื่อเอกสารที่อ้างถึงต้องคงเดิม)',
      );
      expect(followUp!.message_en).toContain('moved from 2567 to 2568');
      const draft = draftReplacing(undefined, { ...copy, source: { kind: 'copy', fromFy: 2567 } });
      expect(warningStands(followUp!, draft)).toBe(true);
      acknowledge(draft, followUp!, true);
      expect(warningStands(followUp!, draft)).toBe(false);
      expect(warningsBlockingSave(draft)).toEqual([]);
    });

    // Tester s37 (P3): FY2569's plan, saved with its document's title "… พ.ศ. ๒๕๖๖", copied into FY2570
    // as "… พ.ศ. ๒๕๖๗": the save then asked to confirm saving another year's plan over FY2570's.
    it.each([
      [
        'FY2569 titled ๒๕๖๖ (the tester’s), into 2570',
        'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖',
        'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๗๐',
      ],
      [
        'FY2569 titled 2565 in Arabic digits, more than three years back, into 2570',
        'แผนมาตรการ ITA ปีงบประมาณ 2565',
        'แผนมาตรการ ITA ปีงบประมาณ 2570',
      ],
      [
        'FY2569 titled ๒๕๖๖ with its October-September period, into 2570',
        'มาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ (ตุลาคม ๒๕๖๕ - กันยายน ๒๕๖๖)',
        'มาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๗๐ (ตุลาคม ๒๕๖๙ - กันยายน ๒๕๗๐)',
      ],
    ])("the title's fiscal year becomes the target year: %s", (_n, title, copied) => {
      const copy = copyPlanToYear(
        {
          ...stored,
          fy: 2569,
          title,
          measures: [measure('i4', 4, { methods: ['ตาม พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐ ประชุมเดือนมกราคม ๒๕๖๙'] })],
        },
        2570,
      );
      expect(copy.title).toBe(copied);
      // the save reads no other year in it (shared/use-cases/other-year-guard.ts)
      expect(otherFiscalYearNamed(copy.title, 2570)).toBeUndefined();
      // measure texts keep the shift by the plans' years, a law's year staying
      expect(copy.measures[0]!.methods).toEqual(['ตาม พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐ ประชุมเดือนมกราคม ๒๕๗๐']);
    });

    it("a copied plan's title and timeframes move their two-digit years, not their amounts", () => {
      const copy = copyPlanToYear(
        {
          ...stored,
          title: 'มาตรการ ปี 66',
          measures: [measure('i4', 4, { timeframe: 'ต.ค. 65 - ก.ย. 66 งบ 2600 บาท' })],
        },
        2567,
      );
      expect(copy.title).toBe('มาตรการ ปี 67');
      expect(copy.measures[0]!.timeframe).toBe('ต.ค. 66 - ก.ย. 67 งบ 2600 บาท');
    });
  });

  it('a measure found without an indicator is saved as i<indicator> once one is chosen; saved ids are kept and never reused', () => {
    const saved = [measure('i4', 4)];
    const measures = [measure('i4', 5), measure('m2', 4), { ...newMeasure(), indicator: 9 }, measure('i9', 9)];
    // i4 is saved (kept though its indicator changed); m2 is a placeholder: i4 is taken, so i4-2;
    // the new measure with indicator 9 must not take the importer's i9
    expect(measureIdsFor(measures, saved)).toEqual(['i4', 'i4-2', 'i9-2', 'i9']);
  });

  it('a measure without an indicator or a title is refused in the page, beside the field, before any request', () => {
    const problems = draftProblems({
      measures: [measure('i4', 4), measure('m2', null), { ...newMeasure(), indicator: 3 }],
    });
    expect(problems.map((p) => [p.path, p.message_th])).toEqual([
      ['body.measures.1.indicator', 'มาตรการที่ ๒: กรุณาเลือกตัวชี้วัด'],
      ['body.measures.2.title', 'มาตรการที่ ๓: กรุณากรอกชื่อมาตรการ'],
    ]);
  });

  // session 53: the API reads a title of only invisible characters as empty (shownText) and refuses
  // it; the page let it through to the server's 400 and showed it as the card's (blank) heading
  it.each([
    ['a zero-width space', '\u200B'],
    ['a zero-width non-joiner and joiner between spaces', ' \u200C\u200D '],
    ['a soft hyphen and a word joiner', '\u00AD\u2060'],
  ])('a measure title of only %s is refused in the page as an empty one is', (_what, title) => {
    const problems = draftProblems({ measures: [{ ...measure('i4', 4), title }] });
    expect(problems.map((p) => [p.path, p.message_th])).toEqual([
      ['body.measures.0.title', 'มาตรการที่ ๑: กรุณากรอกชื่อมาตรการ'],
    ]);
  });

  it('the saved body carries the order, the ids and the version it replaces', () => {
    const draft = draftFromStored(stored);
    draft.measures.reverse();
    const body = planBody(draft);
    expect(body.expectedVersion).toBe(3);
    expect(body.measures.map((m) => [m.measureId, m.order])).toEqual([
      ['i9', 1],
      ['i4', 2],
    ]);
    const fresh = draftReplacing(undefined, {
      fy: 2567,
      title: '',
      measures: [measure('m1', 5)],
      source: { kind: 'new' },
      warnings: [],
    });
    expect(planBody(fresh)).not.toHaveProperty('expectedVersion');
    expect(planBody(fresh).measures[0]!.measureId).toBe('i5');
  });

  // tester s51: a first month left out keeps the saved one, so what the page shows from the year's
  // start ("ต้นปีงบประมาณ") says October; a new duty says none (the save gives it its month)
  it('a kept follow-up shown from the year’s start whose saved one begins in January is sent from October', () => {
    const withFirst = structuredClone(stored);
    withFirst.measures[1]!.followUps = [
      { followUpNo: 1, text: 'รายงานทุกเดือน', cadence: 'monthly', audience: [], firstMonth: '2023-01' },
      { followUpNo: 2, text: 'รายงานทุกไตรมาส', cadence: 'quarterly', audience: [], firstMonth: '2023-01' },
    ];
    const draft = draftFromStored(withFirst);
    const [kept, changed] = draft.measures[1]!.followUps;
    delete kept!.firstMonth;
    delete changed!.firstMonth;
    changed!.cadence = 'monthly';
    draft.measures[1]!.followUps.push({ followUpNo: 3, text: 'ใหม่', cadence: 'monthly', audience: [] });
    expect(planBody(draft).measures[1]!.followUps.map((f) => f.firstMonth)).toEqual(['2022-10', undefined, undefined]);
    // the draft on screen is not changed by the body
    expect(kept!.firstMonth).toBeUndefined();
    // shown with the saved month: sent as it is
    expect(planBody(draftFromStored(withFirst)).measures[1]!.followUps.map((f) => f.firstMonth)).toEqual([
      '2023-01',
      '2023-01',
    ]);
  });

  it('new follow-ups are numbered after the others, never reusing a removed number', () => {
    expect(newFollowUp([{ followUpNo: 1 }, { followUpNo: 3 }] as never).followUpNo).toBe(4);
    expect(newFollowUp([]).followUpNo).toBe(1);
  });

  it('a warning stands until the draft settles it: an indicator chosen, a cadence chosen, a unit named', () => {
    const w = (code: ImportWarning['code'], measureId: string, followUpNo?: number): ImportWarning => ({
      where: { table: 1, row: 3 },
      code,
      message_th: '',
      message_en: '',
      source: '',
      measureId,
      ...(followUpNo ? { followUpNo } : {}),
    });
    const m = measure('m2', null, {
      followUps: [{ followUpNo: 1, text: 'รายงาน', cadence: 'unspecified', audience: [] }],
      responsible: { allUnits: false, unitIds: [], text: 'กองพัสดุ' },
    });
    const draft = { measures: [m] };
    expect(warningStands(w('no-indicator', 'm2'), draft)).toBe(true);
    expect(warningStands(w('unspecified-cadence', 'm2', 1), draft)).toBe(true);
    expect(warningStands(w('no-responsible-unit', 'm2'), draft)).toBe(true);
    m.indicator = 4;
    m.followUps[0]!.cadence = 'quarterly';
    m.responsible.allUnits = true;
    expect(warningStands(w('no-indicator', 'm2'), draft)).toBe(false);
    expect(warningStands(w('unspecified-cadence', 'm2', 1), draft)).toBe(false);
    expect(warningStands(w('no-responsible-unit', 'm2'), draft)).toBe(false);
    expect(warningStands(w('unit-guessed', 'm2'), draft)).toBe(true);
  });

  it("a preview's reports-cut stands beside its measure until the measure is changed from what the file gave, and does not block the save (the save checks again: S21-3)", () => {
    const cut: ImportWarning = {
      where: {},
      code: 'reports-cut',
      message_th: 'ถ้าบันทึกแผนจากไฟล์นี้ ระบบจะไม่ให้บันทึก: ตัวชี้วัดที่ ๒ (i2) การติดตามผลข้อ ๑ …',
      message_en: '',
      source: 'รายงานผลทุกไตรมาส',
      measureId: 'i2',
      followUpNo: 1,
    };
    const asRead = measure('i2', 2, { responsible: { allUnits: false, unitIds: ['engineering'], text: 'กองช่าง' } });
    const draft = { measures: [structuredClone(asRead)], imported: [asRead], warnings: [cut], acknowledged: [] };
    expect(warningStands(cut, draft)).toBe(true);
    expect(warningsBlockingSave(draft)).toEqual([]);
    draft.measures[0]!.responsible.unitIds.push('finance');
    expect(warningStands(cut, draft)).toBe(false);
  });

  it('a warning the draft cannot settle (a unit read by similarity) stands until the coordinator marks it checked', () => {
    const guessed: ImportWarning = {
      where: { table: 1, row: 2, column: 5 },
      code: 'unit-guessed',
      message_th: 'อ่านได้ว่า "กองคลง" จึงถือเป็น "กองคลัง"',
      message_en: '',
      source: 'กองคลง',
      measureId: 'i4',
    };
    const draft = draftReplacing(undefined, {
      fy: 2567,
      title: '',
      measures: [measure('i4', 4)],
      source: { kind: 'file', fileName: 'plan.docx' },
      warnings: [guessed],
    });
    expect(warningStands(guessed, draft)).toBe(true);
    acknowledge(draft, guessed, true);
    expect(warningStands(guessed, draft)).toBe(false);
    acknowledge(draft, guessed, false);
    expect(warningStands(guessed, draft)).toBe(true);
  });
});

describe('a draft too large to save (plan-too-large) blocks the save until it is small enough', () => {
  const tooLarge: ImportWarning = {
    where: {},
    code: 'plan-too-large',
    message_th: 'เอกสาร: แผนนี้มีขนาด ๒.๕ เมกะไบต์ เกินกว่าที่บันทึกได้ในครั้งเดียว',
    message_en: '',
    source: '',
  };
  /** `count` measures whose methods are `items` items of 1,400 Thai characters (4.2 KB each) */
  const big = (count: number, items: number) =>
    Array.from({ length: count }, (_, i) =>
      measure(`m${i + 1}`, 4, { methods: Array.from({ length: items }, () => 'ก'.repeat(1400)) }),
    );
  const draftOf = (measures: DraftMeasure[]) =>
    draftReplacing(undefined, {
      fy: 2567,
      title: 'แผน',
      measures,
      source: { kind: 'file', fileName: 'plan.xlsx' },
      warnings: [tooLarge],
    });

  it.each([
    [
      'a method shortened in every measure',
      (d: ReturnType<typeof draftOf>) => d.measures.forEach((m) => (m.methods = m.methods.slice(0, 10))),
    ],
    ['half the measures removed', (d: ReturnType<typeof draftOf>) => d.measures.splice(0, 15)],
    [
      'the largest measures shortened to a line',
      (d: ReturnType<typeof draftOf>) => d.measures.slice(0, 20).forEach((m) => (m.methods = ['สั้น'])),
    ],
  ])('stands at 2.5 MB and settles once %s', (_, shrink) => {
    const draft = draftOf(big(30, 20));
    expect(warningStands(tooLarge, draft)).toBe(true);
    expect(warningsBlockingSave(draft)).toEqual([tooLarge]);
    shrink(draft);
    expect(warningStands(tooLarge, draft)).toBe(false);
    expect(warningsBlockingSave(draft)).toEqual([]);
  });

  it('checking it (ตรวจแล้ว) does not settle it', () => {
    const draft = draftOf(big(30, 20));
    acknowledge(draft, tooLarge, true);
    expect(warningStands(tooLarge, draft)).toBe(true);
  });
});

describe('follow-ups the guard refused to remove (409 droppedFollowUps) go back into their measures', () => {
  it("puts i4's saved 2nd follow-up back into the edited i4, in number order, leaving its edits", () => {
    const saved: StoredPlanView = {
      ...stored,
      measures: [
        measure('i4', 4, {
          followUps: [
            { followUpNo: 1, text: 'รายงานทุกเดือน', cadence: 'monthly', audience: [] },
            { followUpNo: 2, text: 'รายงานทุกไตรมาส', cadence: 'quarterly', audience: [] },
            { followUpNo: 3, text: 'สรุปประจำปี', cadence: 'annual', audience: [] },
          ],
        }),
      ],
    };
    const draft = draftFromStored(saved);
    draft.measures[0]!.followUps = draft.measures[0]!.followUps.filter((f) => f.followUpNo !== 2);
    draft.measures[0]!.followUps[0]!.text = 'รายงานทุกเดือน (แก้ไข)';
    const dropped = droppedFollowUps(draft, 'i4.f2,i9.f1,nonsense');
    expect(dropped.map((d) => [d.measure.measureId, d.followUp.followUpNo])).toEqual([['i4', 2]]);
    restoreFollowUps(dropped);
    expect(draft.measures[0]!.followUps.map((f) => [f.followUpNo, f.text])).toEqual([
      [1, 'รายงานทุกเดือน (แก้ไข)'],
      [2, 'รายงานทุกไตรมาส'],
      [3, 'สรุปประจำปี'],
    ]);
  });
});

// review 17 s9 (reviewer's entry 49): removing the last follow-up and adding one reused its number,
// so the reports filed under it belonged to the new text and the guard let the save through
describe('a follow-up added in the page never takes a number the saved measure has', () => {
  const savedFollowUps = [
    { followUpNo: 1, text: 'รายงานทุกเดือน', cadence: 'monthly' as const, audience: [] },
    { followUpNo: 2, text: 'สรุปทุกไตรมาส', cadence: 'quarterly' as const, audience: [] },
    { followUpNo: 3, text: 'สรุปประจำปี', cadence: 'annual' as const, audience: [] },
  ];
  it('after removing follow-up 3, a new one is 4, not 3', () => {
    expect(newFollowUp(savedFollowUps.slice(0, 2), savedFollowUps).followUpNo).toBe(4);
  });
  it('after removing every follow-up, a new one is 4', () => {
    expect(newFollowUp([], savedFollowUps).followUpNo).toBe(4);
  });
  it('a new measure (nothing saved) numbers from 1, then after its own', () => {
    expect(newFollowUp([]).followUpNo).toBe(1);
    expect(newFollowUp(savedFollowUps.slice(0, 1)).followUpNo).toBe(2);
  });
});

describe('follow-ups the guard refused to change (409 changedFollowUps) get their saved cadence and units back', () => {
  const saved: StoredPlanView = {
    ...stored,
    measures: [
      measure('i4', 4, {
        followUps: [
          { followUpNo: 1, text: 'รายงานทุกเดือน', cadence: 'monthly', audience: [] },
          { followUpNo: 2, text: 'สรุปครั้งเดียว', cadence: 'once', audience: [], dueDate: '2023-03-31' },
        ],
        responsible: { allUnits: false, unitIds: ['finance', 'clerk'], leadUnitId: 'finance', text: 'กองคลัง สำนักปลัด' },
      }),
      measure('i9', 9, { responsible: { allUnits: true, unitIds: [], text: 'ทุกกองงาน' } }),
    ],
  };

  it("puts back i4's monthly cadence and its once date, keeping the edited text", () => {
    const draft = draftFromStored(saved);
    const [first, second] = draft.measures[0]!.followUps;
    first!.cadence = 'quarterly';
    first!.text = 'รายงานทุกเดือน (แก้ไข)';
    second!.cadence = 'annual';
    delete second!.dueDate;
    restoreReportedObligations(changedFollowUps(draft, 'i4.f1,i4.f2'));
    expect(draft.measures[0]!.followUps.map((f) => [f.cadence, f.text, f.dueDate])).toEqual([
      ['monthly', 'รายงานทุกเดือน (แก้ไข)', undefined],
      ['once', 'สรุปครั้งเดียว', '2023-03-31'],
    ]);
  });

  it('adds back a unit taken off, keeping a unit added in the draft', () => {
    const draft = draftFromStored(saved);
    draft.measures[0]!.responsible.unitIds = ['finance', 'engineering'];
    restoreReportedObligations(changedFollowUps(draft, 'i4.f1'));
    expect(draft.measures[0]!.responsible.unitIds).toEqual(['finance', 'engineering', 'clerk']);
  });

  it('gives "every unit" back to a measure that had it, and ignores ids it cannot find', () => {
    const draft = draftFromStored(saved);
    draft.measures[1]!.responsible = { allUnits: false, unitIds: ['finance'], text: 'กองคลัง' };
    const changes = changedFollowUps(draft, 'i9.f1,i7.f1,nonsense');
    expect(changes.map((c) => c.measure.measureId)).toEqual(['i9']);
    restoreReportedObligations(changes);
    expect(draft.measures[1]!.responsible.allUnits).toBe(true);
  });
});

describe("a once follow-up's date beside its input (the browser's picker shows CE years)", () => {
  it('shows the chosen date with its BE year: 2024-03-31 is "ครบกำหนด ๓๑ มีนาคม ๒๕๖๗"', () => {
    expect(onceDueHint(2567, '2024-03-31')).toBe('ครบกำหนด ๓๑ มีนาคม ๒๕๖๗');
  });

  it('the first and last days of FY2567 read ๑ ตุลาคม ๒๕๖๖ and ๓๐ กันยายน ๒๕๖๗', () => {
    expect(onceDueHint(2567, '2023-10-01')).toBe('ครบกำหนด ๑ ตุลาคม ๒๕๖๖');
    expect(onceDueHint(2567, '2024-09-30')).toBe('ครบกำหนด ๓๐ กันยายน ๒๕๖๗');
  });

  it('without a date names the default with its year: 31 December 2023 for FY2567 ("๓๑ ธันวาคม ๒๕๖๖")', () => {
    expect(onceDueHint(2567, undefined)).toBe('ไม่ระบุ: ครบกำหนด ๓๑ ธันวาคม ๒๕๖๖');
    expect(onceDueHint(2566, undefined)).toBe('ไม่ระบุ: ครบกำหนด ๓๑ ธันวาคม ๒๕๖๕');
  });
});

describe('planBody: the units’ first months read with the saved plan are sent back as read (docs/api.md)', () => {
  it('a unit added in January to the measure and another to a follow-up: both months in the PUT body', () => {
    const plan: StoredPlanView = {
      ...stored,
      measures: [
        measure('i1', 1, {
          responsible: {
            allUnits: false,
            unitIds: ['finance', 'clerk'],
            unitFirstMonths: { clerk: '2023-01' },
            text: '',
          },
          followUps: [
            {
              followUpNo: 1,
              text: 'รายงานทุกเดือน',
              cadence: 'monthly',
              audience: [],
              unitFirstMonths: { finance: '2023-02' },
            },
          ],
        }),
      ],
    };
    const [sent] = planBody(draftFromStored(plan)).measures;
    expect(sent!.responsible.unitFirstMonths).toEqual({ clerk: '2023-01' });
    expect(sent!.followUps[0]!.unitFirstMonths).toEqual({ finance: '2023-02' });
  });
});
