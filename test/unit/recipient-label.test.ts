// Who an email went to, as the coordinators' digest and the operator's preview name them: by the role
// the person gets it in, or by unit (recipientLabel). s46 re-check: the executives' escalation and an
// executive's undeliverable reminder named her unit ("นางวิไล ศรีสุข (สำนักปลัดเทศบาล)").
import { describe, expect, it } from 'vitest';
import type { Person } from '../../shared/domain/organisation.js';
import { recipientLabel } from '../../shared/jobs/failed-mail-lines.js';

const person = (name: string, unitId: string, roles: Person['roles']): Person => ({
  orgId: 'demo',
  personId: name,
  email: `${name}@example.org`,
  name,
  unitId,
  roles,
  headOfUnit: false,
  active: true,
});
const units = new Map([
  ['clerk', 'สำนักปลัดเทศบาล'],
  ['finance', 'กองคลัง'],
]);
const wilai = person('นางวิไล ศรีสุข', 'clerk', ['executive']);
const kanda = person('นางกานดา มีสุข', 'finance', ['staff', 'executive']);
const head = person('ผู้อำนวยการกองคลัง', 'finance', ['staff']);

describe("an email's recipient, named by the role they get it in", () => {
  it("the executives' escalation to an executive placed in สำนักปลัด: (ผู้บริหาร)", () => {
    expect(recipientLabel('reminder', wilai, units, 'w***', 'escalation-executive')).toBe('นางวิไล ศรีสุข (ผู้บริหาร)');
  });

  it('an undeliverable reminder mark (no stage) of an executive who is not staff: (ผู้บริหาร)', () => {
    expect(recipientLabel('reminder', wilai, units, 'w***')).toBe('นางวิไล ศรีสุข (ผู้บริหาร)');
  });

  it("one both staff and executive: the executives' escalation by role, a staff reminder by unit", () => {
    expect(recipientLabel('reminder', kanda, units, 'k***', 'escalation-executive')).toBe('นางกานดา มีสุข (ผู้บริหาร)');
    expect(recipientLabel('reminder', kanda, units, 'k***', 'overdue')).toBe('นางกานดา มีสุข (กองคลัง)');
    expect(recipientLabel('reminder', kanda, units, 'k***')).toBe('นางกานดา มีสุข (กองคลัง)');
  });

  it("a unit head's escalation stays by unit; a person gone, their masked address", () => {
    expect(recipientLabel('reminder', head, units, 'h***', 'escalation-head')).toBe('ผู้อำนวยการกองคลัง (กองคลัง)');
    expect(recipientLabel('reminder', undefined, units, 'h***', 'escalation-executive')).toBe('h***');
  });
});
