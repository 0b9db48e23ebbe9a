import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

let april2566: ApiFixture;
let november2569: ApiFixture;

beforeAll(async () => {
  [april2566, november2569] = await Promise.all([
    createApiFixture(),
    createApiFixture({ now: new Date('2026-11-25T03:00:00Z') }),
  ]);
});
afterAll(async () => Promise.all([april2566?.close(), november2569?.close()]));

/** A schema of the OpenAPI document with its `$ref` followed ("#/components/schemas/…"). */
type Schema = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const resolve = (doc: Schema, schema: Schema): Schema =>
  typeof schema.$ref === 'string'
    ? resolve(
        doc,
        schema.$ref
          .slice(2)
          .split('/')
          .reduce((node: Schema, key: string) => node[key], doc),
      )
    : schema;

describe('GET /v1/me: what the web page needs to know about the caller', () => {
  it("gives the staff member's unit, the server's Bangkok date and fiscal year, the org's units and the years with a plan", async () => {
    const res = await call(april2566.handler, { method: 'GET', path: apiPath('/v1/me'), as: who.financeStaff });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      unit: { unitId: 'finance', name: 'กองคลัง' },
      roles: ['staff'],
      today: '2023-04-20',
      fiscalYear: 2566,
      planYears: [2566],
    });
    expect(res.body.units.map((u: { unitId: string }) => u.unitId)).toContain('engineering');
  });

  // tester s44: the overview could not mark a closed unit, /me's units had no `active`
  it("says which of the org's units are closed: one closed is active false; one reopened, one added and the seeded ones true", async () => {
    const unitsOfMe = async () =>
      (await call(april2566.handler, { method: 'GET', path: apiPath('/v1/me'), as: who.coordinator })).body.units as {
        unitId: string;
        name: string;
        active: boolean;
      }[];
    const asCoordinator = (method: 'POST' | 'PUT', path: string, body: Record<string, unknown>) =>
      call(april2566.handler, { method, path, as: who.coordinator, body });
    for (const [unitId, name] of [
      ['archive', 'กองเก็บเอกสาร'],
      ['reopened', 'กองที่เปิดอีกครั้ง'],
      ['added', 'กองที่เพิ่มใหม่'],
    ])
      expect((await asCoordinator('POST', '/v1/units', { unitId, name })).status).toBe(201);
    for (const [unitId, active] of [
      ['archive', false],
      ['reopened', false],
      ['reopened', true],
    ] as const)
      expect((await asCoordinator('PUT', apiPath('/v1/units/{unitId}', { unitId }), { active })).status).toBe(200);
    const units = await unitsOfMe();
    expect(units.filter((u) => ['archive', 'reopened', 'added', 'finance'].includes(u.unitId))).toEqual(
      expect.arrayContaining([
        { unitId: 'archive', name: 'กองเก็บเอกสาร', active: false },
        { unitId: 'reopened', name: 'กองที่เปิดอีกครั้ง', active: true },
        { unitId: 'added', name: 'กองที่เพิ่มใหม่', active: true },
        { unitId: 'finance', name: 'กองคลัง', active: true },
      ]),
    );
    expect(units.filter((u) => !u.active).map((u) => u.unitId)).toEqual(['archive']);
    // the OpenAPI document (from the same zod schema) declares it
    const doc = (
      await call(april2566.handler, { method: 'GET', path: apiPath('/v1/openapi.json'), as: who.coordinator })
    ).body;
    const me = doc.paths['/v1/me'].get.responses['200'].content['application/json'].schema;
    const unitSchema = resolve(doc, resolve(doc, me).properties.units).items;
    expect(resolve(doc, unitSchema)).toMatchObject({
      properties: { active: { type: 'boolean' } },
      required: expect.arrayContaining(['unitId', 'name', 'active']),
    });
  });

  it('still lists a plan five years back, so the page can open it when this year has none', async () => {
    const res = await call(november2569.handler, { method: 'GET', path: apiPath('/v1/me'), as: who.executive });
    expect(res.body).toMatchObject({ fiscalYear: 2570, planYears: [2566], unit: null });
  });
});
