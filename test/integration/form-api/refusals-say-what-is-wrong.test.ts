// Tester s50 (P3): three refusals that did not say what was wrong. An evidence item of a known kind
// missing a field is told on that field; an unknown unit filter is 400 as PUT /people's unit is; an
// enum's Thai message names its values in Thai words, each with the value to send.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type ApiRequest } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { currentMeasures } from '../../support/plan-requests.js';

let f: ApiFixture;
beforeAll(async () => {
  f = await createApiFixture();
});
afterAll(async () => f?.close());

const base = '/v1/fiscal-years/2566';

/** Refused with `status`, exactly these fields (path, Thai, English), and nothing written. */
async function expectFields(req: ApiRequest, status: number, fields: [string, string, string][]) {
  const before = await f.dump();
  const res = await call(f.handler, req);
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.error.fields).toEqual(
    fields.map(([path, message_th, message_en]) => ({ path, message_th, message_en })),
  );
  expect(await f.dump()).toBe(before);
}

describe('an evidence item of a known kind missing a field is told on that field', () => {
  const report = (evidence: unknown[]): ApiRequest => ({
    method: 'PUT',
    path: `${base}/obligations/i4.f2.2023-04.finance/report`,
    as: who.financeStaff,
    body: { progress: 'done', summary: 'ทดสอบ', evidence },
  });
  const TITLE_MISSING = ['กรุณากรอกชื่อหลักฐาน', 'title is required'] as const;
  const FILE = 'demo/2566/evidence/i4.f2.2023-04.finance/1-a.pdf';

  it('an empty title and a missing one get the same message on …title', async () => {
    await expectFields(report([{ url: 'https://example.org/a.pdf', title: '' }]), 400, [
      ['body.evidence.0.title', ...TITLE_MISSING],
    ]);
    await expectFields(report([{ url: 'https://example.org/a.pdf' }]), 400, [
      ['body.evidence.0.title', ...TITLE_MISSING],
    ]);
  });

  it('an uploaded file without a title: 400 on its title', async () => {
    await expectFields(report([{ url: 'https://example.org/a.pdf', title: 'ก' }, { key: FILE }]), 400, [
      ['body.evidence.1.title', ...TITLE_MISSING],
    ]);
  });

  it('an uploaded file whose title is a number: 400 on its title, saying it must be text', async () => {
    await expectFields(report([{ key: FILE, title: 5 }]), 400, [
      ['body.evidence.0.title', 'ชื่อหลักฐานต้องเป็นข้อความ', 'title must be text'],
    ]);
  });

  it('a link whose address is not text: 400 on its url', async () => {
    const res = await call(f.handler, report([{ url: 7, title: 'ภาพกิจกรรม' }]));
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((x: { path: string }) => x.path)).toEqual(['body.evidence.0.url']);
  });

  it('an item of no known kind (a title alone) is still told on the item', async () => {
    await expectFields(report([{ title: 'ภาพกิจกรรม' }]), 400, [
      ['body.evidence.0', 'หลักฐานไม่ถูกต้อง', 'evidence does not match any allowed shape'],
    ]);
  });
});

describe('an unknown unit filter on the obligations list is 400 on query.unit, as PUT /people says it', () => {
  const list = (query: Record<string, string>, as: string = who.coordinator): ApiRequest => ({
    method: 'GET',
    path: `${base}/obligations`,
    as,
    query,
  });
  const noUnit = (id: string): [string, string, string] => [
    'query.unit',
    `ไม่มีหน่วยงานรหัส "${id}" ในองค์กรนี้ (รหัสที่มี: clerk, education, engineering, finance, health)`,
    `there is no unit "${id}" in this organisation (its units: clerk, education, engineering, finance, health)`,
  ];

  it.each([
    ['the coordinator, ?unit=nope', { unit: 'nope' }, who.coordinator],
    ['the coordinator, a typo with other filters', { unit: 'financ', status: 'due' }, who.coordinator],
    ['an executive, ?unit=welfar', { unit: 'welfar' }, who.executive],
  ])('%s', async (_name, query, as) => {
    await expectFields(list(query, as), 400, [noUnit(query.unit)]);
  });

  it('a known unit still filters as before', async () => {
    const res = await call(f.handler, list({ unit: 'finance' }));
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.every((o: { unitId: string }) => o.unitId === 'finance')).toBe(true);
  });

  it('staff naming a unit not theirs are still refused 403, known or not', async () => {
    expect((await call(f.handler, list({ unit: 'nope' }, who.financeStaff))).status).toBe(403);
    expect((await call(f.handler, list({ unit: 'engineering' }, who.financeStaff))).status).toBe(403);
  });

  it('a deactivated unit still filters: its past obligations are real', async () => {
    for (const [path, body] of [
      [`/v1/people/${who.engineeringStaff}`, { active: false }],
      ['/v1/units/engineering', { active: false }],
    ] as const) {
      const res = await call(f.handler, { method: 'PUT', path, as: who.coordinator, body });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    const res = await call(f.handler, list({ unit: 'engineering', limit: '200' }));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.every((o: { unitId: string }) => o.unitId === 'engineering')).toBe(true);
  });
});

describe('a value not among its choices: the Thai message names each in Thai, with the value to send', () => {
  it('POST …/annual-report?scope=quarter', async () => {
    await expectFields(
      { method: 'POST', path: `${base}/annual-report`, as: who.coordinator, query: { scope: 'quarter' } },
      400,
      [
        [
          'query.scope',
          'ช่วงของรายงานต้องเป็น ทั้งปี (year), รอบ ๖ เดือนแรก (half-year)',
          'report scope must be one of: year, half-year',
        ],
      ],
    );
  });

  it('GET …/obligations?status=late', async () => {
    await expectFields(
      { method: 'GET', path: `${base}/obligations`, as: who.coordinator, query: { status: 'late' } },
      400,
      [
        [
          'query.status',
          'สถานะต้องเป็น ยังไม่ถึงรอบรายงาน (upcoming), รอรายงาน (due), เลยกำหนด (overdue), ส่งแล้ว รอตรวจ (submitted), ตรวจรับแล้ว (accepted), ส่งกลับให้แก้ไข (returned)',
          'status must be one of: upcoming, due, overdue, submitted, accepted, returned',
        ],
      ],
    );
  });

  it('PUT /plan with format xml', async () => {
    await expectFields(
      { method: 'PUT', path: `${base}/plan`, as: who.coordinator, body: { format: 'xml', text: 'แผน' } },
      400,
      [
        [
          'body.format',
          'รูปแบบต้องเป็น ข้อความเอกสาร (document), รายการมาตรการ (json)',
          'format must be one of: document, json',
        ],
      ],
    );
  });

  it.each([
    ['PUT /plan', 'PUT', 'plan', (measures: unknown[]) => ({ format: 'json', measures })],
    ['POST …/plan-checks', 'POST', 'plan-checks', (measures: unknown[]) => ({ measures })],
  ] as const)('%s with a weekly cadence and an audience "council"', async (_name, method, route, body) => {
    const [measure] = await currentMeasures(f);
    const followUp = { ...measure!.followUps[0]!, cadence: 'weekly', audience: ['council'] };
    await expectFields(
      { method, path: `${base}/${route}`, as: who.coordinator, body: body([{ ...measure, followUps: [followUp] }]) },
      400,
      [
        [
          'body.measures.0.followUps.0.cadence',
          'มาตรการลำดับที่ ๑ (i4) การติดตามผลรายการที่ ๑: รอบการรายงานต้องเป็น ทุกเดือน (monthly), ทุกไตรมาส (quarterly), ทุก ๖ เดือน (semiannual), เดือนเมษายน และ กันยายน (april-september), ประจำปี (annual), ครั้งเดียว (once), ไม่ระบุ (unspecified) (ค่าที่ส่งมา: "weekly")',
          'measure 1 (i4), follow-up 1: reporting cadence must be one of: monthly, quarterly, semiannual, april-september, annual, once, unspecified (sent: "weekly")',
        ],
        [
          'body.measures.0.followUps.0.audience.0',
          'มาตรการลำดับที่ ๑ (i4) การติดตามผลรายการที่ ๑ ผู้รับรายงานรายการที่ ๑: ผู้รับรายงานต้องเป็น ที่ประชุมประจำเดือน (meeting), นายกเทศมนตรี (mayor), ผู้บริหาร (executives), ผู้บังคับบัญชา (supervisors), หัวหน้าส่วนราชการ (unit-heads) (ค่าที่ส่งมา: "council")',
          'measure 1 (i4), follow-up 1, audience 1: audience must be one of: meeting, mayor, executives, supervisors, unit-heads (sent: "council")',
        ],
      ],
    );
  });
});
