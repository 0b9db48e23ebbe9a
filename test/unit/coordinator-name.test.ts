// The coordinators are "คณะทำงาน ITA" everywhere a person reads of them (DESIGN.md's roles, the
// page's role labels, its "หน้านี้เปิดให้เฉพาะคณะทำงาน ITA"): tester s37 (P3) found the coordinators'
// escalation subject "[ITA] ผู้ประสานงาน ITA: …", and the returned email, the closed unit's line in
// the summaries (no longer written since session 44: a closed unit is not listed), the API's refusals and the obligation label said "ผู้ประสานงาน". The emails' cases are
// in reminder-email.test.ts, escalation-greeting.test.ts and daily-pass.test.ts.
import { describe, expect, it } from 'vitest';
import {
  assertCanGenerateDocuments,
  assertCanReadOrgWide,
  assertCoordinator,
  type Caller,
} from '../../shared/domain/access.js';
import { ForbiddenError } from '../../shared/domain/errors.js';
import { ROLE_LABELS } from '../../shared/domain/status-labels.js';
import { summaryGreetingTh } from '../../shared/mail/summary-email.js';

/** A staff member of กองคลัง, as the API sees them. */
const staff: Caller = { personId: 'p1', orgId: 'demo', unitId: 'finance', roles: ['staff'], headOfUnit: false };

/** The Thai message of the refusal `check` throws. */
function refusal(check: () => void): string {
  try {
    check();
  } catch (error) {
    expect(error).toBeInstanceOf(ForbiddenError);
    return (error as ForbiddenError).message_th;
  }
  throw new Error('expected a refusal');
}

describe('the coordinators are named คณะทำงาน ITA, as the page names them', () => {
  it('is the role label the page uses', () => expect(ROLE_LABELS.coordinator).toBe('คณะทำงาน ITA'));

  it("the coordinators' summaries' greeting and the API's refusals (neighbours)", () => {
    expect(summaryGreetingTh({ reader: 'coordinator', orgName: 'เทศบาลตำบลดอนอะระง' })).toBe(
      'เรียน คณะทำงาน ITA เทศบาลตำบลดอนอะระง',
    );
    expect(refusal(() => assertCoordinator(staff))).toBe('เฉพาะคณะทำงาน ITA เท่านั้น');
    expect(refusal(() => assertCanReadOrgWide(staff))).toBe('เฉพาะคณะทำงาน ITA และผู้บริหารเท่านั้น');
    expect(refusal(() => assertCanGenerateDocuments(staff))).toBe('เฉพาะคณะทำงาน ITA เท่านั้นที่สั่งจัดทำเอกสารได้');
  });
});
