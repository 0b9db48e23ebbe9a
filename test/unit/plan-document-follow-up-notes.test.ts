// Review 17 s24, S24-2: the plan document writes a follow-up's months and reporting units as notes
// ("(ถึงเดือนมีนาคม ๒๕๖๖)", "(หน่วยงานที่รายงาน: กองคลัง)"); read back, they are the follow-up's
// months and units again and leave its text, so re-importing the published plan changes nothing
// (before: a duty stopped after March came back for the whole year, one of กองคลัง alone was owed
// by every responsible unit, and over the saved plan a short one became a new follow-up).
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importPlanDraft } from '../../shared/import/import-plan-draft.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { renderSeedPlanDocument } from '../support/seed-annual-report.js';
import { followUpChoices, seedPlanWith } from '../support/follow-up-choices.js';
import { HEADER } from '../support/base-plan-rows.js';
import { preview, tsv } from '../support/plan-table-files.js';

const options = { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS };

/** The seed plan with follow-ups set as a coordinator sets them in the page. */
const planSetInThePage = () =>
  seedPlanWith([
    ['i6', 0, { lastMonth: '2023-03' }],
    ['i5', 0, { unitIds: ['finance'] }],
    // a short follow-up stopped after March, and the one that takes over from April
    ['i10', 0, { text: 'รายงานผลต่อที่ประชุมทุกเดือน', lastMonth: '2023-03' }],
    ['i10', 3, { firstMonth: '2023-04' }],
    // months on both sides, two reporting units, with a cadence and an audience note after them
    [
      'i4',
      0,
      {
        text: 'ส่งสรุปผลการดำเนินงาน',
        cadence: 'quarterly',
        audience: ['mayor'],
        firstMonth: '2023-01',
        lastMonth: '2023-06',
        unitIds: ['finance', 'engineering'],
      },
    ],
  ]);

const choices = followUpChoices();

describe("the plan document's follow-up months and reporting units read back (S24-2)", () => {
  const plan = planSetInThePage();
  const set = ['i4', 'i5', 'i6', 'i10'].map((id) => plan.measures.find((m) => m.measureId === id)!);
  for (const format of ['docx', 'pdf'] as const) {
    for (const saved of [undefined, plan]) {
      it(`the ${format.toUpperCase()} gives each follow-up its months, units and text back (${saved ? 'over the saved plan' : 'no saved plan'})`, async () => {
        const { document } = await readPlanFile((await renderSeedPlanDocument(plan))[format]);
        const back = importPlanDraft(document, options, saved);
        for (const measure of set) {
          const read = back.plan.measures.find((m) => m.measureId === measure.measureId)!;
          expect(read.followUps.map(choices)).toEqual(measure.followUps.map(choices));
        }
        expect(back.warnings.map((w) => w.code)).not.toContain('timeframe-months');
      }, 60_000);
    }
  }
});

describe("a plan's own follow-up notes in the product's wording (S24-2's neighbours)", () => {
  const row = (followUp: string, units = 'กองคลัง กองช่าง') => [
    'ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ',
    '1. จัดทำคู่มือ',
    'ตลอดปีงบประมาณ',
    followUp,
    units,
  ];
  const read = async (followUp: string) =>
    (await preview(tsv([HEADER, row(followUp)]))).plan.measures[0]!.followUps[0]!;

  it('"(ถึงเดือน มี.ค. 2567)" typed with a short month name and Arabic digits stops the follow-up after March', async () => {
    const f = await read('รายงานผลทุกเดือน (ถึงเดือน มี.ค. 2567)');
    expect([f.text, f.cadence, f.firstMonth, f.lastMonth]).toEqual(['รายงานผลทุกเดือน', 'monthly', undefined, '2024-03']);
  });

  it('"(หน่วยงานที่รายงาน: กองช่าง)" leaves only กองช่าง reporting, with the months before the cadence note', async () => {
    const f = await read('สรุปผลการดำเนินงาน (หน่วยงานที่รายงาน: กองช่าง) (ตั้งแต่เดือนเมษายน ๒๕๖๗) (ทุกไตรมาส (ทุก ๓ เดือน))');
    expect([f.text, f.cadence, f.firstMonth, f.unitIds]).toEqual([
      'สรุปผลการดำเนินงาน',
      'quarterly',
      '2024-04',
      ['engineering'],
    ]);
  });

  it('a bracket in other words, or naming a unit the org lacks, stays in the text', async () => {
    for (const written of [
      'รายงานผลทุกเดือน (ตามแผนเดือนเมษายน ๒๕๖๗)',
      'รายงานผลทุกเดือน (หน่วยงานที่รายงาน: กองดับเพลิงอวกาศ)',
    ]) {
      const f = await read(written);
      expect([f.text, f.firstMonth, f.lastMonth, f.unitIds]).toEqual([written, undefined, undefined, undefined]);
    }
  });
});

describe('the follow-up notes as a coordinator edits them in the plan document (review 17 s25, S25-3)', () => {
  const row = (followUp: string) => [
    'ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ',
    '1. จัดทำคู่มือ',
    'ตลอดปีงบประมาณ',
    followUp,
    'กองคลัง กองช่าง',
  ];
  const read = async (followUp: string) => {
    const { plan, warnings } = await preview(tsv([HEADER, row(followUp)]));
    const f = plan.measures[0]!.followUps[0]!;
    return { f, said: warnings.filter((w) => w.followUpNo === 1).map((w) => [w.code, w.message_th]) };
  };

  for (const [written, cadenceNote, cadence] of [
    ['รายเดือน', '(รายเดือน)', 'monthly'],
    ['รายไตรมาส', '(รายไตรมาส)', 'quarterly'],
    ['ตามแบบ สขร.1', '(ตามแบบ สขร.1)', 'annual'],
  ] as const) {
    it(`the notes before a note in other words "(${written})" still give กองช่าง from April`, async () => {
      const { f } = await read(`รายงานผลให้ที่ประชุมทราบ (หน่วยงานที่รายงาน: กองช่าง) (ตั้งแต่เดือนเมษายน ๒๕๖๗) ${cadenceNote}`);
      expect([f.text, f.firstMonth, f.unitIds]).toEqual([
        `รายงานผลให้ที่ประชุมทราบ ${cadenceNote}`,
        '2024-04',
        ['engineering'],
      ]);
      if (cadence !== 'annual') expect(f.cadence).toBe(cadence);
    });
  }

  for (const [month, first] of [
    ['เม.ย. 67', '2024-04'],
    ['ก.ค.2567', '2024-07'],
    ['มิถุนายน', '2024-06'],
  ] as const) {
    it(`"(ตั้งแต่เดือน ${month})" typed with another spelling of the month starts the follow-up in ${first}`, async () => {
      const { f } = await read(`รายงานผลให้ที่ประชุมทราบ (ตั้งแต่เดือน ${month}) (ทุกเดือน)`);
      expect([f.text, f.cadence, f.firstMonth]).toEqual(['รายงานผลให้ที่ประชุมทราบ', 'monthly', first]);
    });
  }

  it('a units note naming one unit the org lacks gives the known one and says the other is unknown', async () => {
    const { f, said } = await read('รายงานผลให้ที่ประชุมทราบ (หน่วยงานที่รายงาน: กองช่าง, กองสวัสดิการสังคม) (ทุกเดือน)');
    expect(f.unitIds).toEqual(['engineering']);
    expect(said).toContainEqual([
      'unknown-unit',
      expect.stringContaining('ไม่รู้จักหน่วยงาน "กองสวัสดิการสังคม" ในหมายเหตุหน่วยงานที่รายงาน'),
    ]);
  });

  it('"และ" between the units and a space before the colon are read', async () => {
    const { f } = await read('รายงานผลให้ที่ประชุมทราบ (หน่วยงานที่รายงาน : กองช่าง และกองคลัง) (ทุกเดือน)');
    expect([f.text, f.unitIds]).toEqual(['รายงานผลให้ที่ประชุมทราบ', ['engineering', 'finance']]);
  });

  for (const note of ['ตั้งแต่เดือนหน้า', 'หน่วยงานที่รายงาน: ทุกกอง ยกเว้นกองช่าง', 'ถึงเดือนที่ประชุมกำหนด']) {
    it(`a note in the plan's wording that cannot be read, "(${note})", stays text and is said`, async () => {
      const written = `รายงานผลให้ที่ประชุมทราบ (${note}) (ทุกเดือน)`;
      const { f, said } = await read(written);
      expect([f.firstMonth, f.lastMonth, f.unitIds]).toEqual([undefined, undefined, undefined]);
      expect(f.text).toContain(`(${note})`);
      expect(said).toContainEqual(['follow-up-note-unread', expect.stringContaining(`อ่านหมายเหตุ "(${note})" ไม่ได้`)]);
    });
  }
});
