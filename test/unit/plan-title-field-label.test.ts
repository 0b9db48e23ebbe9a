// Review 17 s17, S17-12: PUT /plan's field messages called the plan's title "ชื่อหลักฐาน" (the
// label of an evidence item's title), so a coordinator read about evidence while saving a plan.
import { describe, expect, it } from 'vitest';
import { ReplacePlanBody } from '../../shared/api/request-schemas.js';
import { ValidationError } from '../../shared/domain/errors.js';
import { fieldLabel } from '../../shared/domain/field-labels.js';
import { parseOrThrow } from '../../shared/domain/validation-messages.js';

/** The field messages `schema` gives for `body`. */
function refused(schema: Parameters<typeof parseOrThrow>[0], body: unknown) {
  try {
    parseOrThrow(schema, body, 'body');
  } catch (e) {
    if (e instanceof ValidationError) return e.fields;
    throw e;
  }
  throw new Error('taken');
}

const measure = {
  measureId: 'i4',
  order: 1,
  indicator: 4,
  title: 'มาตรการป้องกันการใช้ทรัพย์สินของราชการ',
  followUps: [{ followUpNo: 1, text: 'รายงานทุกเดือน', cadence: 'monthly', audience: ['meeting'] }],
  responsible: { allUnits: false, unitIds: ['finance'], text: 'กองคลัง' },
};

describe("the plan's title is named as the plan's title in PUT /plan's messages", () => {
  it.each([
    ['a list', ['x']],
    ['a number', 2566],
    ['1,001 characters', 'ก'.repeat(1001)],
  ])('a title sent as %s is refused on body.title as ชื่อแผนมาตรการ, not as evidence', (_what, title) => {
    const [field, ...rest] = refused(ReplacePlanBody, { format: 'json', title, measures: [measure] });
    expect(rest).toEqual([]);
    expect(field).toMatchObject({ path: 'body.title' });
    expect(field!.message_th).toContain('ชื่อแผนมาตรการ');
    expect(field!.message_th).not.toContain('หลักฐาน');
    expect(field!.message_en).toContain('plan title');
  });

  it("still names a measure's title ชื่อมาตรการ and an evidence link's title ชื่อหลักฐาน", () => {
    const [m] = refused(ReplacePlanBody, { format: 'json', measures: [{ ...measure, title: ['x'] }] });
    expect(m!.message_th).toContain('ชื่อมาตรการ');
    expect(fieldLabel(['body', 'evidence', 0, 'title'])).toEqual({ th: 'ชื่อหลักฐาน', en: 'title' });
  });
});
