// One active unit per name, also when two coordinators act at the same moment: the name claim (a
// conditional write in the unit's transaction) lets one through; the other gets 409 on body.name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { OrgRepository } from '../../../shared/store/org-repository.js';

let f: ApiFixture;
beforeAll(async () => {
  f = await createApiFixture({ signIn: 'local' });
});
afterAll(async () => f?.close());

const addUnit = (unitId: string, name: string, as: string = who.coordinator) =>
  call(f.handler, { method: 'POST', path: '/v1/units', as, body: { unitId, name } });
const putUnit = (unitId: string, body: Record<string, unknown>) =>
  call(f.handler, { method: 'PUT', path: `/v1/units/${unitId}`, as: who.coordinator, body });

/** The active units of the demo org with this name. */
const activeNamed = async (name: string) =>
  (await new OrgRepository(f.store).listUnits('demo')).filter((u) => u.active !== false && u.name === name.trim());

function expectOneThrough(answers: { status: number; body: { error?: { fields: { path: string }[] } } }[]) {
  expect(answers.map((a) => a.status).sort(), JSON.stringify(answers.map((a) => a.body))).toEqual([
    200,
    ...answers.slice(1).map(() => 409),
  ]);
  for (const refused of answers.filter((a) => a.status === 409)) {
    expect(refused.body.error!.fields[0]).toMatchObject({ path: 'body.name' });
  }
}

describe('one active unit per name, under concurrency', () => {
  it('two units added with one name at once: one is added, the other gets 409', async () => {
    expectOneThrough(await Promise.all([addUnit('welfare-a', 'กองสวัสดิการ'), addUnit('welfare-b', 'กองสวัสดิการ')]));
    expect(await activeNamed('กองสวัสดิการ')).toHaveLength(1);
  });

  it('the same name with spaces around it, three at once: still one unit', async () => {
    expectOneThrough(
      await Promise.all([
        addUnit('law-a', 'กองกฎหมาย'),
        addUnit('law-b', '  กองกฎหมาย'),
        addUnit('law-c', 'กองกฎหมาย  '),
      ]),
    );
    expect(await activeNamed('กองกฎหมาย')).toHaveLength(1);
  });

  it('two units renamed to one name at once: one is renamed, the other gets 409', async () => {
    expect((await addUnit('plan-a', 'กองแผน ก')).status).toBe(200);
    expect((await addUnit('plan-b', 'กองแผน ข')).status).toBe(200);
    expectOneThrough(
      await Promise.all([putUnit('plan-a', { name: 'กองยุทธศาสตร์' }), putUnit('plan-b', { name: 'กองยุทธศาสตร์' })]),
    );
    expect(await activeNamed('กองยุทธศาสตร์')).toHaveLength(1);
  });

  it('a rename or a deactivation frees the old name for another unit', async () => {
    expect((await addUnit('old-name', 'กองการประปา')).status).toBe(200);
    expect((await putUnit('old-name', { name: 'การประปาเทศบาล' })).status).toBe(200);
    expect((await addUnit('new-water', 'กองการประปา')).status).toBe(200);
    expect((await putUnit('new-water', { active: false })).status).toBe(200);
    expect((await addUnit('newer-water', 'กองการประปา')).status).toBe(200);
  });

  it('reactivating a unit whose name an active unit has now is 409, and changes nothing', async () => {
    // new-water ("กองการประปา") is inactive; newer-water has the name
    const before = await f.dump();
    const res = await putUnit('new-water', { active: true });
    expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(res.body.error.fields[0]).toMatchObject({ path: 'body.name', message_th: 'มีหน่วยงานชื่อ "กองการประปา" แล้ว' });
    expect(await f.dump()).toBe(before);
    expect(await activeNamed('กองการประปา')).toHaveLength(1);
  });

  it('reactivating and renaming at once to a free name works', async () => {
    const res = await putUnit('new-water', { active: true, name: 'กองการประปา (เดิม)' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });
});
