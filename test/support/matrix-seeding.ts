// What the authorization matrices' permitted cells need beyond reports: a cited evidence file,
// one calendar feed per caller, and a live feed whose link calendarFile opens.
import { createHash } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { expect } from 'vitest';
import { CalendarFeedRepository } from '../../shared/store/calendar-feed-repository.js';
import { ReportRepository } from '../../shared/store/report-repository.js';
import type { ApiFixture } from './api-fixture.js';
import { addInvitedUser } from './cognito-stub.js';
import { who } from './api-fixture.js';
import {
  EVIDENCE_OBLIGATION,
  MATRIX_CALENDAR_TOKEN,
  MATRIX_CLOCK,
  MATRIX_EVIDENCE_KEY,
  MATRIX_SIGNED_UPLOAD,
  matrixFeedId,
} from './route-requests.js';
import { signedCopyKey } from '../../shared/use-cases/signed-copy.js';
import { onePagePdf } from './pdf-file.js';

const orgOf = (personId: string) => (personId.startsWith('other-') ? 'other' : 'demo');

/** `subjects[i]`: the person of matrix cell i (undefined: no token, or no membership). */
export async function seedMatrixExtras(f: ApiFixture, subjects: (string | undefined)[]): Promise<void> {
  await new ReportRepository(f.store).saveVersion(
    { orgId: 'demo', fy: 2566, obligationId: EVIDENCE_OBLIGATION, unitId: 'finance' },
    {
      progress: 'done',
      summary: 'ดำเนินการแล้ว แนบรายงาน',
      obstacles: '',
      suggestions: '',
      evidence: [{ key: MATRIX_EVIDENCE_KEY, title: 'รายงาน.pdf' }],
    },
    { actor: who.financeStaff, now: MATRIX_CLOCK },
  );
  await f.s3.send(
    new PutObjectCommand({
      Bucket: f.bucket,
      Key: MATRIX_EVIDENCE_KEY,
      Body: '%PDF-1.4\n',
      ContentType: 'application/pdf',
    }),
  );
  // a signed copy uploaded for generation 1 of each document: attachSignedCopy's permitted cells attach it
  for (const kind of ['annual-report', 'plan-document'] as const)
    await f.s3.send(
      new PutObjectCommand({
        Bucket: f.bucket,
        Key: signedCopyKey(kind, 'demo', 2566, 1, MATRIX_SIGNED_UPLOAD),
        Body: onePagePdf('signed'),
        ContentType: 'application/pdf',
      }),
    );
  // an invitation never used: resendInvitation's permitted cells renew it
  addInvitedUser(f.cognito, `staff.engineering@${f.mailDomain}`, who.engineeringStaff);
  const feeds = new CalendarFeedRepository(f.store);
  const feed = (personId: string, feedId: string, token: string) =>
    feeds.create(
      {
        orgId: orgOf(personId),
        personId,
        feedId,
        label: 'ปฏิทินของฉัน',
        tokenHash: createHash('sha256').update(token).digest('hex'),
        createdAt: MATRIX_CLOCK.toISOString(),
      },
      10,
    );
  for (const [i, personId] of subjects.entries())
    if (personId) expect(await feed(personId, matrixFeedId(i), `matrix-token-of-cell-${i}-0123456789`)).toBe('created');
  expect(await feed(who.coordinator, 'matrix-calendar', MATRIX_CALENDAR_TOKEN)).toBe('created');
}
