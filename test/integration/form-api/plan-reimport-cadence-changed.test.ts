// Break attempt s27, L-1 (second part): a file read over a saved plan that only changes a reported
// follow-up's cadence words ("…ให้นายกเทศมนตรีทราบเป็นประจำทุกเดือน" now "…ทราบปีละครั้ง") was refused as if
// the follow-up had been deleted ("ลบออกจากแผนไม่ได้"): it took a new number. It now keeps its number,
// so the refusal, by the API and by the CLI importer alike, says the cadence changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError } from '../../../shared/domain/errors.js';
import { readTextDocument } from '../../../shared/import/source-document.js';
import { importPlan } from '../../../shared/use-cases/import-plan.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { putPlan } from '../../support/plan-requests.js';
import { putReport } from '../../support/report-requests.js';

let f: ApiFixture;
const fy = 2569; // the clock is 20 April 2026: October to March are reported
const now = new Date('2026-04-20T03:00:00Z');

const HEADER = ['ตัวชี้วัด', 'มาตรการ', 'การติดตามผล', 'ผู้รับผิดชอบ'];
const FOLLOW_UPS = {
  i4: 'รายงานผลการปฏิบัติงานในการจัดซื้อจัดจ้างให้นายกเทศมนตรีทราบเป็นประจำทุกเดือน',
  i9: 'รายงานผลการปรับปรุงเว็บไซต์ให้ผู้บริหารทราบทุกไตรมาส',
  i1: 'สรุปผลการดำเนินงานเสนอนายกเทศมนตรีรอบ 6 เดือน',
};
type FollowUps = typeof FOLLOW_UPS;

/** A three-measure plan as tab-separated text, its follow-ups changed by `change`. */
function planText(change: Partial<FollowUps> = {}): string {
  const t = { ...FOLLOW_UPS, ...change };
  return [
    'แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569',
    HEADER.join('\t'),
    ['ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ', 'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', t.i4, 'กองคลัง'].join('\t'),
    ['ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล', 'ปรับปรุงเว็บไซต์ให้เป็นปัจจุบัน', t.i9, 'กองช่าง'].join('\t'),
    ['ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่', 'จัดทำประกาศเจตจำนงสุจริต', t.i1, 'สำนักปลัด'].join('\t'),
  ].join('\n');
}

const report = async (as: string, obligationId: string) => {
  const res = await putReport(f, obligationId, { progress: 'done', summary: 'ดำเนินการแล้ว' }, { as, fy });
  expect(res.status, JSON.stringify(res.body.error)).toBe(200);
};

beforeAll(async () => {
  f = await createApiFixture({ now });
  const saved = await putPlan(f, { format: 'document', text: planText() }, fy);
  expect(saved.status, JSON.stringify(saved.body.error)).toBe(200);
  expect(saved.body.plan.measures.map((m: { measureId: string }) => m.measureId)).toEqual(['i4', 'i9', 'i1']);
  await report(who.financeStaff, 'i4.f1.2025-10.finance');
  await report(who.engineeringStaff, 'i9.f1.Q1.engineering');
  await report(who.clerkStaff, 'i1.f1.H1.clerk');
});
afterAll(async () => f?.close());

/** The refusal's fields when the file with `change` is saved through the API (409 expected). */
async function refusedByApi(change: Partial<FollowUps>) {
  const res = await putPlan(f, { format: 'document', text: planText(change) }, fy);
  expect(res.status).toBe(409);
  return res.body.error.fields as { path: string; message_th: string }[];
}

describe('a reported follow-up whose cadence words alone changed is refused as a cadence change', () => {
  it.each([
    ['i4', 'ทุกเดือน', 0, { i4: 'รายงานผลการปฏิบัติงานในการจัดซื้อจัดจ้างให้นายกเทศมนตรีทราบปีละครั้ง' }],
    ['i9', 'ทุกไตรมาส (ทุก ๓ เดือน)', 1, { i9: 'รายงานผลการปรับปรุงเว็บไซต์ให้ผู้บริหารทราบทุกเดือน' }],
    ['i1', 'ทุก ๖ เดือน', 2, { i1: 'สรุปผลการดำเนินงานเสนอนายกเทศมนตรีทุกไตรมาส' }],
  ] as const)(
    '%s: the API says its cadence cannot change from "%s", not that it was removed',
    async (_id, was, i, change) => {
      const [field, ...more] = await refusedByApi(change);
      expect(more).toEqual([]);
      expect(field!.path).toBe(`body.text.measures.${i}.followUps.0.cadence`);
      expect(field!.message_th).toContain(`เปลี่ยนรอบการรายงานจาก "${was}"`);
      expect(field!.message_th).not.toContain('ลบออกจากแผนไม่ได้');
    },
  );

  it('the CLI importer (--replace) refuses it the same way', async () => {
    const attempt = importPlan(f.repos, {
      orgId: 'demo',
      fy,
      document: readTextDocument(planText({ i4: 'รายงานผลการปฏิบัติงานในการจัดซื้อจัดจ้างให้นายกเทศมนตรีทราบปีละครั้ง' })),
      actor: 'test',
      now,
      confirmRemovals: true,
    });
    const error = (await attempt.catch((e: unknown) => e)) as ConflictError & { fields: { message_th: string }[] };
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.fields[0]!.message_th).toContain('เปลี่ยนรอบการรายงานจาก "ทุกเดือน"');
    expect(error.fields[0]!.message_th).not.toContain('ลบออกจากแผนไม่ได้');
  });
});
