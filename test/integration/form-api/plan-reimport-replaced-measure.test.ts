// Review 17 s19, S19-3: a revised file that replaced a reported measure with a new one sharing only
// its cadence gave the new measure the saved id: the preview, the save (200) and the CLI alike, and
// the report answered the new measure while the guard never saw a removal. The new measure now gets
// a new id, and every way of saving the file (the page's JSON, the document, the CLI) meets the
// guard: the reported measure cannot be removed (409, Thai first), its report stays with it.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { ConflictError } from '../../../shared/domain/errors.js';
import type { Measure } from '../../../shared/domain/plan.js';
import type { ImportWarning } from '../../../shared/import/import-warning.js';
import { readTextDocument } from '../../../shared/import/source-document.js';
import { importPlan } from '../../../shared/use-cases/import-plan.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { previewPlanText } from '../../support/plan-requests.js';
import { ownObligation } from '../../support/route-requests.js';
import { SEED_DOCUMENT } from '../../support/seed-plan.js';

let f: ApiFixture;
const fy = 2566; // the fixture's saved seed plan: i4 … i10, version 1
/** The seed i4's own wording of its monthly meeting report, the follow-up กองคลัง reports on (i4.f2). */
const MEETING = '๒. มีการรายงานผลใน ที่ประชุมให้คณะ ผู้บริหารและหัวหน้า ส่วนราชการทราบเป็น ประจำทุกเดือน';
const REPORT = 'รายงานการใช้ทรัพย์สินของราชการต่อที่ประชุมแล้ว';

beforeAll(async () => {
  f = await createApiFixture();
  const res = await call(f.handler, {
    method: 'PUT',
    path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', { fy, obligationId: ownObligation(0) }),
    as: who.financeStaff,
    body: { progress: 'done', summary: REPORT },
  });
  expect(res.status).toBe(200);
});
afterAll(async () => f?.close());

/** The seed with its i4 row (state property, reported on) replaced by a vehicles measure with the same meeting report. */
const replaced = (() => {
  const lines = readFileSync(SEED_DOCUMENT, 'utf8').split('\n');
  const i4 = lines.findIndex((l) => l.startsWith('๑. ตัวชี้วัดที่๔'));
  const row = [
    'ตัวชี้วัดที่ ๔ การใช้รถยนต์ส่วนกลางอย่างคุ้มค่า',
    'จัดทำสมุดบันทึกการใช้รถ',
    'ตลอดปีงบประมาณ',
    `๑. ${MEETING.slice(3)}`,
    'ทุกกองงาน',
  ];
  return [...lines.slice(0, i4), row.join('\t'), ...lines.slice(i4 + 1)].join('\n');
})();

const expectReportKept = async () => {
  const october = await call(f.handler, {
    method: 'GET',
    path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}', { fy, obligationId: ownObligation(0) }),
    as: who.financeStaff,
  });
  expect(october.body.measureTitle).toContain('ทรัพย์สินของทางราชการ');
  expect(october.body.latestReport.summary).toBe(REPORT);
};

describe('a revised file replacing a reported measure with one sharing only its cadence', () => {
  let preview: { plan: { measures: Measure[] }; warnings: ImportWarning[] };

  it('previews the new measure under a new id and names the reported i4 among the removed', async () => {
    const res = await previewPlanText(f, replaced, fy);
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    preview = res.body;
    const ids = preview.plan.measures.map((m) => m.measureId);
    expect(ids).not.toContain('i4');
    expect(preview.plan.measures.find((m) => m.title.includes('รถยนต์ส่วนกลาง'))!.measureId).toBe('i4-2');
    const notice = preview.warnings.find((w) => w.code === 'file-over-saved-plan')!;
    expect(notice.message_en).toContain('1 saved measure is not in this file (i4)');
    expect(preview.warnings.map((w) => w.code)).not.toContain('measure-indicator-moved');
  });

  it("refuses the page's save of that preview (409, Thai first) and the report stays with i4", async () => {
    const res = await call(f.handler, {
      method: 'PUT',
      path: apiPath('/v1/fiscal-years/{fy}/plan', { fy }),
      as: who.coordinator,
      body: { format: 'json', measures: preview.plan.measures, expectedVersion: 1 },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message_th).toContain('มีรายงานผลแล้ว ๑ ฉบับ');
    expect(JSON.stringify(res.body.error.fields)).toContain('ลบออกจากแผนไม่ได้');
    await expectReportKept();
  });

  it('refuses the document saved as such, and the CLI import of it, alike', async () => {
    const res = await call(f.handler, {
      method: 'PUT',
      path: apiPath('/v1/fiscal-years/{fy}/plan', { fy }),
      as: who.coordinator,
      body: { format: 'document', text: replaced },
    });
    expect(res.status).toBe(409);
    const cli = importPlan(f.repos, {
      orgId: 'demo',
      fy,
      document: readTextDocument(replaced),
      actor: 'test',
      now: new Date('2022-11-05T03:00:00Z'),
      confirmRemovals: true,
    });
    await expect(cli).rejects.toBeInstanceOf(ConflictError);
    await expect(cli).rejects.toMatchObject({ message_th: expect.stringContaining('มีรายงานผลแล้ว ๑ ฉบับ') });
    await expectReportKept();
  });
});
