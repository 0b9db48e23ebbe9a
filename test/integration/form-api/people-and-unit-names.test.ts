// What a coordinator is told when a person or unit change is refused: the admin role (403 with the
// field), roles that are not a list of roles, names with nothing visible, unit names that differ
// only in letter case or width. Always Thai and English, field by field, and nothing written.
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type ApiRequest } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { keys } from '../../../shared/store/keys.js';

let f: ApiFixture;
beforeAll(async () => {
  f = await createApiFixture();
});
afterAll(async () => f?.close());

const THAI = /[\u0E00-\u0E7F]/;

interface Field {
  path: string;
  message_th: string;
  message_en: string;
}

/** Refused with this status, naming each field with Thai and English messages; nothing written, no Cognito call. */
async function expectRefused(req: ApiRequest, status: number, fields: string[]) {
  const before = await f.dump();
  const cognitoCalls = f.cognito.calls.length;
  const res = await call(f.handler, req);
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.error.message_th).toMatch(THAI);
  expect(res.body.error.message_en).toMatch(/[a-z]/);
  const given = res.body.error.fields as Field[];
  expect(given.map((x) => x.path).sort(), JSON.stringify(given)).toEqual([...fields].sort());
  for (const field of given) {
    expect(field.message_th).toMatch(THAI);
    expect(field.message_en).toMatch(/[a-z]/);
  }
  expect(await f.dump()).toBe(before);
  expect(f.cognito.calls.length, 'no Cognito call').toBe(cognitoCalls);
  return given;
}

const asCoordinator = { as: who.coordinator };
const addPerson = (body: unknown, as: string = who.coordinator): ApiRequest => ({
  method: 'POST',
  path: '/v1/people',
  as,
  body,
});
const putPerson = (personId: string, body: unknown, as: string = who.coordinator): ApiRequest => ({
  method: 'PUT',
  path: `/v1/people/${personId}`,
  as,
  body,
});
const addUnit = (body: unknown): ApiRequest => ({ method: 'POST', path: '/v1/units', ...asCoordinator, body });

describe('a coordinator who touches the admin role gets 403 naming the field, in Thai and English', () => {
  let formerAdmin: string;
  beforeAll(async () => {
    // an admin the admin deactivated: only an admin brings them back
    const added = await call(
      f.handler,
      addPerson({ email: 'old.admin@x.example.org', name: 'ผู้ดูแลเดิม', roles: ['admin'] }, who.admin),
    );
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    formerAdmin = added.body.personId;
    const off = await call(f.handler, putPerson(formerAdmin, { active: false }, who.admin));
    expect(off.status, JSON.stringify(off.body)).toBe(200);
  });

  it('granting admin to a new person: body.roles says a coordinator cannot grant it', async () => {
    const [field] = await expectRefused(
      addPerson({ email: 'boss@x.example.org', name: 'นายใหญ่', roles: ['executive', 'admin'] }),
      403,
      ['body.roles'],
    );
    expect(field).toMatchObject({
      message_th: expect.stringContaining('กำหนดบทบาทผู้ดูแลระบบไม่ได้'),
      message_en: expect.stringContaining('cannot grant the admin role'),
    });
  });

  it('granting admin to an existing person: body.roles', async () => {
    const [field] = await expectRefused(putPerson(who.financeStaff, { roles: ['staff', 'admin'] }), 403, [
      'body.roles',
    ]);
    expect(field!.message_en).toContain('cannot grant the admin role');
  });

  it("removing an admin's role: body.roles says a coordinator cannot remove it", async () => {
    const [field] = await expectRefused(putPerson(who.admin, { roles: ['executive'] }), 403, ['body.roles']);
    expect(field).toMatchObject({
      message_th: expect.stringContaining('ถอนบทบาทผู้ดูแลระบบไม่ได้'),
      message_en: expect.stringContaining('cannot remove the admin role'),
    });
  });

  it('deactivating an admin: body.active', async () => {
    const [field] = await expectRefused(putPerson(who.admin, { active: false }), 403, ['body.active']);
    expect(field).toMatchObject({
      message_th: expect.stringContaining('ปิดการใช้งานผู้ดูแลระบบไม่ได้'),
      message_en: expect.stringContaining('cannot deactivate an admin'),
    });
  });

  it('reactivating a deactivated admin: body.active', async () => {
    const [field] = await expectRefused(putPerson(formerAdmin, { active: true }), 403, ['body.active']);
    expect(field!.message_en).toContain('cannot reactivate an admin');
  });

  it('removing the role and deactivating at once: both fields', async () => {
    await expectRefused(putPerson(who.admin, { roles: ['executive'], active: false }), 403, [
      'body.roles',
      'body.active',
    ]);
  });

  it('an admin may do each of them (the same requests answer 200)', async () => {
    const res = await call(f.handler, putPerson(formerAdmin, { active: true }, who.admin));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ roles: ['admin'], active: true });
  });
});

describe('roles must be a list of roles', () => {
  const person = (roles: unknown) => ({ email: 'roles@x.example.org', name: 'นายบทบาท', roles, unitId: 'finance' });
  const LIST = { th: 'บทบาทต้องเป็นรายการบทบาท เช่น ["staff"]', en: 'roles must be a list of roles, e.g. ["staff"]' };

  it.each([
    ['a role name as text', 'staff'],
    ['a long role name as text', 'coordinator'],
    ['a number', 5],
    ['an object', { staff: true }],
  ])('%s: 400 on body.roles saying it must be a list of roles (never "characters")', async (_name, roles) => {
    for (const req of [addPerson(person(roles)), putPerson(who.financeStaff, { roles })]) {
      const [field] = await expectRefused(req, 400, ['body.roles']);
      expect(field).toMatchObject({ message_th: LIST.th, message_en: LIST.en });
    }
  });

  it('an unknown role: 400 on that item, naming the roles in Thai', async () => {
    const [field] = await expectRefused(addPerson(person(['staff', 'boss'])), 400, ['body.roles.1']);
    expect(field).toMatchObject({
      message_th: 'กรุณาเลือกบทบาท (เจ้าหน้าที่ / คณะทำงาน ITA / ผู้บริหาร / ผู้ดูแลระบบ)',
      message_en: 'roles must be one of: staff, coordinator, executive, admin',
    });
  });

  it('a role listed twice: 400 on body.roles naming the role', async () => {
    const [field] = await expectRefused(putPerson(who.financeStaff, { roles: ['staff', 'staff'] }), 400, [
      'body.roles',
    ]);
    expect(field).toMatchObject({
      message_th: 'เลือกบทบาท "เจ้าหน้าที่" ซ้ำ กรุณาเลือกแต่ละบทบาทครั้งเดียว',
      message_en: 'the role "staff" is listed twice; list each role once',
    });
  });

  it('aliases sent as text longer than the list limit: "a list of names", not "characters"', async () => {
    const [field] = await expectRefused(addUnit({ name: 'กองใหม่', aliases: 'สำนักปลัดเทศบาลตำบลดอนอะราง' }), 400, [
      'body.aliases',
    ]);
    expect(field).toMatchObject({
      message_th: 'ชื่ออื่นที่ใช้ในเอกสารต้องเป็นรายการชื่อ เช่น ["กองคลัง"]',
      message_en: 'aliases must be a list of names, e.g. ["กองคลัง"]',
    });
  });
});

describe('a name must have a visible character', () => {
  const BLANK: [string, string][] = [
    ['U+200B ZERO WIDTH SPACE', '\u200b'],
    ['U+2800 BRAILLE PATTERN BLANK', '\u2800'],
    ['U+3164 HANGUL FILLER', '\u3164'],
    ['U+00AD SOFT HYPHEN', '\u00ad'],
    ['U+FEFF ZERO WIDTH NO-BREAK SPACE', '\ufeff'],
    ['U+2060 WORD JOINER', '\u2060'],
    ['U+115F U+1160 HANGUL CHOSEONG/JUNGSEONG FILLER', '\u115f\u1160'],
    ['U+FFA0 HALFWIDTH HANGUL FILLER', '\uffa0'],
    ['combining marks only', '\u0301\u0308'],
    ['Thai tone marks only', '\u0e48\u0e49'],
    ['a Thai vowel above and a tone mark', '\u0e34\u0e48'],
    ['spaces around invisible characters', ' \u200b\u3000\u2800 '],
  ];
  const VISIBLE = /มองเห็นได้/;

  it.each(BLANK)(
    '%s as a unit name, an alias, a person name (added and renamed): 400 on the field',
    async (_n, blank) => {
      const cases: [ApiRequest, string][] = [
        [addUnit({ name: blank }), 'body.name'],
        [addUnit({ name: 'กองทดสอบชื่อ', aliases: [blank] }), 'body.aliases.0'],
        [
          { method: 'PUT', path: '/v1/units/finance', ...asCoordinator, body: { name: `${blank}${blank}` } },
          'body.name',
        ],
        [addPerson({ email: 'blank@x.example.org', name: blank, roles: ['executive'] }), 'body.name'],
        [putPerson(who.financeStaff, { name: blank }), 'body.name'],
      ];
      for (const [req, path] of cases) {
        const [field] = await expectRefused(req, 400, [path]);
        expect(field!.message_th).toMatch(VISIBLE);
        expect(field!.message_en).toContain('visible character');
      }
    },
  );

  it('names with invisible characters beside visible ones are still names (ZWSP inside Thai, a Thai name with marks)', async () => {
    // the zero-width space is dropped as the name is saved (tester s37: coordinator-input.test.ts)
    for (const [unitId, name, saved] of [
      ['zw', 'กอง\u200bยุทธศาสตร์', 'กองยุทธศาสตร์'],
      ['marks', 'งานพัสดุ๋', 'งานพัสดุ๋'],
    ]) {
      const res = await call(f.handler, addUnit({ unitId, name }));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.name).toBe(saved);
    }
  });
});

describe('unit names are unique whatever the letter case or width', () => {
  beforeAll(async () => {
    const res = await call(f.handler, addUnit({ unitId: 'it', name: 'IT Center', aliases: ['Digital Office'] }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });

  it.each([
    ['lower case', 'it center'],
    ['upper case', 'IT CENTER'],
    ['fullwidth Latin', 'ＩＴ Ｃｅｎｔｅｒ'],
    ['fullwidth lower case and an ideographic space', 'ｉｔ\u3000ｃｅｎｔｅｒ'],
  ])('a new unit named "%s" of IT Center is 409 on body.name', async (_n, name) => {
    const [field] = await expectRefused(addUnit({ name }), 409, ['body.name']);
    expect(field!.message_th).toBe('มีหน่วยงานชื่อ "IT Center" แล้ว');
  });

  it('an alias that is another unit’s alias in another case is 409 on that alias; a rename too', async () => {
    await expectRefused(addUnit({ name: 'กองดิจิทัล', aliases: ['digital office'] }), 409, ['body.aliases.0']);
    await expectRefused(
      { method: 'PUT', path: '/v1/units/finance', ...asCoordinator, body: { name: 'DIGITAL OFFICE' } },
      409,
      ['body.name'],
    );
  });

  it('the name is shown as it was typed', async () => {
    const res = await call(f.handler, { method: 'GET', path: '/v1/units', ...asCoordinator });
    expect(res.body.items.find((u: { unitId: string }) => u.unitId === 'it')).toMatchObject({
      name: 'IT Center',
      aliases: ['Digital Office'],
    });
  });

  it('units stored before the rule, equal but for case, still list and can be renamed apart', async () => {
    // written as older versions did, without today's name claims
    for (const [unitId, name] of [
      ['legacy-a', 'Data Office'],
      ['legacy-b', 'data office'],
    ] as const) {
      await f.store.doc.send(
        new PutCommand({
          TableName: f.store.tableName,
          Item: { ...keys.unit('demo', unitId), type: 'unit', orgId: 'demo', unitId, name, aliases: [], active: true },
        }),
      );
    }
    const list = await call(f.handler, { method: 'GET', path: '/v1/units', ...asCoordinator });
    expect(list.body.items.map((u: { name: string }) => u.name)).toEqual(
      expect.arrayContaining(['Data Office', 'data office']),
    );
    await expectRefused(addUnit({ name: 'DATA OFFICE' }), 409, ['body.name']);
    const renamed = await call(f.handler, {
      method: 'PUT',
      path: '/v1/units/legacy-b',
      ...asCoordinator,
      body: { name: 'Data Office (old)' },
    });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    const aliased = await call(f.handler, {
      method: 'PUT',
      path: '/v1/units/legacy-a',
      ...asCoordinator,
      body: { aliases: ['DO'] },
    });
    expect(aliased.status, JSON.stringify(aliased.body)).toBe(200);
    expect(aliased.body.name).toBe('Data Office');
  });
});

describe('the units list is for those who manage units and for executives', () => {
  it.each([
    ['staff', who.financeStaff],
    ['another unit’s staff', who.engineeringStaff],
    ['a head of unit', who.financeHead],
  ])('%s get 403 on GET /v1/units, in Thai and English', async (_n, as) => {
    const res = await call(f.handler, { method: 'GET', path: '/v1/units', as });
    expect(res.status, JSON.stringify(res.body)).toBe(403);
    expect(res.body.error.message_th).toMatch(THAI);
    expect(res.body.error.message_en).toContain('units');
  });

  it.each([
    ['a coordinator', who.coordinator],
    ['an executive', who.executive],
    ['an admin', who.admin],
  ])('%s reads it', async (_n, as) => {
    const res = await call(f.handler, { method: 'GET', path: '/v1/units', as });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.items.map((u: { unitId: string }) => u.unitId)).toContain('finance');
  });
});
