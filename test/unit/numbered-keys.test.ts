// Break 19 F5: a numbered id in a sort key that needs more digits than its key holds would sort out of
// place (10000 before 1001) and have no address; keys refuse it instead of writing it.
import { describe, expect, it } from 'vitest';
import { PathGeneration } from '../../shared/api/request-schemas.js';
import { MAX_GENERATION } from '../../shared/domain/document-kinds.js';
import { keys } from '../../shared/store/keys.js';

describe('numbered ids in sort keys keep to their bound', () => {
  it(`generation keys sort as numbers up to ${MAX_GENERATION}, the highest number a path can name`, () => {
    const sk = (n: number) => keys.generation('plan-document', 'demo', 2566, n).sk;
    const numbers = [1, 9, 10, 999, 1000, 1001, MAX_GENERATION];
    expect([...numbers].map(sk).sort()).toEqual(numbers.map(sk));
    expect(PathGeneration.safeParse(String(MAX_GENERATION)).success).toBe(true);
    expect(PathGeneration.safeParse(String(MAX_GENERATION + 1)).success).toBe(false);
  });

  it.each([
    ['generation 10,000 of the plan document', () => keys.generation('plan-document', 'demo', 2566, 10_000)],
    ['generation 10,000 of the results report', () => keys.generation('annual-report', 'demo', 2566, 10_000)],
    ['report version 1,000,000', () => keys.reportVersion('demo', 2566, 'i4.f2.2023-04.finance', 1_000_000)],
    ['plan version 1,000,000', () => keys.planVersion('demo', 2566, 1_000_000)],
    ['a generation of -1', () => keys.generation('plan-document', 'demo', 2566, -1)],
    ['a generation of 1.5', () => keys.generation('plan-document', 'demo', 2566, 1.5)],
  ])('%s is refused (RangeError), not written out of order', (_, build) => {
    expect(build).toThrow(RangeError);
  });
});
