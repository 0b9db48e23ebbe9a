// One active unit per name, also when two coordinators act at the same moment: the name claim (a
// conditional write in the unit's transaction) lets one through; the other gets 409 on body.name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { OrgRepository } from '../../../shared/store/org-repository.js';

let f: ApiFixture;
beforeAll(async () => {
  f = await createApiFixture({ signIn: 'local' });
});
afterAll(async () => f?.close());

const addUnit = (unitId: string, name: string, as: string = who.coordinator) =>
  call(f.handler, { method: 'POST', path: apiPath('/v1/units'), as, body: { unitId, name } });
const putUnit = (unitId: string, body: Record<string, unknown>) =>
  call(f.handler, { method: 'PUT', path: apiPath('/v1/units/{unitId}', { unitId }), as: who.coordinator, body });

/** The active units of the demo org with this name. */
const activeNamed = async (name: string) =>
  (await new OrgRepository(f.store).listUnits('demo')).filter((u) => u.active !== false && u.name === name.trim());

/** One answer `ok` (201 for adds, 200 for renames), the others 409 on body.name. */
function expectOneThrough(
  answers: { status: number; body: { error?: { fields: { path: string }[] } } }[],
  ok: 200 | 201 = 200,
) {
  expect(answers.map((a) => a.status).sort(), JSON.stringify(answers.map((a) => a.body))).toEqual([
    ok,
    ...answers.slice(1).map(() => 409),
  ]);
  for (const refused of answers.filter((a) => a.status === 409)) {
    expect(refused.body.error!.fields[0]).toMatchObject({ path: 'body.name' });
  }
}

describe('one active unit per name, under concurrency', () => {
  it('two units added with one name at once: one is added, the other gets 409', async () => {
    expectOneThrough(await Promise.all([addUnit('welfare-a', 'กองสวัสดิการ'), addUnit('welfare-b', 'กองสวัสดิการ')]), 201);
    expect(await activeNamed('กองสวัสดิการ')).toHaveLength(1);
  });

  it('the same name with spaces around it, three at once: still one unit', async () => {
    expectOneThrough(
      await Promise.all([
        addUnit('law-a', 'กองกฎหมาย'),
        addUnit('law-b', '  กองกฎหมาย'),
        addUnit('law-c', 'กองกฎหมาย  '),
      ]),
      201,
    );
    expect(await activeNamed('กองกฎหมาย')).toHaveLength(1);
  });

  it('two units renamed to one name at once: one is renamed, the other gets 409', async () => {
    expect((await addUnit('plan-a', 'กองแผน ก')).status).toBe(201);
    expect((await addUnit('plan-b', 'กองแผน ข')).status).toBe(201);
    expectOneThrough(
      await Promise.all([putUnit('plan-a', { name: 'กองยุทธศาสตร์' }), putUnit('plan-b', { name: 'กองยุทธศาสตร์' })]),
    );
    expect(await activeNamed('กองยุทธศาสตร์')).toHaveLength(1);
  });

  it('a rename or a deactivation frees the old name for another unit', async () => {
    expect((await addUnit('old-name', 'กองการประปา')).status).toBe(201);
    expect((await putUnit('old-name', { name: 'การประปาเทศบาล' })).status).toBe(200);
    expect((await addUnit('new-water', 'กองการประปา')).status).toBe(201);
    expect((await putUnit('new-water', { active: false })).status).toBe(200);
    expect((await addUnit('newer-water', 'กองการประปา')).status).toBe(201);
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

describe('names and aliases are unique across active units, as the plan importer reads them', () => {
  const add = (body: Record<string, unknown>) =>
    call(f.handler, { method: 'POST', path: apiPath('/v1/units'), as: who.coordinator, body });
  function expectTaken(res: Awaited<ReturnType<typeof add>>, path: string, th: string) {
    expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(res.body.error.fields).toContainEqual(expect.objectContaining({ path, message_th: th }));
    expect(res.body.error.fields.find((x: { path: string }) => x.path === path).message_en).toMatch(/unit "/);
  }

  it("an alias that is another active unit's name is 409 naming that unit, and nothing is written", async () => {
    const before = await f.dump();
    expectTaken(
      await add({ unitId: 'supplies', name: 'กองพัสดุ', aliases: ['งานพัสดุ', 'กองคลัง'] }),
      'body.aliases.1',
      'มีหน่วยงานชื่อ "กองคลัง" แล้ว',
    );
    expect(await f.dump()).toBe(before);
  });

  it("a name that is another active unit's alias is 409 naming that unit", async () => {
    expectTaken(
      await add({ unitId: 'clerk-2', name: 'สำนักปลัด' }),
      'body.name',
      'มีหน่วยงานชื่อ "สำนักปลัด" แล้ว (ชื่ออื่นของหน่วยงาน "สำนักปลัดเทศบาล")',
    );
  });

  it.each([
    ['a space inside', 'กอง คลัง', 'มีหน่วยงานชื่อ "กองคลัง" แล้ว'],
    // the no-break space is saved as a plain one (line, shared/domain/text.ts): the message quotes it so
    ['a no-break space inside', 'สำนัก\u00a0ปลัด', 'มีหน่วยงานชื่อ "สำนัก ปลัด" แล้ว (ชื่ออื่นของหน่วยงาน "สำนักปลัดเทศบาล")'],
    [
      'sara am typed as nikhahit + sara aa',
      'ส\u0e4d\u0e32นักปลัด',
      'มีหน่วยงานชื่อ "ส\u0e4d\u0e32นักปลัด" แล้ว (ชื่ออื่นของหน่วยงาน "สำนักปลัดเทศบาล")',
    ],
  ])('an alias added to a unit with %s is the same name: 409', async (_name, alias, th) => {
    expectTaken(
      await call(f.handler, {
        method: 'PUT',
        path: apiPath('/v1/units/{unitId}', { unitId: 'engineering' }),
        as: who.coordinator,
        body: { aliases: ['งานโยธา', alias] },
      }),
      'body.aliases.1',
      th,
    );
  });

  it('two units taking one alias at once: one is written, the other gets 409 naming the first', async () => {
    expect((await add({ unitId: 'park-a', name: 'กองสวนสาธารณะ' })).status).toBe(201);
    const answers = await Promise.all([
      call(f.handler, {
        method: 'PUT',
        path: apiPath('/v1/units/{unitId}', { unitId: 'park-a' }),
        as: who.coordinator,
        body: { aliases: ['งานสวน'] },
      }),
      add({ unitId: 'park-b', name: 'งานสวน' }),
    ]);
    // the rename (200) or the add (201) goes through, the other is 409
    expect(
      [
        [200, 409],
        [201, 409],
      ],
      JSON.stringify(answers.map((a) => a.body)),
    ).toContainEqual(answers.map((a) => a.status).sort());
    const units = await new OrgRepository(f.store).listUnits('demo');
    const holders = units.filter((u) => u.active !== false && [u.name, ...u.aliases].includes('งานสวน'));
    expect(holders).toHaveLength(1);
  });

  it('a dropped alias, or a deactivated unit, frees its aliases for another unit', async () => {
    expect((await add({ unitId: 'market', name: 'งานตลาด', aliases: ['ตลาดสด', 'ตลาดเทศบาล'] })).status).toBe(201);
    expect((await add({ unitId: 'market-2', name: 'ตลาดสด' })).status).toBe(409);
    const dropped = await call(f.handler, {
      method: 'PUT',
      path: apiPath('/v1/units/{unitId}', { unitId: 'market' }),
      as: who.coordinator,
      body: { aliases: ['ตลาดเทศบาล'] },
    });
    expect(dropped.status, JSON.stringify(dropped.body)).toBe(200);
    expect((await add({ unitId: 'market-2', name: 'ตลาดสด' })).status).toBe(201);
    expect((await putUnit('market', { active: false })).status).toBe(200);
    expect((await add({ unitId: 'market-3', name: 'ตลาดเทศบาล' })).status).toBe(201);
    // reactivating takes the aliases back: refused while another unit has one
    const back = await putUnit('market', { active: true });
    expectTaken(back, 'body.aliases.0', 'มีหน่วยงานชื่อ "ตลาดเทศบาล" แล้ว');
  });
});

describe('no active person is left in a deactivated unit, also under concurrency', () => {
  it('a person added to a unit while it is deactivated: one of the two is refused, every time', async () => {
    const orgs = new OrgRepository(f.store);
    for (let i = 1; i <= 6; i++) {
      const unitId = `race-${i}`;
      expect((await addUnit(unitId, `หน่วยทดสอบพร้อมกัน ${i}`)).status).toBe(201);
      const [person, unit] = await Promise.all([
        call(f.handler, {
          method: 'POST',
          path: apiPath('/v1/people'),
          as: who.coordinator,
          body: { email: `race${i}@demo.example.org`, name: `นายพร้อม ${i}`, roles: ['staff'], unitId },
        }),
        putUnit(unitId, { active: false }),
      ]);
      const answers = JSON.stringify([person.body, unit.body]);
      expect([201, 400], answers).toContain(person.status);
      expect([200, 409], answers).toContain(unit.status);
      if (person.status === 400) expect(person.body.error.fields[0].path).toBe('body.unitId');
      if (unit.status === 409) expect(unit.body.error.fields[0].path).toBe('body.active');
      const stored = (await orgs.listUnits('demo')).find((u) => u.unitId === unitId)!;
      const members = (await orgs.listPeople('demo')).filter((p) => p.active && p.unitId === unitId);
      expect(stored.active === false && members.length > 0, answers).toBe(false);
    }
  });

  it('moving or reactivating someone into a deactivated unit is 400 on body.unitId', async () => {
    expect((await addUnit('closed-unit', 'หน่วยที่ปิดแล้ว')).status).toBe(201);
    expect((await putUnit('closed-unit', { active: false })).status).toBe(200);
    const moved = await call(f.handler, {
      method: 'PUT',
      path: apiPath('/v1/people/{personId}', { personId: who.financeStaff }),
      as: who.coordinator,
      body: { unitId: 'closed-unit' },
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(400);
    expect(moved.body.error.fields[0]).toMatchObject({
      path: 'body.unitId',
      message_th: 'หน่วยงาน "หน่วยที่ปิดแล้ว" ปิดการใช้งานแล้ว',
    });
  });
});

describe('one unit changed by two coordinators at once', () => {
  const names = async (unitId: string) => {
    const unit = (await new OrgRepository(f.store).listUnits('demo')).find((u) => u.unitId === unitId)!;
    return [unit.name, ...unit.aliases];
  };

  it('two renames of one unit at once leave every other name free for another unit', async () => {
    expect((await addUnit('race-rename', 'กองทดลองชื่อ')).status).toBe(201);
    for (const round of ['หนึ่ง', 'สอง', 'สาม']) {
      const answers = await Promise.all([
        putUnit('race-rename', { name: `กองเอ${round}` }),
        putUnit('race-rename', { name: `กองบี${round}` }),
      ]);
      for (const a of answers) expect([200, 409], JSON.stringify(a.body)).toContain(a.status);
    }
    const kept = (await names('race-rename'))[0]!;
    // every name the unit does not have now is free: another unit takes it
    for (const [i, round] of ['หนึ่ง', 'สอง', 'สาม'].entries())
      for (const name of [`กองเอ${round}`, `กองบี${round}`].filter((n) => n !== kept)) {
        const res = await addUnit(`race-taker-${i}-${name.length}-${name.codePointAt(3)}`, name);
        expect(res.status, `${name}: ${JSON.stringify(res.body)}`).toBe(201);
      }
  });

  it('a rename and a change of aliases at once: the unit keeps both', async () => {
    expect((await addUnit('race-both', 'กองทดลองสอง')).status).toBe(201);
    const answers = await Promise.all([
      putUnit('race-both', { name: 'กองทดลองสองใหม่' }),
      putUnit('race-both', { aliases: ['กทส.'] }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(await names('race-both')).toEqual(['กองทดลองสองใหม่', 'กทส.']);
  });

  it('two changes of aliases at once leave no alias claimed that the unit does not have', async () => {
    expect((await addUnit('race-alias', 'กองทดลองสาม')).status).toBe(201);
    await Promise.all([putUnit('race-alias', { aliases: ['ชื่อย่อก'] }), putUnit('race-alias', { aliases: ['ชื่อย่อข'] })]);
    const have = await names('race-alias');
    for (const alias of ['ชื่อย่อก', 'ชื่อย่อข'].filter((a) => !have.includes(a))) {
      const res = await addUnit(`race-alias-taker-${alias.codePointAt(7)}`, alias);
      expect(res.status, `${alias}: ${JSON.stringify(res.body)}`).toBe(201);
    }
  });
});
