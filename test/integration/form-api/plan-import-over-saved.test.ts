// Review 17 s14, S14-17: a file read over a year's saved plan that lacks saved measures (a PDF whose
// table ended at the first page break) said nothing of the six saved measures the save would
// remove; the page's copy of last year's plan did (copy-over-saved-plan). The preview now says it.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportWarning } from '../../../shared/import/import-warning.js';
import { createApiFixture, type ApiFixture } from '../../support/api-fixture.js';
import { previewPlanText } from '../../support/plan-requests.js';
import { SEED_DOCUMENT } from '../../support/seed-plan.js';

let f: ApiFixture;
const fy = 2566; // the fixture's saved seed plan: i4 … i10, version 1

beforeAll(async () => {
  f = await createApiFixture();
});
afterAll(async () => f?.close());

const SEED = readFileSync(SEED_DOCUMENT, 'utf8').split('\n');
/** The seed's plan table row of a measure ("๑. ตัวชี้วัดที่๔ …", "<b>๕. ตัวชี้วัดที่ ๘ …"). */
const rowOf = (no: string) => SEED.findIndex((l) => new RegExp(`^(<b>)?${no}\\. `).test(l) && l.includes('ตัวชี้วัด'));

/** The seed without the plan rows (and their repeated headers) of the measures numbered `nos`. */
function seedWithout(...nos: string[]): string {
  const gone = new Set(nos.flatMap((no) => [rowOf(no) - 1, rowOf(no)]));
  return SEED.filter((_, i) => !gone.has(i)).join('\n');
}

const preview = async (text: string) => {
  const res = await previewPlanText(f, text, fy);
  expect(res.status, JSON.stringify(res.body.error)).toBe(200);
  return res.body as { plan: { measures: { measureId: string }[] }; warnings: ImportWarning[] };
};

describe('a file previewed over the saved plan', () => {
  it('names the six saved measures a file with one measure would remove, first among its warnings', async () => {
    const body = await preview(SEED.slice(0, rowOf('๒') - 1).join('\n'));
    expect(body.plan.measures.map((m) => m.measureId)).toEqual(['i4']);
    const notice = body.warnings[0]!;
    expect(notice.code).toBe('file-over-saved-plan');
    expect(notice.message_th).toContain('ปีงบประมาณ ๒๕๖๖ มีแผนที่บันทึกไว้แล้ว (ฉบับที่ ๑, ๗ มาตรการ)');
    expect(notice.message_th).toContain('มาตรการ ๑ ข้อตรงกับที่บันทึกไว้จึงใช้รหัสเดิม (i4)');
    expect(notice.message_th).toMatch(/มาตรการที่บันทึกไว้ ๖ ข้อไม่มีในไฟล์นี้ \(i5 ".+"; i6 .+; i10 ".+"\) จะถูกลบเมื่อบันทึก/);
    expect(notice.message_en).toContain('6 saved measures are not in this file (i5, i6, i7, i8, i9, i10)');
  });

  it('names the one saved measure a file without it would remove', async () => {
    const body = await preview(seedWithout('๕'));
    expect(body.plan.measures).toHaveLength(6);
    const notices = body.warnings.filter((w) => w.code === 'file-over-saved-plan');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message_th).toContain('มาตรการ ๖ ข้อตรงกับที่บันทึกไว้');
    expect(notices[0]!.message_th).toMatch(/มาตรการที่บันทึกไว้ ๑ ข้อไม่มีในไฟล์นี้ \(i8 "[^"]*การ[^"]*"\)/);
    expect(notices[0]!.message_en).toContain('1 saved measure is not in this file (i8)');
  });

  it('says nothing of the saved plan when the file keeps every saved measure and adds one', async () => {
    const i4 = rowOf('๑');
    const added = [
      'ตัวชี้วัดที่ ๔ การใช้รถยนต์ส่วนกลางอย่างคุ้มค่า',
      'จัดทำสมุดบันทึกการใช้รถ',
      'ตลอดปีงบประมาณ',
      '๑. รายงานการใช้รถยนต์ส่วนกลางต่อผู้บริหารทุกเดือน',
      'ทุกกองงาน',
    ].join('\t');
    const body = await preview([...SEED.slice(0, i4), added, ...SEED.slice(i4)].join('\n'));
    expect(body.plan.measures).toHaveLength(8);
    expect(body.warnings.map((w) => w.code)).not.toContain('file-over-saved-plan');
  });
});
