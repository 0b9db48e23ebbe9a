// Numbers in paths are written one way: "2566", not "02566", "2566.0", "0xa06" or " 2566". Before,
// the path's fiscal year and generation went through Number(), so /fiscal-years/02566/ or
// /annual-report/01/publish were taken for 2566 and 1. Now they are 400 with the field named, as a
// year out of range is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

let f: ApiFixture;
beforeAll(async () => {
  f = await createApiFixture();
});
afterAll(async () => f?.close());

const expectPathField = (res: Awaited<ReturnType<typeof call>>, field: string) => {
  expect(res.status).toBe(400);
  expect(res.body.error.code).toBe('validation');
  expect(res.body.error.fields).toEqual([
    expect.objectContaining({ path: `path.${field}`, message_th: expect.stringMatching(/[\u0E00-\u0E7F]/) }),
  ]);
};

describe('a fiscal year in the path is four digits', () => {
  it.each(['02566', '2566.0', '0xa06', '+2566', '2.566e3', ' 2566'])('%j is 400 for the year field', async (fy) => {
    const res = await call(f.handler, {
      method: 'GET',
      path: `/v1/fiscal-years/${encodeURIComponent(fy)}/obligations`,
      as: who.financeStaff,
    });
    expectPathField(res, 'fy');
  });

  it('1999 stays 400 and 2566 is read', async () => {
    expectPathField(
      await call(f.handler, { method: 'GET', path: '/v1/fiscal-years/1999/measures', as: who.coordinator }),
      'fy',
    );
    expect(
      (await call(f.handler, { method: 'GET', path: '/v1/fiscal-years/2566/measures', as: who.coordinator })).status,
    ).toBe(200);
  });
});

describe('a generation in the path is written without leading zeros', () => {
  it.each([
    ['POST', '/v1/fiscal-years/2566/annual-report/01/publish'],
    ['DELETE', '/v1/fiscal-years/2566/plan-document/001/publish'],
    ['GET', '/v1/fiscal-years/2566/annual-report/1.0/report.pdf'],
  ] as const)('%s %s is 400 for the generation field', async (method, path) => {
    expectPathField(await call(f.handler, { method, path, as: who.coordinator }), 'generation');
  });

  it('generation 1 of a year with no generation is 404, not 400', async () => {
    const res = await call(f.handler, {
      method: 'POST',
      path: '/v1/fiscal-years/2566/annual-report/1/publish',
      as: who.coordinator,
    });
    expect(res.status).toBe(404);
  });
});
