// The page offers the year's documents history (ประวัติเอกสาร) to exactly those the API lets read it:
// the page's rule (web/src/caller.ts) and the route's access (shared/api/routes.ts, documentsAudit).
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../shared/api/routes.js';
import type { Role } from '../../shared/domain/organisation.js';
import type { Me } from '../../web/src/api-types.js';
import { callerOf, mayReadDocumentsHistory } from '../../web/src/caller.js';

const person = (roles: Role[]) =>
  ({
    personId: 'p1',
    org: { orgId: 'demo', name: 'เทศบาลตำบลดอนอรัญ' },
    unit: roles.includes('staff') ? { unitId: 'finance', name: 'กองคลัง' } : null,
    roles,
    headOfUnit: false,
    actingHeadOf: [],
    alsoStaffOf: [],
  }) as unknown as Me;

/** whether GET …/documents/audit answers this person rather than refusing (403) */
const apiLets = (me: Me) => {
  try {
    ROUTES.documentsAudit.access(callerOf(me));
    return true;
  } catch {
    return false;
  }
};

describe('who is offered the documents history', () => {
  it.each([
    [['coordinator'], true],
    [['executive'], true],
    [['staff'], false],
    [['admin'], false],
    [['staff', 'coordinator'], true],
    [['admin', 'executive'], true],
  ] as [Role[], boolean][])('%j: offered %s, as the API answers', (roles, offered) => {
    const me = person(roles);
    expect(mayReadDocumentsHistory(me)).toBe(offered);
    expect(apiLets(me)).toBe(offered);
  });
});
