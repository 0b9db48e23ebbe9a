// Review 17 s24, S24-12: a units cell repeating an "every unit except" phrase ("ทุกกองและสำนัก ยกเว้น
// กองช่าง เว้น " pasted thousands of times) was read in quadratic time, and at 1 MB threw "RangeError:
// Invalid array length": the preview answered 500. Read in one sweep, it gives every other unit.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { parseResponsibility } from '../../shared/import/responsibility.js';

describe('a units cell repeating an exception, 1 MB', () => {
  it.each([
    ['ทุกกองและสำนัก ยกเว้นกองช่าง เว้น ', 32_000],
    ['ยกเว้นกองช่าง ', 80_000],
    ['ทุกกอง ยกเว้นกองช่าง ', 50_000],
  ])(
    '"%s" × %i: every unit but กองช่าง, no error',
    (phrase, times) => {
      const cell = phrase.repeat(times);
      const read = parseResponsibility(cell, MUNICIPAL_UNITS);
      expect(read.excluded.map((u) => u.unitId)).toEqual(['engineering']);
      expect(read.responsibility.unitIds).not.toContain('engineering');
    },
    120_000,
  );
});
