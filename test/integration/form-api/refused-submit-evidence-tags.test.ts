// A refused submission writes nothing: the files it cites stay as they were (uncited files stay
// tagged evidence=pending and expire; files a stored version cites stay cited). Issue #16, B16.
import { GetObjectTaggingCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { MAX_REPORT_VERSIONS } from '../../../shared/domain/report-rules.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { uploadPdf } from '../../support/evidence-upload.js';

const fy = 2566;
let f: ApiFixture;
beforeAll(async () => (f = await createApiFixture()));
afterAll(async () => f?.close());

const tag = async (key: string) =>
  (await f.s3.send(new GetObjectTaggingCommand({ Bucket: f.bucket, Key: key }))).TagSet?.[0]?.Value;
const reportPath = (obligationId: string) =>
  apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', { fy, obligationId });
const submit = (obligationId: string, body: Record<string, unknown>) =>
  call(f.handler, { method: 'PUT', path: reportPath(obligationId), as: who.financeStaff, body });
const citing = (keys: string[], extra: Record<string, unknown> = {}) => ({
  progress: 'done',
  summary: 'แนบไฟล์',
  evidence: keys.map((key, i) => ({ key, title: `ไฟล์ ${i + 1}` })),
  ...extra,
});

/** Uploads a new file, cites it in a revision that must be refused, and expects it still pending. */
async function expectRefusalLeavesPending(obligation: string, fileName: string, expectedVersion: number) {
  const fresh = await uploadPdf(f, obligation, fileName);
  const refused = await submit(obligation, citing([fresh], { expectedVersion }));
  expect(refused.status, JSON.stringify(refused.body)).toBe(409);
  expect(await tag(fresh)).toBe('pending');
}

describe('a refused report leaves its files as they were', () => {
  it('a revision refused as stale (409) leaves its new file pending, so it still expires uncited', async () => {
    const obligation = 'i4.f2.2023-01.finance';
    expect((await submit(obligation, citing([]))).status).toBe(200);
    expect((await submit(obligation, citing([], { expectedVersion: 1 }))).status).toBe(200);
    const fresh = await uploadPdf(f, obligation, 'ไม่ควรถูกเก็บ.pdf');
    const stale = await submit(obligation, citing([fresh], { expectedVersion: 1 }));
    expect(stale.status).toBe(409);
    expect(stale.body.error.currentVersion ?? stale.body.currentVersion).toBe(2);
    expect(await tag(fresh)).toBe('pending');
    // a first submission of a report that exists already (no expectedVersion) is refused the same way
    const again = await submit(obligation, citing([fresh]));
    expect(again.status).toBe(409);
    expect(await tag(fresh)).toBe('pending');
  });

  it('a revision of an accepted report (409) leaves its new file pending', async () => {
    const obligation = 'i4.f2.2022-12.finance';
    expect((await submit(obligation, citing([]))).status).toBe(200);
    const accept = await call(f.handler, {
      method: 'POST',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/review', { fy, obligationId: obligation }),
      as: who.coordinator,
      body: { decision: 'accept' },
    });
    expect(accept.status, JSON.stringify(accept.body)).toBe(200);
    await expectRefusalLeavesPending(obligation, 'หลังตรวจรับ.pdf', 1);
  });

  it('a refused revision that also cites a file a stored version cites leaves that file cited', async () => {
    const obligation = 'i4.f2.2022-11.finance';
    const kept = await uploadPdf(f, obligation, 'ฉบับแรก.pdf');
    expect((await submit(obligation, citing([kept]))).status).toBe(200);
    expect((await submit(obligation, citing([kept], { expectedVersion: 1 }))).status).toBe(200);
    const fresh = await uploadPdf(f, obligation, 'ใหม่.pdf');
    const stale = await submit(obligation, citing([kept, fresh, kept], { expectedVersion: 1 }));
    expect(stale.status).toBe(409);
    expect(await tag(kept)).toBe('cited');
    expect(await tag(fresh)).toBe('pending');
  });

  it('a revision past the cap of versions (409) leaves its new file pending', async () => {
    const obligation = 'i4.f2.2022-10.finance';
    expect((await submit(obligation, citing([]))).status).toBe(200);
    for (let v = 1; v < MAX_REPORT_VERSIONS; v++) {
      expect((await submit(obligation, citing([], { expectedVersion: v }))).status).toBe(200);
    }
    await expectRefusalLeavesPending(obligation, 'เกินจำนวน.pdf', MAX_REPORT_VERSIONS);
  });

  it('an accepted revision still tags its files cited', async () => {
    const obligation = 'i4.f2.2023-03.finance';
    const fresh = await uploadPdf(f, obligation, 'ใช้จริง.pdf');
    expect((await submit(obligation, citing([fresh]))).status).toBe(200);
    expect(await tag(fresh)).toBe('cited');
  });
});
