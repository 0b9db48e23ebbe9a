// Tester s52 (P3): PUT …/plan ignored If-Match, which PUT …/report and PUT /people honour: a client
// guarding its save with the header overwrote a plan saved meanwhile. A plan's entity tag is its
// version, quoted: If-Match "N" is body.expectedVersion N (a stale one 409, as expectedVersion's);
// both given naming different versions is 400 on both fields; a tag naming no version 400 on the
// header (docs/api.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toThaiDigits } from '../../../shared/domain/thai-format.js';
import { call, type ApiResponse } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { putPlan, savedPlan } from '../../support/plan-requests.js';
import { expectVersionsContradict } from '../../support/if-match-answers.js';

let f: ApiFixture;
beforeAll(async () => (f = await createApiFixture()));
afterAll(async () => f?.close());

let edits = 0;
/** The saved plan with a new title (so each save stores a change), and `extra` fields. */
const changedPlan = async (extra: Record<string, unknown> = {}) => {
  const saved = await savedPlan(f);
  return { format: 'json', title: `แผนมาตรการ แก้ไขครั้งที่ ${++edits}`, measures: saved.measures, ...extra };
};
const putWith = (ifMatch: string, body: unknown): Promise<ApiResponse> =>
  call(f.handler, {
    method: 'PUT',
    path: '/v1/fiscal-years/2566/plan',
    as: who.coordinator,
    body,
    headers: { 'If-Match': ifMatch },
  });
/** Another coordinator's save meanwhile: the plan moves on one version. */
const savedMeanwhile = async () => expect((await putPlan(f, await changedPlan())).status).toBe(200);

describe('If-Match "N" on PUT …/plan is body.expectedVersion N', () => {
  it('the current version: saved as the next one', async () => {
    const { version } = await savedPlan(f);
    const res = await putWith(`"${version}"`, await changedPlan());
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    expect(res.body.plan.version).toBe(version + 1);
  });

  it.each([
    ['quoted, one version back', (v: number) => `"${v - 1}"`],
    ['bare, one version back', (v: number) => `${v - 1}`],
    ['a list of earlier versions', (v: number) => `"${v - 2}", "${v - 1}"`],
    ['a version never saved', (v: number) => `"${v + 5}"`],
  ])('stale (%s): 409 as a stale expectedVersion answers, nothing written', async (_what, tag) => {
    await savedMeanwhile();
    const { version } = await savedPlan(f);
    const before = await f.dump();
    const res = await putWith(tag(version), await changedPlan());
    expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(res.body.error.message_th).toBe(`แผนปีงบประมาณ ๒๕๖๖ ถูกแก้ไขไปแล้ว (ฉบับที่ ${toThaiDigits(version)})`);
    expect(res.body.error.currentVersion).toBe(version);
    expect(await f.dump()).toBe(before);
    const body = await changedPlan();
    const asBody = await putPlan(f, { ...body, expectedVersion: Number(/\d+/.exec(tag(version))![0]) });
    expect(asBody.status).toBe(409);
    expect(asBody.body.error.message_th).toBe(res.body.error.message_th);
  });

  it('a list naming the current version among others, and *: saved', async () => {
    const { version } = await savedPlan(f);
    const listed = await putWith(`"${version - 1}", "${version}"`, await changedPlan());
    expect(listed.status, JSON.stringify(listed.body.error)).toBe(200);
    expect(listed.body.plan.version).toBe(version + 1);
    const any = await putWith('*', await changedPlan());
    expect(any.status, JSON.stringify(any.body.error)).toBe(200);
    expect(any.body.plan.version).toBe(version + 2);
  });
});

describe('If-Match and expectedVersion together', () => {
  it('naming the same version: saved', async () => {
    const { version } = await savedPlan(f);
    const res = await putWith(`"${version}"`, await changedPlan({ expectedVersion: version }));
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
  });

  it.each([
    ['the header current, the body stale', (v: number) => [`"${v}"`, v - 1] as const],
    ['the header stale, the body current', (v: number) => [`"${v - 1}"`, v] as const],
    ['the header naming a version never saved', (v: number) => [`"${v + 3}"`, v] as const],
  ])('naming different versions (%s): 400 on both fields, Thai first, nothing written', async (_what, sent) => {
    const { version } = await savedPlan(f);
    const [ifMatch, expectedVersion] = sent(version);
    const before = await f.dump();
    const res = await putWith(ifMatch, await changedPlan({ expectedVersion }));
    expectVersionsContradict(res);
    expect(await f.dump()).toBe(before);
  });
});

describe('an If-Match that names no version of the plan', () => {
  it.each([['W/"3"'], ['"v3"'], ['abc']])(
    '%s: 400 on headers.if-match saying the form, nothing written',
    async (tag) => {
      const { version } = await savedPlan(f);
      const before = await f.dump();
      const res = await putWith(tag, await changedPlan());
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.error.fields).toEqual([
        {
          path: 'headers.if-match',
          message_th: `If-Match ของแผนคือหมายเลขฉบับในเครื่องหมายคำพูด เช่น "${version}" ฉบับปัจจุบันคือฉบับที่ ${toThaiDigits(version)}`,
          message_en: `a plan's If-Match is its version in quotes, e.g. "${version}"; the current version is ${version}`,
        },
      ]);
      expect(await f.dump()).toBe(before);
    },
  );
});

describe('If-Match on a year with no plan yet (2567)', () => {
  const put2567 = async (ifMatch: string) =>
    call(f.handler, {
      method: 'PUT',
      path: '/v1/fiscal-years/2567/plan',
      as: who.coordinator,
      body: await changedPlan(),
      headers: { 'If-Match': ifMatch },
    });

  it('*: matches no plan, 409 on headers.if-match saying to send the first plan without it', async () => {
    const res = await put2567('*');
    expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(res.body.error.fields).toEqual([
      {
        path: 'headers.if-match',
        message_th: 'ปีงบประมาณ ๒๕๖๗ ยังไม่มีแผนมาตรการ If-Match: * จึงไม่ตรงกับแผนใด ส่งแผนฉบับแรกโดยไม่ใส่ If-Match',
        message_en: expect.stringContaining('has no plan yet'),
      },
    ]);
    expect(res.body.error.currentVersion).toBe(0);
  });

  it('"1": 409 as expectedVersion 1 answers; without If-Match the first plan is saved', async () => {
    const res = await put2567('"1"');
    expect(res.status, JSON.stringify(res.body)).toBe(409);
    const asBody = await putPlan(f, await changedPlan({ expectedVersion: 1 }), 2567);
    expect(asBody.status).toBe(409);
    expect(res.body.error.message_th).toBe(asBody.body.error.message_th);
    expect((await putPlan(f, await changedPlan(), 2567)).status).toBe(200);
  });
});
