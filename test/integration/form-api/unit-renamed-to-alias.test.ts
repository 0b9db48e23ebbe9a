// A unit renamed to one of its own aliases, the aliases not sent: the old name takes that alias's
// place (tester s51: the rename was refused on body.aliases.1, a field the caller had not sent).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

let f: ApiFixture;
beforeAll(async () => {
  f = await createApiFixture();
});
afterAll(async () => f?.close());

const rename = (unitId: string, body: Record<string, unknown>) =>
  call(f.handler, { method: 'PUT', path: `/v1/units/${unitId}`, as: who.coordinator, body });

describe('a coordinator renames a unit to one of its aliases', () => {
  it.each([
    ['the second alias', 'health', 'กองสาธารณสุข', ['กองสาธารณสุขฯ', 'กองสาธารณสุขและสิ่งแวดล้อม']],
    ['the first alias', 'clerk', 'สำนักปลัด', ['สำนักปลัดเทศบาล', 'สป.']],
  ])('%s becomes the name and the old name an alias in its place', async (_n, unitId, name, aliases) => {
    const answer = await rename(unitId, { name });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toMatchObject({ unitId, name, aliases });
    const units = await call(f.handler, { method: 'GET', path: '/v1/units', as: who.coordinator });
    expect(units.body.items.find((u: { unitId: string }) => u.unitId === unitId)).toMatchObject({ name, aliases });
  });

  it('an alias written another way (letter case, spacing) counts as that alias', async () => {
    const answer = await rename('clerk', { name: '  สป. ' });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toMatchObject({ name: 'สป.', aliases: ['สำนักปลัดเทศบาล', 'สำนักปลัด'] });
  });

  it('aliases sent with the name are taken as sent: the name among them is still refused on its field', async () => {
    const answer = await rename('health', { name: 'กองสาธารณสุขฯ', aliases: ['กองสาธารณสุขฯ'] });
    expect(answer.status).toBe(400);
    expect(answer.body.error.fields).toEqual([
      expect.objectContaining({ path: 'body.aliases.0', message_th: 'ชื่ออื่น "กองสาธารณสุขฯ" ซ้ำกับชื่อหน่วยงาน กรุณาลบออก' }),
    ]);
  });
});
