// Break 16 s28, B3: "." and ".." are path steps (the browser and fetch resolve them away), so the
// API's path schemas and the page's address reader refuse them as ids: one pattern for both.
import { describe, expect, it } from 'vitest';
import { PersonIdSchema } from '../../shared/api/coordinator-schemas.js';
import { ObligationParams } from '../../shared/api/request-schemas.js';

describe('ids in API paths are never dots only', () => {
  it.each(['.', '..', '...', '.-.', '-'])('the API refuses the obligation id %j in a path', (obligationId) => {
    expect(ObligationParams.safeParse({ fy: '2566', obligationId }).success).toBe(false);
  });

  it.each(['i4.f2.2023-04.finance', 'a', '.a', '1-2'])('the API still accepts the obligation id %j', (obligationId) => {
    expect(ObligationParams.safeParse({ fy: '2566', obligationId }).success).toBe(true);
  });

  it.each(['.', '..', '....'])('the API refuses the person id %j', (personId) => {
    expect(PersonIdSchema.safeParse(personId).success).toBe(false);
  });

  it.each(['a1b2-c3.d4_e5', '_', '-', '._'])('the API still accepts the person id %j', (personId) => {
    expect(PersonIdSchema.safeParse(personId).success).toBe(true);
  });
});
