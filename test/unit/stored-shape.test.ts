// storedShape: a schema's structure without its content rules, for items written under older rules.
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { Measure } from '../../shared/domain/plan.js';
import { storedShape } from '../../shared/store/stored-shape.js';

const Item = z
  .object({
    title: z.string().trim().max(5).pipe(z.string().min(1)),
    tags: z
      .array(z.string().regex(/^[a-z]+$/))
      .max(1)
      .default([]),
    kind: z.enum(['a', 'b']),
    part: z
      .discriminatedUnion('k', [
        z.object({ k: z.literal('x'), n: z.number().int().min(10) }),
        z.object({ k: z.literal('y') }),
      ])
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.tags.length === 0) ctx.addIssue({ code: 'custom', message: 'a tag is required' });
  });

describe('storedShape', () => {
  it('reads what breaks lengths, patterns, ranges and refinements at any depth', () => {
    const old = { title: '  far too long a title  ', tags: ['NOT', 'lower'], kind: 'a', part: { k: 'x', n: 1.5 } };
    expect(Item.safeParse(old).success).toBe(false);
    expect(storedShape(Item).parse(old)).toEqual({ ...old, title: 'far too long a title' });
  });

  it('still applies defaults and transforms', () => {
    expect(storedShape(Item).parse({ title: ' t ', kind: 'b' })).toEqual({ title: 't', tags: [], kind: 'b' });
  });

  it('still refuses the wrong structure: a missing key, a wrong type, an unknown enum value or variant', () => {
    const shaped = storedShape(Item);
    expect(shaped.safeParse({ kind: 'a' }).success).toBe(false);
    expect(shaped.safeParse({ title: 3, kind: 'a' }).success).toBe(false);
    expect(shaped.safeParse({ title: 't', kind: 'c' }).success).toBe(false);
    expect(shaped.safeParse({ title: 't', kind: 'a', part: { k: 'z' } }).success).toBe(false);
  });

  it('reads a measure with no follow-up, which saving refuses', () => {
    const measure = Measure.parse({
      measureId: 'm1',
      order: 1,
      indicator: 4,
      title: 'มาตรการ',
      followUps: [{ followUpNo: 1, text: 'ติดตามผล', cadence: 'once' }],
      responsible: { unitIds: ['finance'], allUnits: false, text: 'กองคลัง' },
    });
    const old = { ...measure, followUps: [] };
    expect(Measure.safeParse(old).success).toBe(false);
    expect(storedShape(Measure).parse(old).followUps).toEqual([]);
  });

  it('is built once per schema', () => {
    expect(storedShape(Item)).toBe(storedShape(Item));
  });
});
