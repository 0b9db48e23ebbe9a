// Review 17 s20's low note, issue 17 item 2 (session 21): a JSON key "__proto__" in a unit's first
// months (`responsible.unitFirstMonths`, a follow-up's `unitFirstMonths`) was answered 200 and
// silently dropped: zod's record skips that key before its key schema sees it. The plan's maps now
// refuse every name a JavaScript object has as a member ("__proto__", "constructor", "prototype":
// OBJECT_MEMBER_NAMES, the one list ids and map keys are checked against) on the key's own path.
import { describe, expect, it } from 'vitest';
import { ReplacePlanBody } from '../../shared/api/request-schemas.js';
import { ValidationError } from '../../shared/domain/errors.js';
import { MeasureId, OBJECT_MEMBER_NAMES, OrgId, UnitId } from '../../shared/domain/ids.js';
import { parseOrThrow } from '../../shared/domain/validation-messages.js';

/** A PUT /plan body of one measure, its first months as JSON text (own keys as a caller sends them). */
const body = (responsibleMonths: string | undefined, followUpMonths: string | undefined) =>
  `{"format":"json","measures":[{"measureId":"i4","order":1,"indicator":4,"title":"มาตรการหนึ่ง",` +
  `"followUps":[{"followUpNo":1,"text":"รายงานทุกเดือน","cadence":"monthly"` +
  (followUpMonths ? `,"unitFirstMonths":${followUpMonths}` : '') +
  `}],"responsible":{"allUnits":false,"unitIds":["finance","engineering"],"text":"กองคลัง"` +
  (responsibleMonths ? `,"unitFirstMonths":${responsibleMonths}` : '') +
  `}}]}`;

/** The fields PUT /plan's body check answers for `json`, or [] when it takes it. */
function refused(json: string) {
  try {
    parseOrThrow(ReplacePlanBody, JSON.parse(json), 'body');
    return [];
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    return e.fields;
  }
}

describe('a unit’s first months keyed by a name every object has are refused on that key', () => {
  it('"__proto__" in the measure’s first months: 400 on its path, Thai first, not dropped', () => {
    const fields = refused(body('{"__proto__":"2023-01"}', undefined));
    expect(fields).toEqual([
      {
        path: 'body.measures.0.responsible.unitFirstMonths.__proto__',
        message_th: expect.stringContaining('ใช้ "__proto__" เป็นรหัสในช่องนี้ไม่ได้') as string,
        message_en: expect.stringContaining('"__proto__" cannot be a key here') as string,
      },
    ]);
    expect(fields[0]!.message_th).toMatch(/^มาตรการลำดับที่ ๑ \(i4\)/);
  });

  it('"__proto__" beside a unit’s own month in a follow-up’s first months', () => {
    const fields = refused(body(undefined, '{"finance":"2023-02","__proto__":{"engineering":"2023-03"}}'));
    expect(fields.map((f) => f.path)).toEqual(['body.measures.0.followUps.0.unitFirstMonths.__proto__']);
  });

  it('"constructor" and "prototype" by the same rule, each on its own path', () => {
    const fields = refused(body('{"constructor":"2023-01","prototype":"2023-01"}', '{"__proto__":"2023-01"}'));
    expect(fields.map((f) => f.path).sort()).toEqual([
      'body.measures.0.followUps.0.unitFirstMonths.__proto__',
      'body.measures.0.responsible.unitFirstMonths.constructor',
      'body.measures.0.responsible.unitFirstMonths.prototype',
    ]);
    for (const f of fields) expect(f.message_en).toContain('cannot be a key here');
  });

  it('takes first months keyed by the org’s units', () => {
    expect(refused(body('{"engineering":"2023-01"}', '{"finance":"2023-02"}'))).toEqual([]);
  });

  it('no org, unit or measure id is such a name (the same list)', () => {
    for (const schema of [OrgId, UnitId, MeasureId])
      for (const name of OBJECT_MEMBER_NAMES) expect(schema.safeParse(name).success, name).toBe(false);
  });
});
