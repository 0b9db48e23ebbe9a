// Review 17 s19, S19-1: ids key stored maps (a unit's first month), and the DynamoDB marshaller
// refuses a map with the key "constructor" (500), so no org, unit or measure may be called that.
import { describe, expect, it } from 'vitest';
import { MeasureId, OrgId, UnitId } from '../../shared/domain/ids.js';
import { Responsibility } from '../../shared/domain/plan.js';
import { fieldMessages } from '../../shared/domain/validation-messages.js';

describe('slug ids', () => {
  it('an org, unit or measure cannot be called "constructor"; names that only contain it can', () => {
    for (const schema of [OrgId, UnitId, MeasureId]) {
      expect(schema.safeParse('constructor').success).toBe(false);
      for (const ok of ['constructors', 'road-constructor', 'finance', 'i1'])
        expect(schema.safeParse(ok).success).toBe(true);
    }
  });

  it('a first month keyed by "constructor" is refused on that key, in Thai and English', () => {
    const result = Responsibility.safeParse({
      allUnits: false,
      unitIds: ['finance'],
      unitFirstMonths: JSON.parse('{"constructor":"2023-01"}') as unknown,
      text: 'กองคลัง',
    });
    expect(result.success).toBe(false);
    const [field] = fieldMessages(result.error!, 'body.responsible');
    expect(field?.path).toBe('body.responsible.unitFirstMonths.constructor');
    expect(field?.message_th).toMatch(/[ก-๙]/);
  });
});
