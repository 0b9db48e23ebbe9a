// Where the page opens after sign-in (#/): the screen of the person's own work, not a dead end.
import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/domain/organisation.js';
import type { Me } from '../../web/src/api-types.js';
import { homeFor } from '../../web/src/layout.js';

const person = (roles: Role[]) =>
  ({
    personId: 'p1',
    org: { orgId: 'demo', name: 'เทศบาลตำบลดอนอะระง' },
    unit: roles.includes('staff') ? { unitId: 'finance', name: 'กองคลัง' } : null,
    roles,
    headOfUnit: false,
    actingHeadOf: [],
    alsoStaffOf: [],
    fiscalYear: 2566,
    planYears: [2566],
  }) as unknown as Me;

describe('the page opens each person on their own work', () => {
  it('an admin with no unit opens on ผู้ใช้งานและหน่วยงาน, not "no unit: contact the admin" (their own role)', () => {
    expect(homeFor(person(['admin']))).toBe('#/people');
  });

  it('staff open on their unit’s work, an admin who is staff too as well', () => {
    expect(homeFor(person(['staff']))).toBe('#/fy/2566');
    expect(homeFor(person(['staff', 'admin']))).toBe('#/fy/2566');
  });

  it('an executive opens on the overview, an admin who is an executive too as well', () => {
    expect(homeFor(person(['executive']))).toBe('#/fy/2566/overview');
    expect(homeFor(person(['admin', 'executive']))).toBe('#/fy/2566/overview');
  });
});
