// A member of staff of two units (tester s45 #1: in a small อบต. one officer of กองคลัง also keeps
// กองการศึกษา's records): Person.alsoStaffOf, set through PUT/POST /v1/people. They read and report
// for the other unit as its own staff do, nothing of its head's; bad lists are refused with field
// messages and write nothing; a unit someone is on the list of cannot be closed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { closedUnitIds, isUnitClosed } from '../../../shared/store/org-repository.js';

const base = '/v1/fiscal-years/2566/obligations';
const report = { progress: 'done', summary: 'เจ้าหน้าที่กองคลังบันทึกผลแทนกองการศึกษาแล้ว' };
let f: ApiFixture;

beforeAll(async () => {
  f = await createApiFixture();
  // a unit with nobody in it, closed
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
  call(f.handler, { method: 'PUT', path: apiPath('/v1/people/{personId}', { personId }), as: who.coordinator, body });
const me = async (as: string) => (await call(f.handler, { method: 'GET', path: apiPath('/v1/me'), as })).body;
const list = (as: string, unit: string) =>
  call(f.handler, { method: 'GET', path: base, query: { unit, limit: '200' }, as });
const submit = (as: string, obligationId: string) =>
  call(f.handler, { method: 'PUT', path: `${base}/${obligationId}/report`, as, body: report });
const dueOf = async (unit: string) =>
  (await list(who.coordinator, unit)).body.items.find((o: { dueDate: string }) => o.dueDate <= '2023-04-20')!
    .obligationId as string;
const fields = (res: { body: { error: { fields: { path: string; message_th: string }[] } } }) =>
  res.body.error.fields.map((x) => [x.path, x.message_th]);
const history = async (personId: string) =>
  (await call(f.handler, { method: 'GET', path: `/v1/people/${personId}/audit`, as: who.coordinator })).body.items.map(
    (i: { summary_th: string }) => i.summary_th,
  );

describe('a member of staff of กองคลัง who is staff of กองการศึกษา as well', () => {
  it('reads and submits กองการศึกษา’s obligation, and /v1/me names the unit', async () => {
    const res = await put(who.financeStaff, { alsoStaffOf: ['education'] });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      unitId: 'finance',
      headOfUnit: false,
      actingHeadOf: [],
      alsoStaffOf: ['education'],
    });
    expect((await me(who.financeStaff)).alsoStaffOf).toEqual([{ unitId: 'education', name: 'กองการศึกษา' }]);
    expect((await me(who.financeStaff)).unit).toEqual({ unitId: 'finance', name: 'กองคลัง' });
    const id = await dueOf('education');
    const one = await call(f.handler, { method: 'GET', path: `${base}/${id}`, as: who.financeStaff });
    expect(one.status, JSON.stringify(one.body)).toBe(200);
    expect((await list(who.financeStaff, 'education')).status).toBe(200);
    const sent = await submit(who.financeStaff, id);
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(await f.repos.reports.getLatest({ orgId: 'demo', fy: 2566, obligationId: id })).toMatchObject({
      unitId: 'education',
      submittedBy: who.financeStaff,
    });
    // their own unit's still theirs
    expect((await submit(who.financeStaff, await dueOf('finance'))).status).toBe(200);
  });

  it('gets nothing of กองช่าง, which is not on the list', async () => {
    expect((await list(who.financeStaff, 'engineering')).status).toBe(403);
    const other = await submit(who.financeStaff, await dueOf('engineering'));
    expect(other.status).toBe(403);
    expect(other.body.error.message_th).toBe('คุณส่งรายงานได้เฉพาะของหน่วยงานตนเอง');
  });

  it('the list and the history say so: set, changed, ended', async () => {
    const people = await call(f.handler, { method: 'GET', path: '/v1/people', as: who.coordinator });
    expect(people.body.items.find((p: { personId: string }) => p.personId === who.financeStaff)).toMatchObject({
      alsoStaffOf: ['education'],
    });
    expect((await put(who.engineeringStaff, { alsoStaffOf: ['health'] })).status).toBe(200);
    expect((await put(who.engineeringStaff, { alsoStaffOf: ['health', 'clerk'] })).status).toBe(200);
    // s46 re-check 2: the same units in another order (the page's order), or the roles likewise, change nothing
    const same = await put(who.engineeringStaff, { alsoStaffOf: ['clerk', 'health'] });
    expect(same.status).toBe(200);
    expect(same.body.alsoStaffOf).toEqual(['health', 'clerk']);
    expect((await put(who.engineeringStaff, { name: 'เจ้าหน้าที่ กองช่าง', roles: ['staff'] })).status).toBe(200);
    expect((await history(who.engineeringStaff))[0]).toBe(
      'เจ้าหน้าที่ กองช่าง: เปลี่ยนหน่วยงานที่ปฏิบัติงานด้วยจาก กองสาธารณสุขและสิ่งแวดล้อม เป็น กองสาธารณสุขและสิ่งแวดล้อม, สำนักปลัดเทศบาล',
    );
    const none = await put(who.engineeringStaff, { alsoStaffOf: [] });
    expect(none.body.alsoStaffOf).toEqual([]);
    expect((await history(who.engineeringStaff)).slice(0, 3)).toEqual([
      'เจ้าหน้าที่ กองช่าง: ยกเลิกการปฏิบัติงานใน กองสาธารณสุขและสิ่งแวดล้อม, สำนักปลัดเทศบาล',
      'เจ้าหน้าที่ กองช่าง: เปลี่ยนหน่วยงานที่ปฏิบัติงานด้วยจาก กองสาธารณสุขและสิ่งแวดล้อม เป็น กองสาธารณสุขและสิ่งแวดล้อม, สำนักปลัดเทศบาล',
      'เจ้าหน้าที่ กองช่าง: ปฏิบัติงานใน กองสาธารณสุขและสิ่งแวดล้อม ด้วย',
    ]);
    // reading it is gone with it
    expect((await list(who.engineeringStaff, 'health')).status).toBe(403);
  });

  it('a person added with the list has it, and the history of the add names it', async () => {
    const res = await call(f.handler, {
      method: 'POST',
      path: '/v1/people',
      as: who.coordinator,
      body: {
        email: 'two-units@demo.example.org',
        name: 'นางสาวสองกอง',
        roles: ['staff'],
        unitId: 'finance',
        alsoStaffOf: ['education'],
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ unitId: 'finance', alsoStaffOf: ['education'] });
    expect(await history(res.body.personId)).toEqual([
      'เพิ่มผู้ใช้งาน นางสาวสองกอง บทบาท เจ้าหน้าที่ (กองคลัง) ปฏิบัติงานใน กองการศึกษา ด้วย',
    ]);
    // joining กองการศึกษา's staff this way is joining (the newcomer's backlog email)
    expect((await f.repos.orgs.getPerson('demo', res.body.personId))?.joinedUnitOn).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  const refused: [string, string, object, [string, string][]][] = [
    [
      'an unknown unit',
      who.clerkStaff,
      { alsoStaffOf: ['engineering', 'nowhere'] },
      [
        [
          'body.alsoStaffOf.1',
          'ไม่มีหน่วยงานรหัส "nowhere" ในองค์กรนี้ (รหัสที่มี: clerk, education, engineering, finance, health)',
        ],
      ],
    ],
    [
      'a closed unit',
      who.clerkStaff,
      { alsoStaffOf: ['old-unit'] },
      [['body.alsoStaffOf.0', 'หน่วยงาน "กองเดิม" ปิดการใช้งานแล้ว']],
    ],
    [
      'their own unit',
      who.clerkStaff,
      { alsoStaffOf: ['clerk'] },
      [['body.alsoStaffOf.0', '"สำนักปลัดเทศบาล" เป็นหน่วยงานที่สังกัดเอง จึงอยู่ใน "ปฏิบัติงานในหน่วยงานอื่นด้วย" ไม่ได้']],
    ],
    [
      // the refusal said "…อยู่แล้ว" of a unit the same body moved her into (s47 re-check P3)
      'the unit the same request moves them into',
      who.clerkStaff,
      { unitId: 'engineering', alsoStaffOf: ['engineering'] },
      [['body.alsoStaffOf.0', '"กองช่าง" เป็นหน่วยงานที่สังกัดเอง จึงอยู่ใน "ปฏิบัติงานในหน่วยงานอื่นด้วย" ไม่ได้']],
    ],
    [
      'a unit listed twice',
      who.clerkStaff,
      { alsoStaffOf: ['engineering', 'health', 'engineering'] },
      [['body.alsoStaffOf.2', 'เลือกหน่วยงาน "engineering" ซ้ำ กรุณาเลือกแต่ละหน่วยงานครั้งเดียว']],
    ],
    [
      'a list with a deactivation',
      who.clerkStaff,
      { active: false, alsoStaffOf: ['engineering'] },
      [['body.alsoStaffOf.0', 'ผู้ใช้งานที่ปิดการใช้งานปฏิบัติงานในหน่วยงานอื่นด้วยไม่ได้ กรุณาเอาหน่วยงานออกทั้งหมด']],
    ],
    [
      // s46 re-check P3: one unit on both lists (home showed two links); its acting head reads and reports for it
      'a unit they act for as well',
      who.clerkStaff,
      { actingHeadOf: ['health'], alsoStaffOf: ['engineering', 'health'] },
      [
        [
          'body.alsoStaffOf.1',
          '"กองสาธารณสุขและสิ่งแวดล้อม" อยู่ทั้งใน "รักษาราชการแทนหัวหน้าหน่วยงาน" และ "ปฏิบัติงานในหน่วยงานอื่นด้วย" ไม่ได้ ผู้รักษาราชการแทนหัวหน้าหน่วยงานดูและส่งรายงานของหน่วยงานนั้นได้อยู่แล้ว กรุณาเลือกรายการเดียว',
        ],
      ],
    ],
    [
      'a person without the staff role',
      who.executive,
      { alsoStaffOf: ['engineering'] },
      [
        [
          'body.alsoStaffOf.0',
          '"ปฏิบัติงานในหน่วยงานอื่นด้วย" ได้เฉพาะผู้ที่มีบทบาทเจ้าหน้าที่ กรุณาเลือกบทบาทเจ้าหน้าที่ด้วย หรือเอาหน่วยงานออกทั้งหมด',
        ],
      ],
    ],
  ];
  for (const [what, personId, body, expected] of refused)
    it(`refuses ${what} with a field message and writes nothing`, async () => {
      const before = await f.dump();
      const res = await put(personId, body);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(fields(res)).toEqual(expected);
      expect(await f.dump()).toBe(before);
    });

  it('refuses taking the staff role away while the list has units, naming the roles', async () => {
    expect((await put(who.clerkStaff, { alsoStaffOf: ['health'] })).status).toBe(200);
    const before = await f.dump();
    const res = await put(who.clerkStaff, { roles: ['executive'] });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(fields(res)).toEqual([
      [
        'body.roles',
        '"ปฏิบัติงานในหน่วยงานอื่นด้วย" ได้เฉพาะผู้ที่มีบทบาทเจ้าหน้าที่ กรุณาคงบทบาทเจ้าหน้าที่ไว้ หรือเอาหน่วยงานในรายการนั้นออกทั้งหมด',
      ],
    ]);
    expect(await f.dump()).toBe(before);
  });

  // s46 re-check P3: refused as "…เป็นหน่วยงานที่สังกัดอยู่แล้ว", a unit she did not belong to; the page
  // unticks the unit chosen as the person's own, so a move takes it off the list, here as there
  it('a move into a unit on the list takes it off the list in the same write, and the history says both', async () => {
    expect((await put(who.clerkStaff, { alsoStaffOf: ['health', 'education'] })).status).toBe(200);
    const res = await put(who.clerkStaff, { unitId: 'health' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ unitId: 'health', alsoStaffOf: ['education'] });
    expect((await history(who.clerkStaff))[0]).toBe(
      'เจ้าหน้าที่ สำนักปลัดเทศบาล: ย้ายจาก สำนักปลัดเทศบาล ไป กองสาธารณสุขและสิ่งแวดล้อม, เปลี่ยนหน่วยงานที่ปฏิบัติงานด้วยจาก กองสาธารณสุขและสิ่งแวดล้อม, กองการศึกษา เป็น กองการศึกษา',
    );
    // the last unit on it: the list ends
    expect((await put(who.clerkStaff, { unitId: 'education' })).body).toMatchObject({
      unitId: 'education',
      alsoStaffOf: [],
    });
    expect((await put(who.clerkStaff, { unitId: 'clerk' })).status).toBe(200);
  });

  it('a move that states the list with the unit moved into is refused on that entry, nothing written', async () => {
    const before = await f.dump();
    const res = await put(who.clerkStaff, { unitId: 'health', alsoStaffOf: ['education', 'health'] });
    expect(res.status).toBe(400);
    expect(fields(res)).toEqual([
      ['body.alsoStaffOf.1', '"กองสาธารณสุขและสิ่งแวดล้อม" เป็นหน่วยงานที่สังกัดเอง จึงอยู่ใน "ปฏิบัติงานในหน่วยงานอื่นด้วย" ไม่ได้'],
    ]);
    expect(await f.dump()).toBe(before);
  });

  it('one unit on both lists is refused on the list the body states, nothing written', async () => {
    expect((await put(who.clerkStaff, { alsoStaffOf: ['health'] })).status).toBe(200);
    const message =
      '"กองสาธารณสุขและสิ่งแวดล้อม" อยู่ทั้งใน "รักษาราชการแทนหัวหน้าหน่วยงาน" และ "ปฏิบัติงานในหน่วยงานอื่นด้วย" ไม่ได้ ผู้รักษาราชการแทนหัวหน้าหน่วยงานดูและส่งรายงานของหน่วยงานนั้นได้อยู่แล้ว กรุณาเลือกรายการเดียว';
    let before = await f.dump();
    const acting = await put(who.clerkStaff, { actingHeadOf: ['engineering', 'health'] });
    expect(acting.status).toBe(400);
    expect(fields(acting)).toEqual([['body.actingHeadOf.1', message]]);
    expect(await f.dump()).toBe(before);
    expect((await put(who.clerkStaff, { alsoStaffOf: [], actingHeadOf: ['health'] })).status).toBe(200);
    before = await f.dump();
    const staff = await put(who.clerkStaff, { alsoStaffOf: ['health'] });
    expect(staff.status).toBe(400);
    expect(fields(staff)).toEqual([['body.alsoStaffOf.0', message]]);
    expect(await f.dump()).toBe(before);
    const added = await call(f.handler, {
      method: 'POST',
      path: '/v1/people',
      as: who.coordinator,
      body: {
        email: 'both-lists@demo.example.org',
        name: 'นายสองรายการ',
        roles: ['staff'],
        unitId: 'finance',
        actingHeadOf: ['health'],
        alsoStaffOf: ['health'],
      },
    });
    expect(added.status).toBe(400);
    expect(fields(added)).toEqual([['body.alsoStaffOf.0', message]]);
    expect(await f.dump()).toBe(before);
    expect((await put(who.clerkStaff, { actingHeadOf: [] })).status).toBe(200);
  });

  it('refuses adding a person of no staff role with the list, and adds nobody', async () => {
    const before = await f.dump();
    const res = await call(f.handler, {
      method: 'POST',
      path: '/v1/people',
      as: who.coordinator,
      body: { email: 'deputy2@demo.example.org', name: 'รองปลัด', roles: ['executive'], alsoStaffOf: ['health'] },
    });
    expect(res.status).toBe(400);
    expect(fields(res)).toEqual([
      [
        'body.alsoStaffOf.0',
        '"ปฏิบัติงานในหน่วยงานอื่นด้วย" ได้เฉพาะผู้ที่มีบทบาทเจ้าหน้าที่ กรุณาเลือกบทบาทเจ้าหน้าที่ด้วย หรือเอาหน่วยงานออกทั้งหมด',
      ],
    ]);
    expect(await f.dump()).toBe(before);
  });

  it('a unit someone is on the list of cannot be closed until it is taken off their list', async () => {
    await call(f.handler, {
      method: 'POST',
      path: '/v1/units',
      as: who.coordinator,
      body: { unitId: 'welfare', name: 'กองสวัสดิการสังคม' },
    });
    expect((await put(who.clerkStaff, { alsoStaffOf: ['welfare'] })).status).toBe(200);
    const close = () =>
      call(f.handler, { method: 'PUT', path: '/v1/units/welfare', as: who.coordinator, body: { active: false } });
    const closing = await close();
    expect(closing.status).toBe(409);
    // s46 re-check 2: the count was run into the sentence ("…ด้วย๑ คน"); s47: the person named
    expect(closing.body.error.message_th).toBe('หน่วยงาน "กองสวัสดิการสังคม" ยังมีผู้ใช้งานที่ใช้งานอยู่ ๑ คน');
    expect(fields(closing)).toEqual([
      [
        'body.active',
        'เจ้าหน้าที่หน่วยงานอื่นที่ปฏิบัติงานในหน่วยงานนี้ด้วย ๑ คน: เจ้าหน้าที่ สำนักปลัดเทศบาล กรุณาเอาหน่วยงานนี้ออกจาก "ปฏิบัติงานในหน่วยงานอื่นด้วย" ของผู้ใช้งานดังกล่าวก่อน',
      ],
    ]);
    expect((await put(who.clerkStaff, { alsoStaffOf: [] })).status).toBe(200);
    const closed = await close();
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
  });

  it('a write that starts being staff of a unit closed meanwhile fails at commit, naming the unit', async () => {
    const person = (await f.repos.orgs.getPerson('demo', who.engineeringStaff))!;
    const before = await f.dump();
    const error = await f.repos.orgs
      .putPerson({ ...person, alsoStaffOf: ['old-unit'] }, { actor: 'test', now: new Date() }, { previous: person })
      .catch((e: unknown) => e);
    expect(isUnitClosed(error)).toBe(true);
    expect(closedUnitIds(error)).toEqual(['old-unit']);
    expect(await f.dump()).toBe(before);
  });

  it('deactivating a person empties the list, and the history says so', async () => {
    expect((await put(who.clerkStaff, { alsoStaffOf: ['education'] })).status).toBe(200);
    const left = await put(who.clerkStaff, { active: false });
    expect(left.status, JSON.stringify(left.body)).toBe(200);
    expect(left.body).toMatchObject({ active: false, alsoStaffOf: [] });
    expect((await history(who.clerkStaff))[0]).toBe('เจ้าหน้าที่ สำนักปลัดเทศบาล: ยกเลิกการปฏิบัติงานใน กองการศึกษา, ปิดการใช้งาน');
    // reactivating does not bring it back
    expect((await put(who.clerkStaff, { active: true })).body.alsoStaffOf).toEqual([]);
  });
});

// s47 (re-check of s46, P3): the close refusal named nobody and, for a unit with its own people and
// such staff, refused twice (its people first, then the others once those were moved)
describe('closing a unit that people still belong to, act for or are staff of as well', () => {
  let n = 0;
  const add = async (name: string, body: object) => {
    const res = await call(f.handler, {
      method: 'POST',
      path: '/v1/people',
      as: who.coordinator,
      body: { email: `close-${++n}@demo.example.org`, name, roles: ['staff'], headOfUnit: false, ...body },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.personId as string;
  };
  const newUnit = async (unitId: string, name: string) =>
    expect(
      (await call(f.handler, { method: 'POST', path: '/v1/units', as: who.coordinator, body: { unitId, name } }))
        .status,
    ).toBe(201);
  const close = (unitId: string) =>
    call(f.handler, { method: 'PUT', path: `/v1/units/${unitId}`, as: who.coordinator, body: { active: false } });

  it('one refusal names its people, its acting head and staff of other units, each group with what to do', async () => {
    await newUnit('library', 'งานห้องสมุด');
    const members = [
      await add('นางสาวหนึ่ง รักอ่าน', { unitId: 'library' }),
      await add('นายสอง ยืมคืน', { unitId: 'library' }),
    ];
    const acting = await add('นายสาม รักษาการ', { unitId: 'finance', actingHeadOf: ['library'] });
    const staff = await add('นางสี่ สองกอง', { unitId: 'finance', alsoStaffOf: ['library'] });
    const before = await f.dump();
    const res = await close('library');
    expect(res.status).toBe(409);
    expect(res.body.error.message_th).toBe('หน่วยงาน "งานห้องสมุด" ยังมีผู้ใช้งานที่ใช้งานอยู่ ๔ คน');
    expect(fields(res)).toEqual([
      ['body.active', 'ผู้ใช้งานที่ใช้งานอยู่ในหน่วยงานนี้ ๒ คน: นางสาวหนึ่ง รักอ่าน, นายสอง ยืมคืน กรุณาย้ายไปหน่วยงานอื่นหรือปิดการใช้งานก่อน'],
      [
        'body.active',
        'ผู้รักษาราชการแทนหัวหน้าหน่วยงานนี้ ๑ คน: นายสาม รักษาการ กรุณาเอาหน่วยงานนี้ออกจาก "รักษาราชการแทนหัวหน้าหน่วยงาน" ของผู้ใช้งานดังกล่าวก่อน',
      ],
      [
        'body.active',
        'เจ้าหน้าที่หน่วยงานอื่นที่ปฏิบัติงานในหน่วยงานนี้ด้วย ๑ คน: นางสี่ สองกอง กรุณาเอาหน่วยงานนี้ออกจาก "ปฏิบัติงานในหน่วยงานอื่นด้วย" ของผู้ใช้งานดังกล่าวก่อน',
      ],
    ]);
    expect(res.body.error.fields[2].message_en).toBe(
      '1 person is also staff of this unit (นางสี่ สองกอง): take it off their "also staff of" first',
    );
    expect(await f.dump()).toBe(before);
    // each done as said: the unit closes at the next try
    for (const id of members) expect((await put(id, { unitId: 'finance' })).status).toBe(200);
    expect((await put(acting, { actingHeadOf: [] })).status).toBe(200);
    expect((await put(staff, { alsoStaffOf: [] })).status).toBe(200);
    expect((await close('library')).status).toBe(200);
  });

  it('names five people of a group, then says how many more', async () => {
    await newUnit('market', 'งานตลาดสด');
    for (const name of ['ก ไก่', 'ข ไข่', 'ค ควาย', 'ง งู', 'จ จาน', 'ฉ ฉิ่ง', 'ช ช้าง'])
      await add(name, { unitId: 'market' });
    const res = await close('market');
    expect(res.status).toBe(409);
    expect(res.body.error.message_th).toBe('หน่วยงาน "งานตลาดสด" ยังมีผู้ใช้งานที่ใช้งานอยู่ ๗ คน');
    expect(fields(res)).toEqual([
      [
        'body.active',
        'ผู้ใช้งานที่ใช้งานอยู่ในหน่วยงานนี้ ๗ คน: ก ไก่, ข ไข่, ค ควาย, ง งู, จ จาน และอีก ๒ คน กรุณาย้ายไปหน่วยงานอื่นหรือปิดการใช้งานก่อน',
      ],
    ]);
    expect(res.body.error.fields[0].message_en).toBe(
      '7 active people belong to this unit (ก ไก่, ข ไข่, ค ควาย, ง งู, จ จาน and 2 more): move them to another unit or deactivate them first',
    );
  });

  it('names every acting head and every member of staff of another unit, counting each person once', async () => {
    await newUnit('park', 'งานสวนสาธารณะ');
    await add('นายห้า รักษาการ', { unitId: 'finance', actingHeadOf: ['park'] });
    await add('นายหก รักษาการ', { unitId: 'engineering', actingHeadOf: ['park'] });
    await add('นางเจ็ด สองกอง', { unitId: 'finance', alsoStaffOf: ['park'] });
    await add('นางแปด สองกอง', { unitId: 'health', alsoStaffOf: ['park'] });
    await add('นางเก้า สองกอง', { unitId: 'clerk', alsoStaffOf: ['park'] });
    const res = await close('park');
    expect(res.status).toBe(409);
    expect(res.body.error.message_th).toBe('หน่วยงาน "งานสวนสาธารณะ" ยังมีผู้ใช้งานที่ใช้งานอยู่ ๕ คน');
    expect(fields(res)).toEqual([
      [
        'body.active',
        'ผู้รักษาราชการแทนหัวหน้าหน่วยงานนี้ ๒ คน: นายหก รักษาการ, นายห้า รักษาการ กรุณาเอาหน่วยงานนี้ออกจาก "รักษาราชการแทนหัวหน้าหน่วยงาน" ของผู้ใช้งานดังกล่าวก่อน',
      ],
      [
        'body.active',
        'เจ้าหน้าที่หน่วยงานอื่นที่ปฏิบัติงานในหน่วยงานนี้ด้วย ๓ คน: นางเก้า สองกอง, นางเจ็ด สองกอง, นางแปด สองกอง กรุณาเอาหน่วยงานนี้ออกจาก "ปฏิบัติงานในหน่วยงานอื่นด้วย" ของผู้ใช้งานดังกล่าวก่อน',
      ],
    ]);
  });
});
