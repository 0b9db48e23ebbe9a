// A person can be acting head (รักษาราชการแทนหัวหน้า) of other units besides their own (break s33
// F2): set through PUT/POST /v1/people, shown in the list and the history; bad lists are refused
// with field messages and write nothing; a unit someone acts for cannot be closed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { closedUnitIds, isUnitClosed } from '../../../shared/store/org-repository.js';

let f: ApiFixture;
beforeAll(async () => {
  f = await createApiFixture();
  // a unit with nobody in it, closed: ห้ามเลือก
  await call(f.handler, {
    method: 'POST',
    path: '/v1/units',
    as: who.coordinator,
    body: { unitId: 'old-unit', name: 'กองเดิม' },
  });
  await call(f.handler, { method: 'PUT', path: '/v1/units/old-unit', as: who.coordinator, body: { active: false } });
}, 120_000);
afterAll(async () => f?.close());

const put = (personId: string, body: object) =>
  call(f.handler, { method: 'PUT', path: `/v1/people/${personId}`, as: who.coordinator, body });
const fields = (res: { body: { error: { fields: { path: string; message_th: string }[] } } }) =>
  res.body.error.fields.map((x) => [x.path, x.message_th]);
const history = async (personId: string) =>
  (await call(f.handler, { method: 'GET', path: `/v1/people/${personId}/audit`, as: who.coordinator })).body.items.map(
    (i: { summary_th: string }) => i.summary_th,
  );

describe('acting head of another unit', () => {
  it('the director of กองคลัง acts for กองช่าง and stays head of กองคลัง; the list and the history say so', async () => {
    const res = await put(who.financeHead, { actingHeadOf: ['engineering'] });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ unitId: 'finance', headOfUnit: true, actingHeadOf: ['engineering'] });
    const list = await call(f.handler, { method: 'GET', path: '/v1/people', as: who.coordinator });
    expect(list.body.items.find((p: { personId: string }) => p.personId === who.financeHead)).toMatchObject({
      actingHeadOf: ['engineering'],
    });
    expect((await history(who.financeHead))[0]).toBe('ผู้อำนวยการกองคลัง: รักษาราชการแทนหัวหน้า กองช่าง');
    // a second unit, then none
    expect((await put(who.financeHead, { actingHeadOf: ['engineering', 'education'] })).status).toBe(200);
    expect(await history(who.financeHead)).toContain(
      'ผู้อำนวยการกองคลัง: เปลี่ยนการรักษาราชการแทนหัวหน้าจาก กองช่าง เป็น กองช่าง, กองการศึกษา',
    );
    const none = await put(who.financeHead, { actingHeadOf: [] });
    expect(none.body).toMatchObject({ headOfUnit: true, actingHeadOf: [] });
    expect(await history(who.financeHead)).toContain('ผู้อำนวยการกองคลัง: ยกเลิกการรักษาราชการแทนหัวหน้า กองช่าง, กองการศึกษา');
  });

  it('a person added with acting units has them, and the history of the add names them', async () => {
    const res = await call(f.handler, {
      method: 'POST',
      path: '/v1/people',
      as: who.coordinator,
      body: {
        email: 'deputy@demo.example.org',
        name: 'รองปลัด',
        roles: ['executive'],
        actingHeadOf: ['health'],
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ unitId: null, headOfUnit: false, actingHeadOf: ['health'] });
    expect(await history(res.body.personId)).toEqual([
      'เพิ่มผู้ใช้งาน รองปลัด บทบาท ผู้บริหาร (ไม่สังกัดหน่วยงาน) รักษาราชการแทนหัวหน้า กองสาธารณสุขและสิ่งแวดล้อม',
    ]);
  });

  const refused: [string, object, [string, string][]][] = [
    [
      'an unknown unit',
      { actingHeadOf: ['engineering', 'nowhere'] },
      // the ids the org has, open ones only (tester s44 F8)
      [
        [
          'body.actingHeadOf.1',
          'ไม่มีหน่วยงานรหัส "nowhere" ในองค์กรนี้ (รหัสที่มี: clerk, education, engineering, finance, health)',
        ],
      ],
    ],
    ['a closed unit', { actingHeadOf: ['old-unit'] }, [['body.actingHeadOf.0', 'หน่วยงาน "กองเดิม" ปิดการใช้งานแล้ว']]],
    [
      'their own unit',
      { actingHeadOf: ['finance'] },
      [
        [
          'body.actingHeadOf.0',
          '"กองคลัง" เป็นหน่วยงานที่สังกัดเอง จึงอยู่ใน "รักษาราชการแทนหัวหน้าหน่วยงาน" ไม่ได้ การเป็นหัวหน้าหน่วยงานของตนเองให้เลือก "หัวหน้าหน่วยงาน" แทน',
        ],
      ],
    ],
    [
      // the refusal said "…อยู่แล้ว" of a unit the same body moved him into (s47 re-check P3)
      'the unit the same request moves them into',
      { unitId: 'engineering', headOfUnit: false, actingHeadOf: ['clerk', 'engineering'] },
      [
        [
          'body.actingHeadOf.1',
          '"กองช่าง" เป็นหน่วยงานที่สังกัดเอง จึงอยู่ใน "รักษาราชการแทนหัวหน้าหน่วยงาน" ไม่ได้ การเป็นหัวหน้าหน่วยงานของตนเองให้เลือก "หัวหน้าหน่วยงาน" แทน',
        ],
      ],
    ],
    [
      'a unit listed twice',
      { actingHeadOf: ['engineering', 'clerk', 'engineering'] },
      [['body.actingHeadOf.2', 'เลือกหน่วยงาน "engineering" ซ้ำ กรุณาเลือกแต่ละหน่วยงานครั้งเดียว']],
    ],
    [
      'a list with a deactivation',
      { active: false, actingHeadOf: ['engineering'] },
      [['body.actingHeadOf.0', 'ผู้ใช้งานที่ปิดการใช้งานรักษาราชการแทนหัวหน้าหน่วยงานไม่ได้ กรุณาเอาหน่วยงานออกทั้งหมด']],
    ],
  ];
  for (const [what, body, expected] of refused)
    it(`refuses ${what} with a field message and writes nothing`, async () => {
      const before = await f.dump();
      const res = await put(who.financeHead, body);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(fields(res)).toEqual(expected);
      expect(await f.dump()).toBe(before);
    });

  // s46 re-check P3: refused as "…เป็นหน่วยงานที่สังกัดอยู่แล้ว"; the page unticks the unit chosen as
  // the person's own, so a move ends acting for it, here as there (head of it only if the body says so)
  it('a move into a unit the person acts for ends acting for it in the same write', async () => {
    expect((await put(who.engineeringStaff, { actingHeadOf: ['education', 'health'] })).status).toBe(200);
    const res = await put(who.engineeringStaff, { unitId: 'education' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ unitId: 'education', headOfUnit: false, actingHeadOf: ['health'] });
    const made = await put(who.engineeringStaff, { unitId: 'health', headOfUnit: true });
    expect(made.body).toMatchObject({ unitId: 'health', headOfUnit: true, actingHeadOf: [] });
    expect(
      (await put(who.engineeringStaff, { unitId: 'engineering', headOfUnit: false, actingHeadOf: [] })).status,
    ).toBe(200);
  });

  it('refuses POST /v1/people with a closed unit in the list, and adds nobody', async () => {
    const before = await f.dump();
    const res = await call(f.handler, {
      method: 'POST',
      path: '/v1/people',
      as: who.coordinator,
      body: {
        email: 'acting@demo.example.org',
        name: 'ผู้รักษาการ',
        roles: ['staff'],
        unitId: 'clerk',
        actingHeadOf: ['old-unit'],
      },
    });
    expect(res.status).toBe(400);
    expect(fields(res)).toEqual([['body.actingHeadOf.0', 'หน่วยงาน "กองเดิม" ปิดการใช้งานแล้ว']]);
    expect(await f.dump()).toBe(before);
  });

  it('a unit someone acts for cannot be closed until it is taken off their list', async () => {
    await call(f.handler, {
      method: 'POST',
      path: '/v1/units',
      as: who.coordinator,
      body: { unitId: 'welfare', name: 'กองสวัสดิการสังคม' },
    });
    expect((await put(who.clerkStaff, { actingHeadOf: ['welfare'] })).status).toBe(200);
    const closing = await call(f.handler, {
      method: 'PUT',
      path: '/v1/units/welfare',
      as: who.coordinator,
      body: { active: false },
    });
    expect(closing.status).toBe(409);
    expect(fields(closing)).toEqual([
      [
        'body.active',
        'ผู้รักษาราชการแทนหัวหน้าหน่วยงานนี้ ๑ คน: เจ้าหน้าที่ สำนักปลัดเทศบาล กรุณาเอาหน่วยงานนี้ออกจาก "รักษาราชการแทนหัวหน้าหน่วยงาน" ของผู้ใช้งานดังกล่าวก่อน',
      ],
    ]);
    expect((await put(who.clerkStaff, { actingHeadOf: [] })).status).toBe(200);
    const closed = await call(f.handler, {
      method: 'PUT',
      path: '/v1/units/welfare',
      as: who.coordinator,
      body: { active: false },
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body.active).toBe(false);
  });

  it('a write that starts acting for a unit closed meanwhile fails at commit, naming the unit', async () => {
    const person = (await f.repos.orgs.getPerson('demo', who.clerkStaff))!;
    const before = await f.dump();
    const error = await f.repos.orgs
      .putPerson({ ...person, actingHeadOf: ['old-unit'] }, { actor: 'test', now: new Date() }, { previous: person })
      .catch((e: unknown) => e);
    expect(isUnitClosed(error)).toBe(true);
    expect(closedUnitIds(error)).toEqual(['old-unit']);
    expect(await f.dump()).toBe(before);
  });
});
