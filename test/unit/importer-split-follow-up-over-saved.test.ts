// Session 24 noticed, session 25 found: a follow-up saved before S23-8 whose text names two
// follow-ups joined by "และ" or "/" ("รายงานผลทุกไตรมาส และสรุปผล…เมื่อสิ้นปีงบประมาณ", saved as one,
// quarterly) is split in two when its document is imported again over the saved plan. The part that
// reports as the saved one did (its cadence) keeps the saved number, and with it its reports; the
// other is a new follow-up. Before, the annual part took number 1 and the quarterly one was new.
import { describe, expect, it } from 'vitest';
import type { Cadence } from '../../shared/domain/due-rules.js';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importPlanDraft } from '../../shared/import/import-plan-draft.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { HEADER } from '../support/base-plan-rows.js';
import { tsv } from '../support/plan-table-files.js';

const options = { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS };

async function reimported(text: string, savedCadence: Cadence) {
  const row = ['ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ', '1. จัดทำคู่มือ', 'ตลอดปีงบประมาณ', text, 'กองคลัง'];
  const { document } = await readPlanFile(tsv([HEADER, row]));
  const saved = structuredClone(importPlanDraft(document, options, undefined).plan);
  const measure = saved.measures[0]!;
  // as saved before the split: one follow-up of the whole text
  measure.followUps = [{ ...measure.followUps[0]!, followUpNo: 1, text, cadence: savedCadence }];
  const again = importPlanDraft(document, options, saved);
  return again.plan.measures[0]!.followUps.map((f) => [f.followUpNo, f.cadence]);
}

describe('a saved follow-up now split in two keeps its number in the part of its cadence', () => {
  it.each([
    [
      'รายงานผลทุกไตรมาส และสรุปผลการดำเนินงานเมื่อสิ้นปีงบประมาณ',
      'quarterly',
      [
        [1, 'quarterly'],
        [2, 'annual'],
      ],
    ],
    // neighbours: the saved cadence in the second part, and a "/" between the parts
    [
      'รายงานผลทุกไตรมาส และสรุปผลการดำเนินงานเมื่อสิ้นปีงบประมาณ',
      'annual',
      [
        [2, 'quarterly'],
        [1, 'annual'],
      ],
    ],
    [
      'รายงานทุกเดือน / สรุปผลประจำปี',
      'monthly',
      [
        [1, 'monthly'],
        [2, 'annual'],
      ],
    ],
  ] as const)('"%s" saved as %s', async (text, cadence, expected) => {
    expect(await reimported(text, cadence)).toEqual(expected);
  });
});
