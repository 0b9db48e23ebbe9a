// The page and the tests build API paths from the route table's templates, never by hand.
import { describe, expect, it } from 'vitest';
import { apiPath } from '../../shared/api/api-path.js';

describe('API paths from the route table', () => {
  it('fills each {name} with its value as one path segment', () => {
    expect(
      apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', { fy: 2566, obligationId: 'i4.f2' }),
    ).toBe('/v1/fiscal-years/2566/obligations/i4.f2/report');
    expect(apiPath('/v1/units/{unitId}', { unitId: 'กอง/คลัง?' })).toBe(`/v1/units/${encodeURIComponent('กอง/คลัง?')}`);
  });

  it('adds the query, leaving out what is undefined', () => {
    expect(apiPath('/v1/fiscal-years/{fy}/obligations', { fy: 2566 }, { unit: 'finance', cursor: undefined })).toBe(
      '/v1/fiscal-years/2566/obligations?unit=finance',
    );
    expect(apiPath('/v1/me')).toBe('/v1/me');
  });

  it('does not compile for a path that is not a route, or without a value for a {name}', () => {
    // @ts-expect-error: not a route of the table
    expect(() => apiPath('/v1/unitz')).not.toThrow();
    // @ts-expect-error: {unitId} needs a value
    expect(() => apiPath('/v1/units/{unitId}')).toThrow('no value for {unitId}');
    // @ts-expect-error: {obligationId} is missing
    expect(() => apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}', { fy: 2566 })).toThrow(
      'no value for {obligationId}',
    );
  });
});
